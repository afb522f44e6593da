package gov.cms.ssp.worklist;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The caller's CMS work, and taking or assigning an item. */
@Path("worklist")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WorklistResource {
    @EJB
    private WorklistService work;

    public record Assignee(String userName) {
    }

    @GET
    public Worklist myWork() {
        return work.myWork();
    }

    /** {@code {"userName": "cms.reviewer"}}; an empty body takes the item for the caller. */
    @POST
    @Path("{kind}/{id}/assignee")
    @Consumes(MediaType.APPLICATION_JSON)
    public WorkItem assign(@PathParam("kind") WorkKind kind, @PathParam("id") long id, Assignee body) {
        return work.assign(kind, id, body == null ? null : body.userName());
    }
}
