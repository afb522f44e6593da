package gov.cms.ssp.reconciliation;

import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.BusinessException;
import gov.cms.ssp.shared.PageRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reconciliation runs for CMS: start, follow, resume, decide on the ACOs set aside, approve, release,
 * read the results and export a released run in CMS's layout.
 */
@Path("reconciliation/runs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReconciliationRunResource {
    @EJB
    private ReconciliationRunService runs;
    @EJB
    private SetAsideService setAside;
    @EJB
    private ResultsExportService exports;

    @GET
    public List<RunView> runs(@QueryParam("year") int year) {
        return runs.runs(year);
    }

    /** A note on a decision: why a released PY is run again, or what the approving analyst checked. */
    public record Note(String reason, String note) {
        static final Note NONE = new Note(null, null);
    }

    /** Starts a run of the PY; PY2019's six-month performance years with {@code period=JANUARY_TO_JUNE_2019} or {@code JULY_TO_DECEMBER_2019}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public RunView start(@QueryParam("year") int year, @QueryParam("period") String period, Note body) {
        return runs.start(year, period(period), (body == null ? Note.NONE : body).reason());
    }

    static PerformancePeriod period(String period) {
        if (period == null || period.isBlank()) {
            return PerformancePeriod.FULL_YEAR;
        }
        try {
            return PerformancePeriod.valueOf(period);
        } catch (IllegalArgumentException e) {
            throw new BusinessException("Unknown performance period '" + period + "': FULL_YEAR, JANUARY_TO_JUNE_2019 or"
                    + " JULY_TO_DECEMBER_2019.");
        }
    }

    /** The ACOs the run set aside (a figure missing) and the decision on each. */
    @GET
    @Path("{id}/set-aside")
    public List<SetAsideView> setAside(@PathParam("id") long id) {
        return setAside.setAside(id);
    }

    /** Enters the missing figure(s) of a set-aside ACO: it is recomputed within the run. */
    @POST
    @Path("{id}/set-aside/{acoId}/figures")
    @Consumes(MediaType.APPLICATION_JSON)
    public SetAsideView enter(@PathParam("id") long id, @PathParam("acoId") String acoId, EnteredFigures figures) {
        return setAside.enter(id, AcoId.of(acoId), figures);
    }

    /** Withholds a set-aside ACO from the run; the body's {@code reason} is required. */
    @POST
    @Path("{id}/set-aside/{acoId}/withhold")
    @Consumes(MediaType.APPLICATION_JSON)
    public SetAsideView withhold(@PathParam("id") long id, @PathParam("acoId") String acoId, Note body) {
        return setAside.withhold(id, AcoId.of(acoId), (body == null ? Note.NONE : body).reason());
    }

    /** A released run's results in CMS's per-ACO results layout of its PY (CSV), for CMS staff. */
    @GET
    @Path("{id}/export")
    @Produces("text/csv")
    public Response export(@PathParam("id") long id) {
        ResultsExport export = exports.export(id);
        return Response.ok(export.csv(), "text/csv")
                .header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"").build();
    }

    @GET
    @Path("{id}")
    public RunView run(@PathParam("id") long id) {
        return runs.run(id);
    }

    @POST
    @Path("{id}/resume")
    public RunView resume(@PathParam("id") long id) {
        return runs.resume(id);
    }

    @POST
    @Path("{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    public RunView approve(@PathParam("id") long id, Note body) {
        return runs.approve(id, (body == null ? Note.NONE : body).note());
    }

    @POST
    @Path("{id}/release")
    @Consumes(MediaType.APPLICATION_JSON)
    public RunView release(@PathParam("id") long id, Note body) {
        return runs.release(id, (body == null ? Note.NONE : body).note());
    }

    @GET
    @Path("{id}/results")
    public List<ResultRow> results(@PathParam("id") long id, @QueryParam("track") String track,
                                   @QueryParam("outcome") String outcome, @QueryParam("aco") String aco,
                                   @QueryParam("first") @DefaultValue("0") int first,
                                   @QueryParam("size") @DefaultValue("100") int size) {
        Map<String, String> filters = new HashMap<>();
        if (aco != null) {
            filters.put("acoId", aco); // the ACO's ID or any part of its name
        }
        if (track != null) {
            filters.put("track", track);
        }
        if (outcome != null) {
            filters.put("outcome", outcome);
        }
        return runs.results(id, new PageRequest(first, size, "acoId", true, filters)).rows();
    }

    @GET
    @Path("{id}/results/{acoId}")
    public Settlement result(@PathParam("id") long id, @PathParam("acoId") String acoId) {
        return runs.result(id, AcoId.of(acoId));
    }
}
