package gov.cms.ssp.assignment;

import gov.cms.ssp.shared.AcoId;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** An ACO's estimated assigned beneficiaries per participant TIN and its total against the 5,000 minimum. */
@Path("assignment-estimates/{acoId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TinEstimatesResource {
    @EJB
    private AssignmentReportService reports;

    @GET
    public TinEstimates estimates(@PathParam("acoId") String acoId) {
        return reports.estimates(AcoId.of(acoId));
    }
}
