package gov.cms.ssp.certification;

import gov.cms.ssp.shared.AcoId;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The ACO's EFT authorization status and repayment mechanism: read by CMS and the ACO, written by the ACO. */
@Path("financial-arrangements/{acoId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FinancialArrangementsResource {
    @EJB
    private CertificationService certifications;

    @PathParam("acoId")
    private String acoId;

    @GET
    public FinancialArrangements arrangements() {
        return certifications.financialArrangements(AcoId.of(acoId));
    }

    @PUT
    public FinancialArrangements arrange(FinancialArrangements arrangements) {
        return certifications.arrangeFinancials(AcoId.of(acoId), arrangements);
    }
}
