package gov.cms.ssp.shared.rest;

import gov.cms.ssp.shared.AccessDeniedException;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * Cross-site request forgery on the API. A call that changes data and is authenticated by the browser's
 * session cookie alone could come from any page the user has open (SameSite=Lax still lets a same-site
 * page on the same host post), so such a call must also carry the {@value #HEADER} header: a page of
 * another origin cannot add a custom header without a CORS preflight, which this application never
 * grants. Calls with a bearer token (API clients) are not affected: a token is never sent by a browser on
 * its own. Calls without any login have no credentials to abuse (the public lookup). When the browser
 * says where the call comes from (Sec-Fetch-Site), only the application's own origin is accepted.
 * The Faces pages never use the API to change data; their forms are protected by the view state.
 */
@Provider
@PreMatching // before content negotiation: refused whatever content type the forged request claims
public class CsrfGuard implements ContainerRequestFilter {
    public static final String HEADER = "X-Requested-With";
    private static final Set<String> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod()) || request.getSecurityContext().getUserPrincipal() == null) {
            return;
        }
        String authorization = request.getHeaderString("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return;
        }
        String site = request.getHeaderString("Sec-Fetch-Site");
        boolean ownOrigin = site == null || site.equals("same-origin") || site.equals("none");
        String marker = request.getHeaderString(HEADER);
        if (!ownOrigin || marker == null || marker.isBlank()) {
            throw new AccessDeniedException("This change was refused: with a browser session, the API changes data only for "
                    + "requests from the application's own pages (with the " + HEADER + " header); programs use a bearer token.");
        }
    }
}
