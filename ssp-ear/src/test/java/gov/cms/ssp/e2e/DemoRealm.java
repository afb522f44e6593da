package gov.cms.ssp.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A demo user added to wildfly-config/keycloak/ssp-realm.json after the Keycloak the tests found
 * running imported the realm: created as the file has it, through Keycloak's admin API and the demo
 * realm's test-only service account (the same as TwoStepLoginBrowserIT's), so that a test run does
 * not depend on when that Keycloak was started.
 */
final class DemoRealm {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private DemoRealm() {
    }

    /** Creates new.applicant (ACO executive, no ACO: through the group that gives only that role). */
    static void createNewApplicant() {
        String body = "{\"username\":\"" + DemoUser.NEW_APPLICANT.userName + "\",\"enabled\":true,\"emailVerified\":true,"
                + "\"firstName\":\"Jordan\",\"lastName\":\"Lee\",\"email\":\"jordan.lee@suncoast-health.example.org\","
                + "\"groups\":[\"/two-step-login-testers\"],\"credentials\":[{\"type\":\"password\",\"value\":\""
                + DemoUser.PASSWORD + "\",\"temporary\":false}]}";
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(SspDeployment.keycloakUrl() + "/admin/realms/ssp/users"))
                .header("Authorization", "Bearer " + adminToken()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        if (r.statusCode() != 201 && r.statusCode() != 409) { // 409: another test created it meanwhile
            throw new IllegalStateException("Keycloak did not create " + DemoUser.NEW_APPLICANT.userName + ": " + r.body());
        }
    }

    private static String adminToken() {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(SspDeployment.keycloakUrl()
                        + "/realms/ssp/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=ssp-test-admin&client_secret="
                        + URLEncoder.encode("ssp-test-admin-dev-secret", StandardCharsets.UTF_8))).build());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("no admin token: " + r.body());
        }
        return HttpApi.json(r.body()).asJsonObject().getString("access_token");
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
