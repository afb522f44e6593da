package gov.cms.ssp.assignment;

import gov.cms.ssp.shared.DisplayFormat;
import gov.cms.ssp.shared.rest.ApiError;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.List;

/**
 * The pipeline's reference data (CSV bodies, all or nothing; a 400 lists the problems by line and
 * column) and the PHI access log, for CMS administrators.
 */
@Path("assignment")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BenchmarkReferenceResource {
    @EJB
    private BenchmarkReferenceService reference;
    @EJB
    private SharingPreferenceService preferences;
    @EJB
    private PhiAccessService phi;
    @EJB
    private AssignmentReportService reports;

    /** Assigned beneficiaries by county (counts of 1–10 suppressed) for the program map. */
    @GET
    @Path("county-map")
    public CountyCounts countyMap() {
        return reports.countyCounts();
    }

    @GET
    @Path("reference/national")
    public List<BenchmarkReferenceService.NationalRow> national() {
        return reference.national();
    }

    @POST
    @Path("reference/national")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public Response loadNational(String body) {
        return report(reference.loadNational(new StringReader(body == null ? "" : body), "national.csv"));
    }

    @POST
    @Path("reference/risk-scores")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public Response loadRiskScores(String body) {
        return report(reference.loadRiskScores(new StringReader(body == null ? "" : body), "risk-scores.csv"));
    }

    @POST
    @Path("reference/aco-msr")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public Response loadAcoMsr(String body) {
        return report(reference.loadAcoMsr(new StringReader(body == null ? "" : body), "aco-msr.csv"));
    }

    @POST
    @Path("sharing-preferences")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public Response loadPreferences(String body) {
        return report(preferences.load(new StringReader(body == null ? "" : body), "sharing-preferences.csv"));
    }

    @GET
    @Path("phi-access")
    public List<PhiAccessView> phiAccess(@QueryParam("acoId") @DefaultValue("") String acoId) {
        return phi.recent(acoId);
    }

    static Response report(UploadReport report) {
        if (report.isClean()) {
            return Response.ok(report).build();
        }
        List<ApiError.FieldError> fields = report.problems().stream()
                .map(p -> new ApiError.FieldError((p.line() <= 0 ? "file" : "line " + p.line())
                        + (p.column() == null ? "" : ", column " + p.column()), p.message()))
                .toList();
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE).entity(new ApiError(400, "invalid-input",
                "The file has " + DisplayFormat.count(fields.size(), "problem", "problems") + "; nothing was loaded.", fields)).build();
    }
}
