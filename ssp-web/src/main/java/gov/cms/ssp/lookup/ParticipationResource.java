package gov.cms.ssp.lookup;

import gov.cms.ssp.shared.BusinessException;
import gov.cms.ssp.shared.Npi;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The public participation lookup: one NPI, or a batch of up to 100. Read-only, briefly cacheable. */
@Path("participation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ParticipationResource {
    static final int FIRST_PY = 2012;
    static final int LAST_PY = 2100;

    @EJB
    private ParticipationLookupService lookup;

    /** The body of a batch lookup: {@code {"npis": ["1234567893", …], "year": 2026}} (year optional). */
    public record LookupRequest(List<String> npis, Integer year) {
    }

    @GET
    @Path("{npi}")
    public Response one(@PathParam("npi") String npi, @QueryParam("year") Integer year) {
        checkYear(year);
        Npi valid = Npi.of(npi);
        return cached(lookup.lookup(NpiBatch.of(List.of(valid.value())), year).get(0));
    }

    @POST
    @Path("lookup")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response batch(LookupRequest request) {
        if (request == null || request.npis() == null || request.npis().isEmpty()) {
            throw new BusinessException("Send the NPIs to look up as {\"npis\": [\"1234567893\", …]}.");
        }
        checkYear(request.year());
        return cached(lookup.lookup(NpiBatch.of(request.npis()), request.year()));
    }

    private static void checkYear(Integer year) {
        if (year != null && (year < FIRST_PY || year > LAST_PY)) {
            throw new BusinessException("year must be a performance year from " + FIRST_PY + ", e.g. 2026; got " + year + ".");
        }
    }

    private static Response cached(Object body) {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        return Response.ok(body).cacheControl(cache).build();
    }
}
