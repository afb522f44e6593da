package gov.cms.ssp.shared.web;

import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.Headers;
import jakarta.servlet.ServletContext;

/**
 * A signed-in user whose access token must be refreshed while Keycloak is stopped loses the session:
 * WildFly's OIDC client fails to refresh it, forgets the session and sends the browser to Keycloak's
 * login page — an address that does not answer, so the browser shows its own connection error. That
 * redirect is made by the OIDC client before any servlet filter runs, so it is changed here, in
 * Undertow, just before the answer leaves: a redirect to Keycloak's login while Keycloak does not
 * answer goes to {@code /sign-in} instead, which says "Sign-in is unavailable right now" (503) and,
 * once Keycloak is back, leads on to its form. (Registered in META-INF/services; not a CDI bean: its
 * {@link SignInAvailability} shares the server's one answer with the bean's.)
 */
public class SignInRedirects implements ServletExtension {
    static final String KEYCLOAK_LOGIN_PATH = "/protocol/openid-connect/auth";
    private static final SignInAvailability SIGN_IN = new SignInAvailability();

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        String signIn = context.getContextPath() + "/sign-in";
        deployment.addOuterHandlerChainWrapper(next -> exchange -> {
            exchange.addResponseCommitListener(committing -> divert(committing, signIn));
            next.handleRequest(exchange);
        });
    }

    private static void divert(HttpServerExchange exchange, String signIn) {
        if (toKeycloakLogin(exchange.getStatusCode(), exchange.getResponseHeaders().getFirst(Headers.LOCATION))
                && SIGN_IN.isUnavailable()) {
            exchange.getResponseHeaders().put(Headers.LOCATION, signIn);
            exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
        }
    }

    /** Is this answer a redirect to Keycloak's login page (the authorization endpoint)? */
    static boolean toKeycloakLogin(int status, String location) {
        return status >= 300 && status < 400 && location != null && location.contains(KEYCLOAK_LOGIN_PATH);
    }
}
