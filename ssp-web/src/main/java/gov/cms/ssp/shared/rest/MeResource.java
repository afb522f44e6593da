package gov.cms.ssp.shared.rest;

import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.CallerContext;
import gov.cms.ssp.shared.Npi;
import gov.cms.ssp.shared.Role;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Who the token says the caller is, as the services see it. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {
    @EJB
    private CallerContext caller;

    public record Me(String userName, List<String> roles, List<String> acoIds, String npi) {
    }

    @GET
    public Me me() {
        return new Me(caller.userName(), Role.ALL.stream().filter(caller::hasRole).toList(),
                caller.acoIds().stream().map(AcoId::value).toList(), caller.npi().map(Npi::value).orElse(null));
    }
}
