package gov.cms.ssp.quality;

import gov.cms.ssp.participant.UploadResult;
import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.BusinessException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Quality reporting per PY: an ACO's report (read, measures uploaded as CSV, the executive's
 * submission), every ACO's outcome for CMS, the files CMS loads (CAHPS for MIPS, claims-based measures,
 * its determinations), and the PY's reference files and reporting window (CMS administrators).
 * A file with a problem is a 422 listing every problem by row and column; nothing of it is saved.
 */
@Path("quality/{py}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class QualityResource {
    @EJB
    private QualityReportService reports;
    @EJB
    private CmsQualityLoadService loads;
    @EJB
    private QualityReferenceService reference;
    @EJB
    private QualityReleaseService releases;

    @PathParam("py")
    private int py;

    public record WindowDates(LocalDate opensOn, LocalDate closesOn) {
    }

    @GET
    @Path("reports/{acoId}")
    public QualityReportView report(@PathParam("acoId") String acoId) {
        return reports.report(AcoId.of(acoId), py);
    }

    @POST
    @Path("reports/{acoId}/measures")
    @Consumes(MediaType.WILDCARD)
    public Response uploadMeasures(@PathParam("acoId") String acoId, byte[] content) {
        return result(reports.upload(AcoId.of(acoId), py, content == null ? new byte[0] : content));
    }

    @POST
    @Path("reports/{acoId}/submission")
    @Consumes(MediaType.WILDCARD)
    public QualityReportView submit(@PathParam("acoId") String acoId) {
        return reports.submit(AcoId.of(acoId), py);
    }

    @GET
    @Path("outcomes")
    public List<QualityOutcomeRow> outcomes() {
        return reports.outcomes(py);
    }

    @POST
    @Path("cms-files/{kind}")
    @Consumes(MediaType.WILDCARD)
    public Response loadCmsFile(@PathParam("kind") String kind, @QueryParam("fileName") @DefaultValue("upload.csv") String fileName,
                                byte[] content) {
        CmsQualityFile.Kind k;
        try {
            k = CmsQualityFile.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BusinessException("Load one of: cahps, claims, determinations, interoperability; '" + kind + "' is none of them.");
        }
        return result(loads.load(py, k, fileName, content == null ? new byte[0] : content));
    }

    /**
     * One ACO's determinations as on the CMS form: {@code {"underservedShare": "0.25", "measuresInTopThird": "2",
     * "measuresInMiddleThird": "1", "improvementPoints": "0", "eucAffected": "N", "improvementActivities": ""}}.
     */
    @PUT
    @Path("determinations/{acoId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response saveDetermination(@PathParam("acoId") String acoId, CmsQualityLoadService.DeterminationForm form) {
        if (form == null) {
            throw new BusinessException("Send the determinations as JSON.");
        }
        return result(loads.saveDetermination(py, new CmsQualityLoadService.DeterminationForm(acoId, form.underservedShare(),
                form.measuresInTopThird(), form.measuresInMiddleThird(), form.improvementPoints(), form.eucAffected(),
                form.improvementActivities())));
    }

    /** CMS releases the PY's quality results (administrators): from then on public. */
    @POST
    @Path("release")
    @Consumes(MediaType.WILDCARD)
    public QualityReleaseService.ReleaseResult release() {
        return releases.release(py);
    }

    @GET
    @Path("reference/{file}")
    @Produces("text/csv")
    public byte[] referenceFile(@PathParam("file") String file) {
        return reference.file(py, file);
    }

    @POST
    @Path("reference/{file}")
    @Consumes(MediaType.WILDCARD)
    public Response loadReference(@PathParam("file") String file, byte[] content) {
        return result(reference.load(py, file, content == null ? new byte[0] : content));
    }

    @PUT
    @Path("window")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response setWindow(WindowDates dates) {
        reference.setWindow(py, dates == null ? null : dates.opensOn(), dates == null ? null : dates.closesOn());
        return Response.noContent().build();
    }

    private static Response result(UploadResult r) {
        return Response.status(r.saved() ? 200 : 422).type(MediaType.APPLICATION_JSON_TYPE).entity(r).build();
    }
}
