package gov.cms.ssp.shared;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * In production mode ({@code SSP_PROFILE=production}) the deployment fails, before the database is
 * touched ({@link DatabaseMigration} depends on this bean), when {@link ProductionSettings} finds a
 * development default: the dev client secret, demo data, or Keycloak still accepting a demo user.
 */
@Startup
@Singleton
@RolesAllowed(Role.CMS_ADMIN)
public class ProductionGuard {
    private static final Logger LOG = Logger.getLogger(ProductionGuard.class.getName());
    private static final String DEMO_USER = "cms.admin";
    private static final String DEMO_PASSWORD = "demo";

    @PostConstruct
    void check() {
        Map<String, String> settings = new HashMap<>(System.getenv());
        String profile = System.getProperty("ssp.profile");
        if (profile != null) {
            settings.put(ProductionSettings.PROFILE, profile);
        }
        if (!ProductionSettings.isProduction(settings)) {
            return;
        }
        List<String> problems = ProductionSettings.problems(settings, demoLoginWorks(settings));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("SSP_PROFILE=production refuses to start:\n - " + String.join("\n - ", problems));
        }
        LOG.info("Production mode: secure cookies, HSTS; the settings checks passed");
    }

    /** Asks Keycloak for a token as the demo administrator; an unreachable Keycloak is only a warning here. */
    private static boolean demoLoginWorks(Map<String, String> settings) {
        String realm = settings.getOrDefault("SSP_OIDC_PROVIDER_URL", "");
        String secret = settings.getOrDefault("SSP_OIDC_CLIENT_SECRET", "");
        if (realm.isBlank()) {
            return false;
        }
        String form = "grant_type=password&client_id=ssp-web&scope=openid&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8)
                + "&username=" + DEMO_USER + "&password=" + DEMO_PASSWORD;
        try {
            HttpResponse<Void> r = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build().send(
                    HttpRequest.newBuilder(URI.create(realm.replaceAll("/+$", "") + "/protocol/openid-connect/token"))
                            .timeout(Duration.ofSeconds(5)).header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200;
        } catch (IOException | IllegalArgumentException e) {
            LOG.warning(() -> "Production mode: could not ask Keycloak whether demo users exist (" + e + ")");
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
