package gov.cms.ssp.lookup;

import gov.cms.ssp.shared.BusinessException;
import gov.cms.ssp.shared.Npi;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.executable.ExecutableType;
import jakarta.validation.executable.ValidateOnExecution;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;

/**
 * The public participation lookup: one NPI, or a batch of up to 100. Read-only. Never stale in a
 * browser or proxy either: an answer may be kept but must be revalidated ({@code no-cache}), which
 * its entity tag, the version of the lists in force, makes cheap (304 while nothing changed).
 */
@Path("participation")
@ApplicationScoped // holds nothing per request: no bean to build and inject for each lookup (measured, docs/performance.md)
@ValidateOnExecution(type = ExecutableType.NONE) // no constraints to check: NpiBatch and checkYear check the input
@Produces(MediaType.APPLICATION_JSON)
public class ParticipationResource {
    static final int FIRST_PY = 2012;
    static final int LAST_PY = 2100;
    private static final CacheControl REVALIDATE = CacheControl.valueOf("no-cache");

    @EJB
    private ParticipationLookupService lookup;
    @Inject
    private ListsInForceCache lists;

    /** The body of a batch lookup: {@code {"npis": ["1234567893", …], "year": 2026}} (year optional). */
    public record LookupRequest(List<String> npis, Integer year) {
    }

    @GET
    @Path("{npi}")
    public Response one(@PathParam("npi") String npi, @QueryParam("year") Integer year, @Context Request request) {
        checkYear(year);
        Npi valid = Npi.of(npi);
        EntityTag tag = new EntityTag(lists.version(LocalDate.now()), true); // read before the answer is
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.cacheControl(REVALIDATE).build();
        }
        return Response.ok(lookup.lookup(NpiBatch.of(List.of(valid.value())), year).get(0)).tag(tag).cacheControl(REVALIDATE).build();
    }

    @POST
    @Path("lookup")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response batch(LookupRequest request) {
        if (request == null || request.npis() == null || request.npis().isEmpty()) {
            throw new BusinessException("Send the NPIs to look up as {\"npis\": [\"1234567893\", …]}.");
        }
        checkYear(request.year());
        return Response.ok(lookup.lookup(NpiBatch.of(request.npis()), request.year())).cacheControl(REVALIDATE).build();
    }

    private static void checkYear(Integer year) {
        if (year != null && (year < FIRST_PY || year > LAST_PY)) {
            throw new BusinessException("year must be a performance year from " + FIRST_PY + ", e.g. 2026; got " + year + ".");
        }
    }
}
