package gov.cms.ssp.assignment;

import gov.cms.ssp.shared.AcoId;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** An ACO's estimated assigned beneficiaries per participant TIN and its total against the 5,000 minimum. */
@Path("assignment-estimates/{acoId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TinEstimatesResource {
    @EJB
    private AssignmentReportService reports;

    /**
     * With {@code tin} parameters, the estimates of exactly those TINs (a TIN the last run saw no claim of
     * has none, never a 0); without, every TIN the run estimated.
     */
    @GET
    public TinEstimates estimates(@PathParam("acoId") String acoId, @QueryParam("tin") java.util.List<String> tins) {
        return tins == null || tins.isEmpty() ? reports.estimates(AcoId.of(acoId)) : reports.estimates(AcoId.of(acoId), tins);
    }
}
