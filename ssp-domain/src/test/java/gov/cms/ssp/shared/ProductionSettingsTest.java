package gov.cms.ssp.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProductionSettingsTest {
    private static final String SECRET = "k3y-from-keycloak-0123456789abcdef";

    private static Map<String, String> production() {
        Map<String, String> env = new HashMap<>();
        env.put("SSP_PROFILE", "production");
        env.put("SSP_OIDC_CLIENT_SECRET", SECRET);
        env.put("SSP_DEMO_DATA", "false");
        env.put("SSP_OIDC_PROVIDER_URL", "https://login.cms.example.gov/realms/ssp");
        return env;
    }

    @Test
    void theDemoNeedsNothingAndIsNeverRefused() {
        assertFalse(ProductionSettings.isProduction(Map.of()));
        assertEquals(List.of(), ProductionSettings.problems(Map.of(), true), "./ssp run keeps its zero-setup demo");
        assertEquals(List.of(), ProductionSettings.problems(Map.of("SSP_PROFILE", "demo"), true));
    }

    @Test
    void completeProductionSettingsPass() {
        assertTrue(ProductionSettings.isProduction(production()));
        assertEquals(List.of(), ProductionSettings.problems(production(), false));
        Map<String, String> upper = production();
        upper.put("SSP_PROFILE", " Production ");
        assertTrue(ProductionSettings.isProduction(upper));
    }

    @Test
    void theDevelopmentSecretAMissingOneOrAShortOneIsRefused() {
        for (String secret : new String[] {null, "", ProductionSettings.DEV_CLIENT_SECRET, "a".repeat(31)}) {
            Map<String, String> env = production();
            env.put("SSP_OIDC_CLIENT_SECRET", secret == null ? "" : secret);
            List<String> problems = ProductionSettings.problems(env, false);
            assertEquals(1, problems.size(), String.valueOf(secret));
            assertTrue(problems.get(0).startsWith("SSP_OIDC_CLIENT_SECRET"), problems.get(0));
        }
        Map<String, String> edge = production();
        edge.put("SSP_OIDC_CLIENT_SECRET", "a".repeat(32));
        assertEquals(List.of(), ProductionSettings.problems(edge, false));
    }

    @Test
    void demoDataUnlessSwitchedOffIsRefused() {
        Map<String, String> env = production();
        env.remove("SSP_DEMO_DATA");
        assertTrue(ProductionSettings.problems(env, false).get(0).startsWith("SSP_DEMO_DATA must be false"));
        env.put("SSP_DEMO_DATA", "true");
        assertEquals(1, ProductionSettings.problems(env, false).size());
    }

    @Test
    void demoUsersInKeycloakAreRefused() {
        List<String> problems = ProductionSettings.problems(production(), true);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("demo user"), problems.get(0));
    }

    @Test
    void keycloakMustBeReachedOverHttps() {
        for (String url : new String[] {"", "http://localhost:8180/realms/ssp", "not a url", "https://"}) {
            Map<String, String> env = production();
            env.put("SSP_OIDC_PROVIDER_URL", url);
            assertEquals(1, ProductionSettings.problems(env, false).size(), url);
        }
    }

    @Test
    void everyProblemIsListedAtOnce() {
        assertEquals(4, ProductionSettings.problems(Map.of("SSP_PROFILE", "production"), true).size());
    }
}
