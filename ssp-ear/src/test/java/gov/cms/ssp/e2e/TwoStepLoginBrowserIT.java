package gov.cms.ssp.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The program's login pages (Keycloak theme "ssp": the program's name, plain English, a way back to
 * the public home page) and the two-step login: a user of their own (never a demo user), created for
 * the test through Keycloak's admin API by the demo realm's test-only client and removed afterwards,
 * sets up an authenticator with the key the enrolment page shows and logs in again with a code the
 * test computes from it (RFC 6238).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TwoStepLoginBrowserIT extends BrowserJourney {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String PASSWORD = "Two-step-login-test-1";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SspDeployment.ear();
    }

    @Test
    void theLoginPageIsTheProgramsInPlainEnglishWithAWayBackToThePublicSite() {
        browser.open("login");
        browser.element(By.id("username"));
        assertEquals("Log in to the Shared Savings Program", browser.text(By.id("kc-page-title")));
        assertTrue(browser.text(By.id("kc-header-wrapper")).contains("Medicare Shared Savings Program"));
        assertEquals("Log in", browser.text(By.id("kc-login")));
        WebElement back = browser.element(By.id("back-to-public-site"));
        assertEquals(SspDeployment.appUrl(), back.getAttribute("href"), "back to the application's own public home page");
        browser.screenshot("login-page");
        back.click();
        browser.element(By.id("login")); // the public home page, not logged in
        assertEquals("", browser.currentPath());
    }

    @Test
    void aUserSetsUpTheAuthenticatorAndLogsInWithAComputedCode() throws Exception {
        assertEquals("287082", Totp.code("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", 59 / Totp.STEP_SECONDS), "RFC 6238's test vector");
        String userName = "two.step." + Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 24));
        String userId = createUser(userName);
        try {
            browser.open("login");
            logInWithPassword(userName);
            // first login: Keycloak asks to set up the authenticator, in the program's words
            browser.waitForText(By.id("kc-page-title"), "Set up two-step login");
            browser.element(By.id("mode-manual")).click();
            String key = browser.text(By.id("kc-totp-secret-key"));
            assertTrue(key.replace(" ", "").matches("[A-Z2-7]{16,}"), "a Base32 key: " + key);
            browser.screenshot("login-two-step-setup");
            long enrolStep = Totp.step(System.currentTimeMillis());
            browser.element(By.id("totp")).sendKeys(Totp.code(key, enrolStep));
            browser.element(By.id("userLabel")).sendKeys("test phone");
            browser.element(By.id("saveTOTPBtn")).click();
            browser.element(By.id("user-role"));
            assertEquals("ACO executive", browser.text(By.id("user-role")));
            browser.logOut();

            // next login: password, then a code (a code is accepted once, so the next 30-second step's)
            browser.open("login");
            logInWithPassword(userName);
            WebElement otp = browser.element(By.id("otp"));
            assertTrue(browser.text(By.id("kc-page-title")).length() > 0);
            otp.sendKeys(Totp.wrongCode(key, enrolStep));
            browser.element(By.id("kc-login")).click();
            browser.waitForText(By.tagName("body"), "That code is not right");
            browser.screenshot("login-two-step-code");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(Totp.STEP_SECONDS + 5))
                    .until(d -> Totp.step(System.currentTimeMillis()) > enrolStep);
            WebElement again = browser.element(By.id("otp"));
            again.clear();
            again.sendKeys(Totp.code(key, Totp.step(System.currentTimeMillis())));
            browser.element(By.id("kc-login")).click();
            browser.element(By.id("user-role"));
            assertEquals("ACO executive", browser.text(By.id("user-role")));
            browser.logOut();
        } finally {
            deleteUser(userId);
        }
    }

    @Test
    void productionRequiresTheSecondStepOfCmsStaffAndAcoExecutivesOnly() throws IOException {
        Path dir = Path.of(System.getProperty("ssp.realm.dir", "../wildfly-config/keycloak"));
        JsonObject production = HttpApi.json(Files.readString(dir.resolve("ssp-realm-production.json"))).asJsonObject();
        String flow = production.getString("browserFlow");
        String flows = production.getJsonArray("authenticationFlows").toString();
        assertTrue(flows.contains("\"alias\":\"" + flow + "\""), "the browser flow is defined in the file");
        assertTrue(flows.contains("\"authenticator\":\"auth-otp-form\""), flows);
        assertTrue(production.getJsonArray("authenticatorConfig").toString().contains("\"condUserRole\":\"two-factor-login\""));
        for (JsonObject role : production.getJsonObject("roles").getJsonArray("realm").getValuesAs(JsonObject.class)) {
            boolean twoStep = role.containsKey("composites")
                    && role.getJsonObject("composites").getJsonArray("realm").toString().contains("two-factor-login");
            boolean staffOrExecutive = role.getString("name").startsWith("cms-") || role.getString("name").equals("aco-executive");
            assertEquals(staffOrExecutive, twoStep, role.getString("name"));
        }
        assertEquals("ssp", production.getString("loginTheme"));
        JsonObject demo = HttpApi.json(Files.readString(dir.resolve("ssp-realm.json"))).asJsonObject();
        assertFalse(demo.containsKey("browserFlow"), "the demo keeps Keycloak's flow: demo users log in in one step");
    }

    private static void logInWithPassword(String userName) {
        WebElement name = new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        name.clear();
        name.sendKeys(userName);
        browser.driver().findElement(By.id("password")).sendKeys(PASSWORD);
        browser.driver().findElement(By.id("kc-login")).click();
    }

    // ---- Keycloak's admin API, through the demo realm's test-only service account ----

    private static String adminToken() throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(SspDeployment.keycloakUrl()
                        + "/realms/ssp/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=ssp-test-admin&client_secret="
                        + URLEncoder.encode("ssp-test-admin-dev-secret", StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return HttpApi.json(r.body()).asJsonObject().getString("access_token");
    }

    /** A user of the test's own: an ACO executive (through the testers' group) who must set up the authenticator. */
    private static String createUser(String userName) throws IOException, InterruptedException {
        String body = "{\"username\":\"" + userName + "\",\"enabled\":true,\"emailVerified\":true,\"firstName\":\"Two\","
                + "\"lastName\":\"Step\",\"email\":\"" + userName + "@example.org\",\"groups\":[\"/two-step-login-testers\"],"
                + "\"requiredActions\":[\"CONFIGURE_TOTP\"],\"credentials\":[{\"type\":\"password\",\"value\":\"" + PASSWORD
                + "\",\"temporary\":false}]}";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(SspDeployment.keycloakUrl() + "/admin/realms/ssp/users"))
                .header("Authorization", "Bearer " + adminToken()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, r.statusCode(), r.body());
        String location = r.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static void deleteUser(String id) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(SspDeployment.keycloakUrl() + "/admin/realms/ssp/users/" + id))
                .header("Authorization", "Bearer " + adminToken()).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(204, r.statusCode(), r.body());
    }
}
