package gov.cms.ssp.shared.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Where the "Log in" links lead (not protected): when Keycloak answers, on to the protected
 * {@code /login}, which sends the browser to Keycloak's form; when it does not, the page saying that
 * sign-in is unavailable (503) instead of a browser error on Keycloak's address.
 */
@WebServlet("/sign-in")
public class SignInServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    private SignInAvailability signIn;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException, ServletException {
        if (req.getRemoteUser() != null || signIn.isAvailable()) {
            resp.sendRedirect(req.getContextPath() + "/login");
            return;
        }
        SignInUnavailable.answer(req, resp, false);
    }
}
