package gov.cms.ssp.reconciliation;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The what-if estimator for API clients: figures in, the result under every current track out, each
 * with its explanation. Invalid figures are a 400 that names each field (see docs/api.md).
 */
@Path("reconciliation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EstimateResource {
    @EJB
    private EstimateService estimates;

    @POST
    @Path("estimate")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<ReconciledFigures> estimate(EstimateRequest request) {
        return estimates.estimate(request);
    }
}
