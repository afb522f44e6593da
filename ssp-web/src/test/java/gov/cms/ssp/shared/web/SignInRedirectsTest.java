package gov.cms.ssp.shared.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.wildfly.security.http.oidc.OidcClientConfigurationBuilder;
import org.wildfly.security.http.oidc.OidcJsonConfiguration;

class SignInRedirectsTest {

    @Test
    void onlyARedirectToKeycloaksLoginPageIsDiverted() {
        String login = "http://127.0.0.1:8180/realms/ssp/protocol/openid-connect/auth?response_type=code&client_id=ssp-web";
        assertTrue(SignInRedirects.toKeycloakLogin(302, login));
        assertTrue(SignInRedirects.toKeycloakLogin(303, login));
        assertFalse(SignInRedirects.toKeycloakLogin(200, login), "not a redirect");
        assertFalse(SignInRedirects.toKeycloakLogin(302, "/ssp/login"), "the application's own redirect");
        assertFalse(SignInRedirects.toKeycloakLogin(302, "http://127.0.0.1:8180/realms/ssp/protocol/openid-connect/logout"),
                "the log-out goes to Keycloak as it is");
        assertFalse(SignInRedirects.toKeycloakLogin(302, null));
    }

    @Test
    void theShippedOidcConfigurationRefreshesTokensOnlyWhenTheyExpireUnlessTheServerIsToldOtherwise() throws IOException {
        // SSP_OIDC_ALWAYS_REFRESH_TOKEN is for FaultToleranceIT's own server; unset, the default must parse as false
        try (InputStream json = Files.newInputStream(Path.of("src/main/webapp/WEB-INF/oidc.json"))) {
            OidcJsonConfiguration config = OidcClientConfigurationBuilder.loadOidcJsonConfiguration(json);
            assertFalse(config.isAlwaysRefreshToken());
            assertTrue(config.isAutodetectBearerOnly());
        }
    }
}
