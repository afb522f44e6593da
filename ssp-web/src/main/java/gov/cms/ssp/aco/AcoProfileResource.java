package gov.cms.ssp.aco;

import gov.cms.ssp.shared.AcoId;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** An ACO's own profile and contacts: its people and CMS may read, its people may edit. */
@Path("aco-profiles/{acoId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AcoProfileResource {
    @EJB
    private AcoService acos;

    @GET
    public AcoProfile profile(@PathParam("acoId") String acoId) {
        return acos.profile(AcoId.of(acoId));
    }

    /** Sets one contact; {@code version} is the one the client read (-1 or absent: overwrite). */
    @PUT
    @Path("contacts")
    @Consumes(MediaType.APPLICATION_JSON)
    public AcoProfile updateContact(@PathParam("acoId") String acoId, ContactDetails details,
                                    @QueryParam("version") @DefaultValue("-1") long version) {
        return acos.updateContact(AcoId.of(acoId), details, version);
    }
}
