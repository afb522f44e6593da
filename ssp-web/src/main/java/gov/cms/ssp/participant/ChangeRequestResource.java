package gov.cms.ssp.participant;

import gov.cms.ssp.shared.Page;
import gov.cms.ssp.shared.PageRequest;
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
import java.util.HashMap;
import java.util.Map;

/** CMS's change-request queue: read by CMS staff, decided row by row by reviewers. */
@Path("change-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ChangeRequestResource {
    @EJB
    private ChangeRequestReview review;

    @GET
    public Page<ChangeRequestSummary> queue(@QueryParam("first") @DefaultValue("0") int first,
                                            @QueryParam("max") @DefaultValue("25") int max,
                                            @QueryParam("acoId") String acoId, @QueryParam("status") String status) {
        Map<String, String> filters = new HashMap<>();
        if (acoId != null) {
            filters.put("acoId", acoId);
        }
        if (status != null) {
            filters.put("status", status);
        }
        return review.queue(new PageRequest(first, max, null, true, filters));
    }

    @GET
    @Path("{id}")
    public ChangeRequestSummary summary(@PathParam("id") long id) {
        return review.summary(id);
    }

    @GET
    @Path("{id}/rows")
    public Page<ChangeRowView> rows(@PathParam("id") long id, @QueryParam("first") @DefaultValue("0") int first,
                                    @QueryParam("max") @DefaultValue("25") int max) {
        return review.rows(id, new PageRequest(first, max, null, true, null));
    }

    /** Accepts every pending row that screening finds nothing against; the others stay for a decision one by one. */
    @POST
    @Path("{id}/acceptance-of-clear-rows")
    public BulkDecision acceptRowsWithoutFindings(@PathParam("id") long id) {
        return review.acceptRowsWithoutFindings(id);
    }

    /** What a supervisor writes when reopening a decision. */
    public record Reopening(String reason) {
    }

    /** A supervisor reopens a denied row: {@code {"reason":"…"}}. */
    @POST
    @Path("{id}/rows/{rowId}/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    public ChangeRowView reopen(@PathParam("id") long id, @PathParam("rowId") long rowId, Reopening reopening) {
        return review.reopenRow(id, rowId, reopening == null ? null : reopening.reason());
    }

    @PUT
    @Path("{id}/rows/{rowId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ChangeRowView decide(@PathParam("id") long id, @PathParam("rowId") long rowId, Decision decision) {
        return review.decide(id, rowId, decision);
    }
}
