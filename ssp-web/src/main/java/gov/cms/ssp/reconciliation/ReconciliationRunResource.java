package gov.cms.ssp.reconciliation;

import gov.cms.ssp.shared.AcoId;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reconciliation runs for CMS: start, follow, resume, approve, release, and read the results. */
@Path("reconciliation/runs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReconciliationRunResource {
    @EJB
    private ReconciliationRunService runs;

    @GET
    public List<RunView> runs(@QueryParam("year") int year) {
        return runs.runs(year);
    }

    /** A note on a decision: why a released PY is run again, or what the approving analyst checked. */
    public record Note(String reason, String note) {
        static final Note NONE = new Note(null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public RunView start(@QueryParam("year") int year, Note body) {
        return runs.start(year, (body == null ? Note.NONE : body).reason());
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
