package gov.cms.ssp.aco;

import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The public ACO directory: no login, short-lived caching. */
@Path("acos")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AcoResource {
    @EJB
    private AcoService acos;

    @GET
    public Response directory() {
        return cached(acos.directory());
    }

    @GET
    @Path("{acoId}")
    public Response entry(@PathParam("acoId") String acoId) {
        AcoId id = AcoId.of(acoId);
        return cached(acos.directory().stream().filter(a -> a.acoId().equals(id.value())).findFirst()
                .orElseThrow(() -> new NotFoundException("There is no ACO with ID " + id + " in the directory.")));
    }

    private static Response cached(Object body) {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(60);
        return Response.ok(body).cacheControl(cache).build();
    }

}
