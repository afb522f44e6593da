package gov.cms.ssp.e2e;

import static gov.cms.ssp.e2e.HttpApi.getJson;
import static gov.cms.ssp.e2e.HttpApi.object;
import static gov.cms.ssp.e2e.HttpApi.postJson;
import static gov.cms.ssp.e2e.HttpApi.putJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.cms.ssp.shared.DisplayFormat;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A CMS reviewer's day: the home shows their work and what is overdue, the reviewer takes a change
 * request and decides it with a confirmation, the ACO hears of it in its inbox and by e-mail; a
 * supervisor assigns work, a reviewer only takes it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WorklistIT {
    /** a PY of A1001 that no other test submits change requests for or signs */
    private static final int PY = LocalDate.now().getYear() + 12;
    private static final String LISTS = "api/participant-lists/A1001/" + PY + "/";
    private static final String WINDOW = "api/reference/change-request-windows/" + PY;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SspDeployment.ear();
    }

    @BeforeAll
    static void mailServer() {
        Mailbox.start();
    }

    /** The PY's window closed again, so that no other test's "PY of the change-request cycle" moves to it. */
    @AfterAll
    static void closeTheWindow() {
        assertEquals(204, putJson(WINDOW, DemoUser.CMS_ADMIN, "{\"opensOn\":\"" + LocalDate.now().minusDays(40)
                + "\",\"closesOn\":\"" + LocalDate.now().minusDays(10) + "\"}").statusCode());
    }

    /** A1001 submits a one-TIN change request for PY in an open window; returns its id. */
    private static long submittedChangeRequest() {
        assertEquals(204, putJson(WINDOW, DemoUser.CMS_ADMIN, "{\"opensOn\":\"" + LocalDate.now().minusDays(1)
                + "\",\"closesOn\":\"" + LocalDate.now().plusDays(30) + "\"}").statusCode());
        String tin = "87" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        HttpResponse<String> upload = HttpApi.post(LISTS + "participants", DemoUser.ACO_STAFF, "text/csv",
                ("TIN,Legal business name,Bills primary care (Y/N)\n" + tin + ",Worklist Test Clinic LLC,N\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(200, upload.statusCode(), upload.body());
        HttpResponse<String> submitted = HttpApi.post(LISTS + "submission", DemoUser.ACO_EXECUTIVE, "application/json", new byte[0]);
        assertEquals(200, submitted.statusCode(), submitted.body());
        return object(submitted).getJsonNumber("id").longValue();
    }

    private static Optional<JsonObject> item(DemoUser user, String kind, long id) {
        return object(getJson("api/worklist", user)).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("kind").equals(kind) && i.getJsonNumber("id").longValue() == id).findFirst();
    }

    @Test
    void reviewersTakeWorkSupervisorsAssignItAndADecidedRequestLeavesTheList() {
        long id = submittedChangeRequest();
        JsonObject waiting = item(DemoUser.CMS_REVIEWER, "CHANGE_REQUEST", id).orElseThrow(() -> new AssertionError("not in the queue"));
        assertTrue(!waiting.containsKey("assignedTo") || waiting.isNull("assignedTo"), "nobody's yet: " + waiting);
        assertEquals(LocalDate.now().plusDays(30 + 60).toString(), waiting.getString("due"), "60 days after the window closes");
        assertTrue(item(DemoUser.CMS_ANALYST, "CHANGE_REQUEST", id).isEmpty(), "not an analyst's work");

        HttpResponse<String> forSomeoneElse = postJson("api/worklist/CHANGE_REQUEST/" + id + "/assignee", DemoUser.CMS_REVIEWER,
                "{\"userName\":\"cms.lead\"}");
        assertEquals(400, forSomeoneElse.statusCode(), "a reviewer takes work, a supervisor assigns it: " + forSomeoneElse.body());
        JsonObject taken = object(postJson("api/worklist/CHANGE_REQUEST/" + id + "/assignee", DemoUser.CMS_REVIEWER, "{}"));
        assertEquals("cms.reviewer", taken.getString("assignedTo"));
        JsonObject reassigned = object(postJson("api/worklist/CHANGE_REQUEST/" + id + "/assignee", DemoUser.CMS_ADMIN,
                "{\"userName\":\"cms.admin\"}"));
        assertEquals("cms.admin", reassigned.getString("assignedTo"), "the supervisor reassigns");
        assertEquals(404, postJson("api/worklist/CHANGE_REQUEST/999999999/assignee", DemoUser.CMS_ADMIN, "{}").statusCode());
        assertEquals(403, postJson("api/worklist/CHANGE_REQUEST/" + id + "/assignee", DemoUser.ACO_EXECUTIVE, "{}").statusCode());
        assertEquals(403, getJson("api/worklist", DemoUser.ACO_STAFF).statusCode(), "CMS work only");

        for (JsonValue v : object(getJson("api/change-requests/" + id + "/rows?max=50", DemoUser.CMS_REVIEWER)).getJsonArray("rows")) {
            assertEquals(200, putJson("api/change-requests/" + id + "/rows/" + v.asJsonObject().getJsonNumber("id").longValue(),
                    DemoUser.CMS_REVIEWER, "{\"disposition\":\"ACCEPTED\"}").statusCode());
        }
        assertTrue(item(DemoUser.CMS_ADMIN, "CHANGE_REQUEST", id).isEmpty(), "a decided request is nobody's work");
    }

    @Test
    void aReviewersDayTheHomeShowsOverdueWorkTheReviewerTakesItDecidesWithConfirmationAndTheAcoHears() throws Exception {
        long id = submittedChangeRequest();
        // the window is past and CMS's decision date too: the request is overdue
        assertEquals(204, putJson(WINDOW, DemoUser.CMS_ADMIN, "{\"opensOn\":\"" + LocalDate.now().minusDays(40)
                + "\",\"closesOn\":\"" + LocalDate.now().minusDays(10) + "\",\"decideBy\":\"" + LocalDate.now().minusDays(1) + "\"}").statusCode());
        try (Browser browser = new Browser()) {
            browser.reset();
            browser.logIn(DemoUser.CMS_REVIEWER);
            assertEquals("cms/home.xhtml", browser.currentPath());
            assertTrue(Integer.parseInt(browser.text(By.id("count-overdue"))) >= 1, "the overdue item is counted");
            String row = "//tr[contains(., 'Change request " + id + " of A1001')]";
            browser.waitForText(By.xpath(row), "Overdue");
            browser.waitForText(By.xpath(row), DisplayFormat.date(LocalDate.now().minusDays(1)));
            browser.screenshot("cms-reviewer-worklist");
            browser.element(By.xpath(row + "//button[contains(@class, 'take-work')]")).click();
            browser.waitForText(By.id("messages"), "is now yours");
            browser.waitForText(By.xpath(row), "cms.reviewer");

            browser.element(By.id("menu-change-requests")).click();
            browser.element(By.xpath("//tr[td[1][normalize-space(.)='" + id + "']]//button[contains(@class, 'open-request')]")).click();
            browser.waitForText(By.id("request-title"), "Change request " + id);
            browser.element(By.cssSelector(".reason"));
            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("document.querySelector('.reason select').value = 'INCOMPLETE'");
            browser.element(By.cssSelector(".reason-note")).sendKeys("The TIN is not enrolled in PECOS");
            browser.element(By.cssSelector(".deny-row")).click();
            browser.waitForText(By.cssSelector(".ui-confirm-dialog"), "The ACO is told the reason");
            browser.element(By.id("request:confirm-yes")).click();
            browser.waitForText(By.id("request-status"), "Decided");
            browser.logOut();

            jakarta.mail.Message mail = Mailbox.await("ana.diaz@palmbeach-aco.example.org", "CMS decided your PY " + PY + " change request",
                    Duration.ofSeconds(60));
            assertTrue(mail.getSubject().contains(String.valueOf(PY)));
            browser.logIn(DemoUser.ACO_STAFF);
            browser.element(By.id("inbox-link")).click();
            browser.waitForText(By.id("inbox:notices"), "CMS decided your PY " + PY + " change request");
            browser.screenshot("aco-inbox");
            browser.logOut();
        }
        List<JsonObject> audit = HttpApi.json(getJson("api/audit?max=200&record=change%20request&aco=A1001", DemoUser.CMS_ADMIN).body())
                .asJsonArray().getValuesAs(JsonObject.class);
        assertTrue(audit.stream().anyMatch(e -> e.getString("recordKey").contains("request " + id)
                && e.getJsonArray("changes").toString().contains("\"field\":\"Assigned to\"")), "the taking is audited");
    }
}
