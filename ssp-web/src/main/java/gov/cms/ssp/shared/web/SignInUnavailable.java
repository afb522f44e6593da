package gov.cms.ssp.shared.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * When the log-in or the check of a token failed because Keycloak does not answer, WildFly's OIDC
 * client ends in a 403 ("you may not open this page") or a 500 ("something went wrong"). This filter
 * of the error pages tells the truth instead: for someone not logged in, while Keycloak is
 * unreachable, the answer is 503 with "Sign-in is unavailable right now" — a page for browsers, the
 * API's error body for API calls — and {@code Retry-After}.
 */
@WebFilter(urlPatterns = {"/error/403.xhtml", "/error/500.xhtml"}, dispatcherTypes = DispatcherType.ERROR)
public class SignInUnavailable extends HttpFilter {
    private static final long serialVersionUID = 1L;
    static final String MESSAGE = "Sign-in is unavailable right now. Please try again later.";
    static final String RETRY_AFTER_SECONDS = "30";

    @Inject
    private SignInAvailability signIn;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getRemoteUser() == null && signIn.isUnavailable()) {
            Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            answer(request, response, uri != null && uri.toString().startsWith(request.getContextPath() + "/api/"));
            return;
        }
        chain.doFilter(request, response);
    }

    static void answer(HttpServletRequest request, HttpServletResponse response, boolean api)
            throws IOException, ServletException {
        response.setStatus(503);
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.setHeader("Cache-Control", "no-store");
        if (api) {
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"status\":503,\"error\":\"sign-in-unavailable\",\"message\":\"" + MESSAGE
                    + "\",\"fields\":[]}");
        } else {
            request.getRequestDispatcher("/error/sign-in-unavailable.xhtml").forward(request, response);
        }
    }
}
