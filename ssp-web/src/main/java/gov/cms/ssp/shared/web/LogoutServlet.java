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

/**
 * Logs out of the application and of Keycloak: ends the local session, then sends the browser to
 * Keycloak's end-session endpoint with the ID token, so the next visit asks for the password again.
 * POST only, so that another site cannot log a user out with an image link.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {
    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException, ServletException {
        String idToken = null;
        String realmUrl = null;
        if (req.getUserPrincipal() instanceof OidcPrincipal<?> p && p.getOidcSecurityContext() != null) {
            idToken = p.getOidcSecurityContext().getIDTokenString();
            realmUrl = p.getOidcSecurityContext().getToken().getIssuer();
        }
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
}
