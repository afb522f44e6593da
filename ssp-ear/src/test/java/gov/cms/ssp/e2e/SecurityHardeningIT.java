package gov.cms.ssp.e2e;

import static gov.cms.ssp.e2e.DemoUser.ACO_EXECUTIVE;
import static gov.cms.ssp.e2e.DemoUser.ACO_STAFF;
import static gov.cms.ssp.e2e.DemoUser.CMS_REVIEWER;
import static gov.cms.ssp.e2e.HttpApi.object;
import static gov.cms.ssp.e2e.HttpApi.post;
import static gov.cms.ssp.e2e.HttpApi.postJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the application tells and to whom (CMS staff names, private contact details), the response
 * headers, the public API's rate limit and the production realm (docs/security.md).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHardeningIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SspDeployment.ear();
    }

    /** The application cycles this class's fixtures made are removed with all they led to (ApplicationFixture). */
    @AfterAll
    static void removeTheFixturesCycles() {
        ApplicationFixture.removeFarFutureCycles();
    }

    @Test
    void theAcoSeesCmsStaffAsCmsReviewerNeverByUserName() {
        JsonObject app = ApplicationFixture.complete(ApplicationFixture.draftForA1001());
        long id = ApplicationFixture.id(app);
        String path = "api/applications/" + id;
        HttpResponse<String> submitted = post(path + "/submit?version=" + ApplicationFixture.version(app), ACO_EXECUTIVE,
                "application/json", new byte[0]);
        assertEquals(200, submitted.statusCode(), submitted.body());
        HttpResponse<String> noted = postJson(path + "/deficiencies?version=" + ApplicationFixture.version(object(submitted)),
                CMS_REVIEWER, "{\"section\":\"GOVERNANCE\",\"description\":\"Name a physician as medical director.\"}");
        assertEquals(200, noted.statusCode(), noted.body());
        HttpResponse<String> rfi = post(path + "/rfi?version=" + ApplicationFixture.version(object(noted)), CMS_REVIEWER,
                "application/json", new byte[0]);
        assertEquals(200, rfi.statusCode(), rfi.body());

        String asAco = HttpApi.getJson(path, ACO_STAFF).body();
        assertFalse(asAco.contains(CMS_REVIEWER.userName), "no CMS user name reaches the ACO: " + asAco);
        JsonObject aco = HttpApi.json(asAco).asJsonObject();
        assertEquals("CMS reviewer", aco.getString("reviewer"));
        assertEquals("CMS reviewer", aco.getString("lastChangedBy"));
        assertEquals("CMS reviewer", aco.getJsonArray("deficiencies").getJsonObject(0).getString("recordedBy"));
        assertTrue(aco.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getString("userName").equals("CMS reviewer") && e.getString("description").startsWith("Sent RFI")));
        assertTrue(aco.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getString("userName").equals(ACO_EXECUTIVE.userName)), "the ACO's own people by name");
        String page = HttpApi.get("aco/application.xhtml?id=" + id, ACO_STAFF, "text/html").body();
        assertFalse(page.contains(CMS_REVIEWER.userName), "nor the page");
        assertTrue(HttpApi.getJson(path, CMS_REVIEWER).body().contains("\"reviewer\":\"cms.reviewer\""), "CMS sees who");
    }

    @Test
    void thePublicPageShowsThePublicContactNeverTheExecutivesOwn() {
        String withPrimary = HttpApi.get("aco-public.xhtml?acoId=A1001", null, "text/html").body();
        assertTrue(withPrimary.contains("sam.ortiz@palmbeach-aco.example.org"), "the primary contact is public");
        assertFalse(withPrimary.contains("ana.diaz@palmbeach-aco.example.org") || withPrimary.contains("561-555-0101"),
                "leaders by name and title only");
        assertTrue(withPrimary.contains("Ana Diaz"));
        // A2490 has named an executive but no primary contact
        String without = HttpApi.get("aco-public.xhtml?acoId=A2490", null, "text/html").body();
        assertFalse(without.contains("daniel.kim@") || without.contains("213-555-0401"), "no fallback to the executive's own details");
        assertTrue(without.contains("Not reported"), "the contact is simply not reported");
    }

    @Test
    void everyPageCarriesAContentSecurityPolicyAndTheDemoNoHsts() {
        for (String path : new String[] {"", "lookup.xhtml", "api/acos"}) {
            HttpResponse<String> r = HttpApi.get(path, null, "text/html");
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("default-src 'self'") && csp.contains("object-src 'none'") && csp.contains("frame-ancestors 'self'")
                    && csp.contains("form-action 'self' " + SspDeployment.keycloakUrl()), path + ": " + csp);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertTrue(r.headers().firstValue("Strict-Transport-Security").isEmpty(), "HSTS only in production mode");
        }
        HttpResponse<String> page = HttpApi.get("aco/home.xhtml", ACO_STAFF, "text/html");
        assertTrue(page.headers().firstValue("Content-Security-Policy").isPresent());
        assertFalse(page.body().contains("<script src=\"http"), "no script from another origin");
    }

    @Test
    void thePublicApiAnswersTooManyRequestsWithRetryAfterPastAClientsBudget() {
        // another loopback address is another client: this test's budget is its own, not the other tests'
        int past = 0;
        RawResponse last = null;
        for (int i = 0; i < 200 && (last == null || last.status != 429); i++) {
            last = getFrom("127.0.0.2", "/ssp/api/acos");
            past = i;
        }
        assertEquals(429, last.status, "refused after " + past + " requests");
        assertTrue(past >= 30, "a burst of ordinary use is allowed first: " + past);
        int retryAfter = Integer.parseInt(last.headers.getOrDefault("retry-after", "0"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After: " + retryAfter);
        assertTrue(last.body.contains("\"error\":\"too-many-requests\""), last.body);
        assertEquals(429, getFrom("127.0.0.2", "/ssp/api/participation/1234567893").status, "the lookup shares the budget");
        assertEquals(200, HttpApi.getJson("api/acos", null).statusCode(), "other clients are not slowed");
        assertEquals(200, HttpApi.getJson("api/me", ACO_STAFF).statusCode(), "the logged-in API has no such budget");
    }

    private record RawResponse(int status, Map<String, String> headers, String body) {
    }

    /** One HTTP/1.1 GET from a chosen local address (java.net.http cannot choose one before Java 19). */
    private static RawResponse getFrom(String localAddress, String path) {
        URI app = URI.create(SspDeployment.appUrl());
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(localAddress, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", app.getPort()), 10_000); // where WildFly listens
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + app.getHost() + ":" + app.getPort()
                    + "\r\nAccept: application/json\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            int status = Integer.parseInt(in.readLine().split(" ")[1]);
            Map<String, String> headers = new HashMap<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                int colon = line.indexOf(':');
                headers.put(line.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT), line.substring(colon + 1).strip());
            }
            StringBuilder body = new StringBuilder();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                body.append(line).append('\n');
            }
            return new RawResponse(status, headers, body.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theProductionRealmHasNoDemoUsersAndTurnsOnLockoutAndAPasswordPolicy() throws IOException {
        Path dir = Path.of(System.getProperty("ssp.realm.dir", "../wildfly-config/keycloak"));
        JsonObject demo = HttpApi.json(Files.readString(dir.resolve("ssp-realm.json"))).asJsonObject();
        JsonObject production = HttpApi.json(Files.readString(dir.resolve("ssp-realm-production.json"))).asJsonObject();
        assertFalse(production.containsKey("users"), "no demo users");
        assertTrue(production.getBoolean("bruteForceProtected"));
        assertTrue(production.getInt("failureFactor") <= 5, "locked after a few failures");
        String policy = production.getString("passwordPolicy");
        for (String rule : new String[] {"length(12)", "upperCase(1)", "lowerCase(1)", "digits(1)", "specialChars(1)", "notUsername",
                "passwordHistory(5)"}) {
            assertTrue(policy.contains(rule), rule + " in " + policy);
        }
        assertEquals("all", production.getString("sslRequired"));
        JsonObject client = production.getJsonArray("clients").getJsonObject(0);
        assertEquals("${SSP_OIDC_CLIENT_SECRET}", client.getString("secret"), "the secret comes from the environment");
        assertFalse(client.getBoolean("directAccessGrantsEnabled"), "no password grant: people log in on Keycloak's page");
        assertFalse(client.getJsonArray("redirectUris").toString().contains("localhost"));
        // the same roles and token claims as the realm every test runs against, so the two cannot drift apart
        assertEquals(demo.getJsonObject("roles"), production.getJsonObject("roles"));
        JsonObject demoClient = demo.getJsonArray("clients").getJsonObject(0);
        assertEquals(demoClient.getJsonArray("protocolMappers"), client.getJsonArray("protocolMappers"));
        for (String same : new String[] {"clientId", "publicClient", "standardFlowEnabled", "frontchannelLogout"}) {
            assertEquals(demoClient.get(same), client.get(same), same);
        }
        assertTrue(demo.getJsonArray("users").size() > 0 && demoClient.getString("secret").equals("ssp-web-dev-secret"),
                "the demo realm is the zero-setup one");
        assertEquals(JsonValue.TRUE, demo.get("bruteForceProtected"));
    }
}
