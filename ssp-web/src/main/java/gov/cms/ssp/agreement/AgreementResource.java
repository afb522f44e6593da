package gov.cms.ssp.agreement;

import gov.cms.ssp.application.ApplicationService;
import gov.cms.ssp.application.AssignmentMethod;
import gov.cms.ssp.application.MsrMlrChoice;
import gov.cms.ssp.shared.AcoId;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * An ACO's agreements with the level of each performance year, its glide path, and its executive's
 * elections for the PY whose change-request window is open; its people and CMS may read.
 */
@Path("agreements/{acoId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AgreementResource {
    @EJB
    private ApplicationService applications;

    @EJB
    private AgreementService agreements;

    @PathParam("acoId")
    private String acoId;

    @GET
    public List<AgreementView> agreements() {
        return applications.agreements(AcoId.of(acoId));
    }

    @GET
    @Path("path")
    public GlidePathView path() {
        return agreements.path(AcoId.of(acoId));
    }

    /** An election: {@code level} to move up to, or {@code stay}; neither keeps automatic advancement. */
    public record ElectionRequest(Track level, boolean stay, AssignmentMethod assignmentMethod, MsrMlrChoice msrMlr) {
        LevelChoice choice() {
            return stay ? LevelChoice.stay() : level == null ? null : LevelChoice.moveUpTo(level);
        }
    }

    @PUT
    @Path("{agreementId}/elections/{py}")
    @Consumes(MediaType.APPLICATION_JSON)
    public GlidePathView elect(@PathParam("agreementId") long agreementId, @PathParam("py") int py,
                               @QueryParam("version") long version, ElectionRequest request) {
        return agreements.elect(AcoId.of(acoId), agreementId, py, request.choice(), request.assignmentMethod(), request.msrMlr(),
                version);
    }
}

