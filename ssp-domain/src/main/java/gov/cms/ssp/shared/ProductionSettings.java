package gov.cms.ssp.shared;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What production mode ({@code SSP_PROFILE=production}) demands of the environment before the application
 * starts. Without the profile everything keeps its zero-setup demo default (./ssp run); with it, each
 * default that is only safe on a developer's machine is refused in words that say what to set instead.
 */
public final class ProductionSettings {
    public static final String PROFILE = "SSP_PROFILE";
    /** The client secret in the repository (oidc.json's fallback, the demo realm): never a production one. */
    public static final String DEV_CLIENT_SECRET = "ssp-web-dev-secret";
    static final int MIN_SECRET_LENGTH = 32;

    private ProductionSettings() {
    }

    public static boolean isProduction(Map<String, String> settings) {
        return "production".equals(settings.getOrDefault(PROFILE, "").strip().toLowerCase(Locale.ROOT));
    }

    /**
     * Every reason the settings are not fit for production (empty when they are, or when this is not
     * production). {@code demoLoginWorks}: Keycloak accepted a demo user's demo password.
     */
    public static List<String> problems(Map<String, String> settings, boolean demoLoginWorks) {
        List<String> problems = new ArrayList<>();
        if (!isProduction(settings)) {
            return problems;
        }
        String secret = settings.getOrDefault("SSP_OIDC_CLIENT_SECRET", "").strip();
        if (secret.isEmpty() || secret.equals(DEV_CLIENT_SECRET) || secret.length() < MIN_SECRET_LENGTH) {
            problems.add("SSP_OIDC_CLIENT_SECRET must be the ssp-web client's secret from Keycloak (at least "
                    + MIN_SECRET_LENGTH + " characters); the development secret in the repository is refused.");
        }
        if (!"false".equalsIgnoreCase(settings.getOrDefault("SSP_DEMO_DATA", "").strip())) {
            problems.add("SSP_DEMO_DATA must be false: production never seeds the demo program.");
        }
        String provider = settings.getOrDefault("SSP_OIDC_PROVIDER_URL", "").strip();
        if (!isHttps(provider)) {
            problems.add("SSP_OIDC_PROVIDER_URL must be the https:// address of the production Keycloak realm.");
        }
        if (demoLoginWorks) {
            problems.add("Keycloak accepts a demo user with the demo password: import the production realm "
                    + "(wildfly-config/keycloak/ssp-realm-production.json), which has no demo users.");
        }
        return problems;
    }

    private static boolean isHttps(String url) {
        try {
            URI uri = URI.create(url);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
