package gov.cms.ssp.lookup;

import gov.cms.ssp.shared.Npi;
import gov.cms.ssp.shared.rest.JsonbResolver;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /api/participation/{npi}[?year=Y]}, the public lookup of one NPI, answered before JAX-RS:
 * RESTEasy's dispatch was about a quarter of the CPU of a lookup (docs/performance.md, issue 17). The
 * answer is the one {@link ParticipationResource#one} gives — the same service call, the same JSON-B
 * instance, the same entity tag and Cache-Control — and anything this filter does not recognise as a
 * well-formed lookup (a bad NPI or year, another verb or path) goes on to the resource, which writes the
 * API's errors: there is one way to say what is wrong. Mapped in web.xml after the security headers and
 * the public API's rate limit, which apply to it as to every public request.
 */
public class OneNpiLookupFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final String PREFIX = "/api/participation/";
    private static final int ALL_YEARS = 0;
    private static final int NOT_UNDERSTOOD = -1;

    @EJB
    private transient ParticipationLookupService lookup;
    @Inject
    private transient ListsInForceCache lists;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String npi = "GET".equals(request.getMethod()) ? npiOf(request) : null;
        int year = npi == null ? NOT_UNDERSTOOD : yearOf(request);
        if (year == NOT_UNDERSTOOD) {
            chain.doFilter(request, response);
            return;
        }
        String tag = "W/\"" + lists.version(LocalDate.now()) + "\""; // read before the answer is
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("ETag", tag);
        if (matches(request.getHeader("If-None-Match"), tag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        ByteArrayOutputStream json = new ByteArrayOutputStream(512);
        JsonbResolver.jsonb().toJson(lookup.lookup(NpiBatch.of(List.of(npi)), year == ALL_YEARS ? null : year).get(0), json);
        response.setContentType("application/json");
        response.setContentLength(json.size());
        json.writeTo(response.getOutputStream());
    }

    /** The NPI of {@code /api/participation/{npi}} when it is a valid one, else null (the resource explains). */
    private static String npiOf(HttpServletRequest request) {
        String uri = request.getRequestURI();
        int at = request.getContextPath().length();
        if (!uri.startsWith(PREFIX, at) || uri.length() - at - PREFIX.length() != 10) {
            return null;
        }
        String npi = uri.substring(at + PREFIX.length());
        return Npi.isValid(npi) ? npi : null;
    }

    /** {@code ?year=}: {@link #ALL_YEARS} when absent; {@link #NOT_UNDERSTOOD} when the resource must answer it. */
    private static int yearOf(HttpServletRequest request) {
        String[] years = request.getParameterValues("year");
        if (years == null) {
            return ALL_YEARS;
        }
        if (years.length != 1 || !years[0].matches("\\d{4}")) {
            return NOT_UNDERSTOOD;
        }
        int y = Integer.parseInt(years[0]);
        return y < ParticipationResource.FIRST_PY || y > ParticipationResource.LAST_PY ? NOT_UNDERSTOOD : y;
    }

    /** If-None-Match by weak comparison (RFC 9110 13.1.2): {@code *}, or any listed tag with the same value. */
    static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String value = opaque(tag);
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.strip();
            if (c.equals("*") || opaque(c).equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
