package gov.cms.ssp.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * What a new ACO user meets (issue 15): the receipt after submitting, the step bar and resuming
 * where the form is incomplete, governance prefilled from the contacts on file, RFI answers with
 * documents that CMS sees, the notice of intent's status on both sides, the home page as a to-do
 * list with a renewal shown as a renewal, and certification parts that read "Complete" only when
 * their record is. Screenshots go to docs/screenshots for the user guide.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AcoJourneyBrowserIT extends BrowserJourney {
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/yyyy");

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
    void submittingGivesAReceiptWithReferenceDateTimeAndAPdfCopyKeptWithTheApplication() {
        JsonObject app = ApplicationFixture.complete(ApplicationFixture.draftForA1001());
        long id = ApplicationFixture.id(app);
        int year = app.getInt("cycleYear");
        browser.logIn(DemoUser.ACO_EXECUTIVE);
        browser.open("aco/application.xhtml?id=" + id);
        // nothing is missing: the application reopens on its last step
        browser.waitForText(By.id("app:step-review"), "Every section is complete.");
        browser.element(By.id("app:submit")).click();
        browser.element(By.id("app:confirm-yes")).click();

        browser.waitForText(By.id("page-title"), "Application receipt");
        String reference = "SSP-" + year + "-A1001-" + id + "-1";
        assertEquals(reference, browser.text(By.id("receipt-reference")));
        String today = LocalDate.now(ZoneId.of("America/New_York")).format(US);
        assertEquals(today, browser.text(By.id("receipt-date")));
        assertTrue(browser.text(By.id("receipt-time")).matches("\\d{1,2}:\\d{2}:\\d{2} [AP]M E[SD]T"),
                "the time with its zone: " + browser.text(By.id("receipt-time")));
        assertEquals("aco.executive", browser.text(By.id("receipt-by")));
        String copy = browser.text(By.id("copy"));
        assertTrue(copy.contains("Palm Beach Accountable Care Organization") && copy.contains("First Bank")
                && copy.contains("plan.pdf"), copy);
        browser.screenshot("application-receipt");

        HttpResponse<String> pdf = HttpApi.get("api/applications/" + id + "/receipts/1", DemoUser.ACO_STAFF, "application/pdf");
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.body().startsWith("%PDF-"), "a PDF");
        assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment; filename=\"receipt-" + reference),
                "served as a download");
        HttpResponse<String> other = HttpApi.get("api/applications/" + id + "/receipts/1", DemoUser.ATLANTIC_STAFF, "application/pdf");
        HttpResponse<String> missing = HttpApi.get("api/applications/" + (id + 1_000_000) + "/receipts/1", DemoUser.ATLANTIC_STAFF,
                "application/pdf");
        assertEquals(404, other.statusCode(), "another ACO's receipt is answered like a missing application");
        assertEquals(missing.statusCode(), other.statusCode());

        // later, from the application
        browser.element(By.id("back-to-application")).click();
        browser.waitForText(By.id("app-status"), "Submitted");
        browser.waitForText(By.id("receipts"), reference);
        browser.logOut();

        browser.logIn(DemoUser.CMS_REVIEWER);
        browser.open("cms/application.xhtml?id=" + id);
        browser.waitForText(By.id("review-receipts"), reference);
        browser.logOut();
    }

    @Test
    void theStepBarOpensAnyStepTheFormResumesWhereItIsIncompleteAndGovernanceComesFromTheContacts() {
        JsonObject app = ApplicationFixture.draftForA1001();
        long id = ApplicationFixture.id(app);
        browser.logIn(DemoUser.ACO_STAFF);
        browser.open("aco/application.xhtml?id=" + id);
        // the legal entity came complete from the notice: the form opens on the first step with something missing
        browser.element(By.id("app:step-track"));
        assertTrue(browser.text(By.id("app-notice")).startsWith("Received "), "the application names its notice of intent");
        browser.element(By.cssSelector(".step-link-2")).click(); // forward, straight to governance
        browser.element(By.id("app:step-governance"));
        // the names on file now (other tests edit the demo contacts)
        assertEquals(contactOnFile("COMPLIANCE_OFFICIAL"), browser.element(By.id("app:complianceOfficial")).getAttribute("value"));
        assertEquals(contactOnFile("MEDICAL_DIRECTOR"), browser.element(By.id("app:medicalDirector")).getAttribute("value"));
        assertTrue(browser.text(By.id("governance-prefilled")).contains("contacts on file"));
        browser.screenshot("application-step-bar");
        WebElement body = browser.element(By.id("app:governingBody"));
        body.clear();
        body.sendKeys("Ana Diaz\nSam Ortiz");
        browser.element(By.cssSelector(".step-link-0")).click(); // back to the first step: governance is saved on the way
        browser.waitForText(By.id("messages"), "Saved \"3. Governance\" as a draft.");
        browser.element(By.id("app:legalName"));
        browser.element(By.cssSelector(".step-link-7")).click();
        browser.element(By.id("app:step-review"));
        assertFalse(browser.text(By.id("app:problems")).contains("3. Governance"), "governance is complete now");
        browser.logOut();

        // reopened, it resumes at the first step still incomplete (the track)
        browser.logIn(DemoUser.ACO_STAFF);
        browser.open("aco/application.xhtml?id=" + id);
        browser.element(By.id("app:step-track"));
        browser.logOut();
    }

    @Test
    void rfiAnswersCarryDocumentsThatTheReviewerSees() throws IOException {
        JsonObject app = ApplicationFixture.complete(ApplicationFixture.draftForA1001());
        long id = ApplicationFixture.id(app);
        String path = "api/applications/" + id;
        HttpResponse<String> submitted = HttpApi.post(path + "/submit?version=" + ApplicationFixture.version(app),
                DemoUser.ACO_EXECUTIVE, "application/json", new byte[0]);
        assertEquals(200, submitted.statusCode(), submitted.body());
        HttpResponse<String> noted = HttpApi.postJson(path + "/deficiencies?version=" + ApplicationFixture.version(HttpApi.object(submitted)),
                DemoUser.CMS_REVIEWER, "{\"section\":\"GOVERNANCE\",\"description\":\"Send the governing body's signed charter.\"}");
        assertEquals(200, noted.statusCode(), noted.body());
        HttpResponse<String> rfi = HttpApi.post(path + "/rfi?version=" + ApplicationFixture.version(HttpApi.object(noted)),
                DemoUser.CMS_REVIEWER, "application/json", new byte[0]);
        assertEquals(200, rfi.statusCode(), rfi.body());

        browser.logIn(DemoUser.ACO_STAFF);
        browser.open("aco/application.xhtml?id=" + id);
        browser.waitForText(By.id("rfi-callout"), "Send the governing body's signed charter.");
        Path pdf = Files.createTempFile("signed-charter", ".pdf");
        try {
            Files.write(pdf, ApplicationFixture.PDF);
            browser.driver().findElement(By.id("rfiFiles:attachment_input")).sendKeys(pdf.toString());
            browser.waitForText(By.id("rfi-callout"), pdf.getFileName().toString());
        } finally {
            Files.deleteIfExists(pdf);
        }
        browser.waitForText(By.id("messages"), "Attached '" + pdf.getFileName() + "' to your answer.");
        browser.screenshot("application-rfi-attachment");
        browser.logOut();

        browser.logIn(DemoUser.CMS_REVIEWER);
        browser.open("cms/application.xhtml?id=" + id);
        browser.waitForText(By.id("review:deficiencies"), pdf.getFileName().toString());
        String href = browser.element(By.cssSelector("#review\\:deficiencies .rfi-attachment")).getAttribute("href");
        HttpResponse<String> download = HttpApi.get(href.substring(href.indexOf("api/")), DemoUser.CMS_REVIEWER, "application/pdf");
        assertEquals(200, download.statusCode());
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"), "a download");
        browser.logOut();
    }

    @Test
    void theNoticeOfIntentHasItsStatusForTheAcoAndCmsListsACyclesNotices() {
        int year = ApplicationFixture.openCycle();
        assertEquals(200, ApplicationFixture.fileNotice(year, "A1001", DemoUser.ACO_STAFF).statusCode());
        browser.logIn(DemoUser.ACO_STAFF);
        browser.element(By.id("menu-aco-applications")).click();
        browser.waitForText(By.cssSelector(".notice-status-" + year), "Received ");
        assertTrue(browser.text(By.cssSelector(".notice-status-" + year)).endsWith("from aco.staff"));
        browser.logOut();

        browser.logIn(DemoUser.CMS_REVIEWER);
        browser.element(By.id("menu-cms-applications")).click();
        browser.waitForText(By.id("page-title"), "Application review queue");
        browser.element(By.id("notices:noticeTable"));
        browser.open("cms/applications.xhtml?cycle=" + year); // the cycle's notices, linkable
        browser.waitForText(By.id("notices:noticeCount"), "1 notice filed for this cycle.");
        String notices = browser.text(By.id("notices:noticeTable"));
        assertTrue(notices.contains("A1001") && notices.contains("Application not started"), notices);
        browser.screenshot("cms-notices-of-intent");
        browser.logOut();
        HttpResponse<String> api = HttpApi.getJson("api/application-cycles/" + year + "/notices", DemoUser.CMS_REVIEWER);
        assertEquals(200, api.statusCode());
        assertEquals(403, HttpApi.getJson("api/application-cycles/" + year + "/notices", DemoUser.ACO_STAFF).statusCode(),
                "an ACO sees only its own notice");
    }

    @Test
    void theHomePageIsTheAcosToDoListByDeadlineAndARenewalReadsAsARenewal() {
        int start = ApplicationFixture.approvedBasicAgreementWithWindowOpen(); // a new agreement from January 1 of start
        browser.logIn(DemoUser.ACO_EXECUTIVE);
        browser.open("aco/home.xhtml");
        String todo = browser.text(By.id("tasks"));
        assertTrue(todo.contains("Certify and sign your PY2027 package"), todo);
        assertTrue(todo.contains("CMS extended the deadline"), "the demo extension of A1001: " + todo);
        assertTrue(todo.contains("Request changes to your lists for PY" + (start + 1)), todo);
        List<LocalDate> dues = browser.driver().findElements(By.cssSelector("[id='tasks'] tbody tr td:first-child")).stream()
                .map(td -> td.getText().strip()).filter(t -> t.matches("(?s)\\d{2}/\\d{2}/\\d{4}.*"))
                .map(t -> LocalDate.parse(t.substring(0, 10), US)).toList();
        assertTrue(dues.size() >= 2, todo);
        for (int i = 1; i < dues.size(); i++) {
            assertFalse(dues.get(i).isBefore(dues.get(i - 1)), "sorted by deadline: " + dues);
        }
        String agreements = browser.text(By.id("aco"));
        assertTrue(agreements.contains("In force"), agreements);
        assertTrue(agreements.contains("Renewal approved: starts 01/01/" + start), agreements);
        assertTrue(agreements.contains("agreement stays in force until then"), agreements);
        browser.logOut();

        // the user guide's picture: another ACO's list (A1001's carries every test's applications)
        browser.logIn(DemoUser.ATLANTIC_STAFF);
        browser.open("aco/home.xhtml");
        browser.waitForText(By.id("todo-summary"), "by deadline");
        browser.screenshot("aco-home-todo");
        browser.logOut();
    }

    private static String contactOnFile(String role) {
        return HttpApi.object(HttpApi.getJson("api/aco-profiles/A1001", DemoUser.ACO_STAFF)).getJsonArray("contacts")
                .getValuesAs(JsonObject.class).stream().filter(c -> c.getString("role").equals(role)).findFirst().orElseThrow()
                .getString("name");
    }

    @Test
    void aCertificationPartReadsCompleteOnlyWhenItsRecordIs() {
        browser.logIn(DemoUser.ACO_STAFF);
        browser.open("aco/certification.xhtml?py=2027");
        browser.element(By.cssSelector(".cert-items"));
        for (WebElement row : browser.driver().findElements(By.cssSelector(".cert-items tbody tr"))) {
            String text = row.getText();
            if (text.startsWith("Compliance and data certification")) {
                boolean noPlan = browser.driver().getPageSource().contains("No compliance plan uploaded yet.");
                assertEquals(noPlan, text.contains("Needs attention"), "the compliance part and the plan list agree: " + text);
            }
            if (text.startsWith("Repayment mechanism") && text.contains("Complete")) {
                assertTrue(text.contains("issued by "), "a complete mechanism names its issuer: " + text);
            }
            assertFalse(text.contains("(s)"), text);
        }
        browser.logOut();
    }
}
