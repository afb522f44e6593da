package gov.cms.ssp.agreement;

import gov.cms.ssp.application.ApplicationService;
import gov.cms.ssp.shared.AcoId;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** An ACO's agreements with the level of each performance year; its people and CMS may read. */
@Path("agreements/{acoId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AgreementResource {
    @EJB
    private ApplicationService applications;

    @GET
    public List<AgreementView> agreements(@PathParam("acoId") String acoId) {
        return applications.agreements(AcoId.of(acoId));
    }
}
