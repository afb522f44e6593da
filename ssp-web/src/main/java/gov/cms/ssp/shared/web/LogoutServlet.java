package gov.cms.ssp.shared.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.wildfly.security.http.oidc.OidcPrincipal;
import org.wildfly.security.http.oidc.OidcSecurityContext;

/**
 * Logs out of the application and of Keycloak: ends the local session, then sends the browser to
 * Keycloak's end-session endpoint with the ID token, so the next visit asks for the password again.
 * POST only, so that another site cannot log a user out with an image link.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {
    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException, ServletException {
        OidcSecurityContext oidc = oidcContext(req);
        String idToken = oidc == null ? null : oidc.getIDTokenString();
        String realmUrl = oidc == null || oidc.getToken() == null ? null : oidc.getToken().getIssuer();
        HttpSession session = req.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        req.logout();
        String home = req.getRequestURL().toString().replace(req.getRequestURI(), "") + req.getContextPath() + "/";
        if (realmUrl == null) {
            resp.sendRedirect(home);
            return;
        }
        StringBuilder url = new StringBuilder(realmUrl).append("/protocol/openid-connect/logout?client_id=ssp-web")
                .append("&post_logout_redirect_uri=").append(URLEncoder.encode(home, StandardCharsets.UTF_8));
        if (idToken != null) {
            url.append("&id_token_hint=").append(URLEncoder.encode(idToken, StandardCharsets.UTF_8));
        }
        resp.sendRedirect(url.toString());
    }

    /** The OIDC client keeps the tokens on the principal and, for browser logins, in the session. */
    private static OidcSecurityContext oidcContext(HttpServletRequest req) {
        if (req.getUserPrincipal() instanceof OidcPrincipal<?> p && p.getOidcSecurityContext() != null) {
            return p.getOidcSecurityContext();
        }
        String key = OidcSecurityContext.class.getName();
        if (req.getAttribute(key) instanceof OidcSecurityContext c) {
            return c;
        }
        HttpSession session = req.getSession(false);
        return session != null && session.getAttribute(key) instanceof OidcSecurityContext c ? c : null;
    }
}
