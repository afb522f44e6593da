package gov.cms.ssp.shared.web;

import gov.cms.ssp.shared.ProductionSettings;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * The Content-Security-Policy of every response, and in production mode HSTS and a {@code Secure} session
 * cookie. The policy allows scripts and styles from the application only (no other origin, no plugins,
 * no framing by other sites, forms posting only to the application and Keycloak); inline script stays
 * allowed because PrimeFaces writes its widgets and event handlers inline. (X-Frame-Options,
 * X-Content-Type-Options and Referrer-Policy come from undertow-handlers.conf.) Mapped in web.xml, first of
 * the filters.
 */
@WebListener
public class SecurityHeaders extends HttpFilter implements ServletContextListener {
    private static final long serialVersionUID = 1L;
    static final String HSTS = "max-age=31536000; includeSubDomains";

    private String policy;
    private boolean production;

    /** Before the first session: the session cookie is Secure in production (the OIDC login state rides on it). */
    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (isProduction()) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }

    @Override
    public void init() {
        production = isProduction();
        String keycloak = origin(System.getenv().getOrDefault("SSP_OIDC_PROVIDER_URL", "http://localhost:8180/realms/ssp"));
        policy = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline';"
                + " img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self';"
                + " frame-ancestors 'self'; form-action 'self' " + keycloak;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", policy);
        if (production) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        chain.doFilter(request, response);
    }

    private static boolean isProduction() {
        Map<String, String> settings = new HashMap<>(System.getenv());
        String profile = System.getProperty("ssp.profile");
        if (profile != null) {
            settings.put(ProductionSettings.PROFILE, profile);
        }
        return ProductionSettings.isProduction(settings);
    }

    private static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
