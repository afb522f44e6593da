package gov.cms.ssp.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The application cycle in a real browser, each role on its own pages: staff file the notice and
 * draft the application step by step, the executive submits, the reviewer sends an RFI, staff
 * answer, the executive resubmits, the reviewer approves, and the agreement and the public
 * directory entry appear. Screenshots of each step go to docs/screenshots for the user guide.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApplicationCycleBrowserIT extends BrowserJourney {
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
    void theWholeCycleFromNoticeToAgreementAndDirectory() throws IOException {
        int year = ApplicationFixture.openCycle();

        // ACO staff: notice of intent, then the application step by step
        browser.logIn(DemoUser.ACO_STAFF);
        browser.element(By.id("menu-aco-applications")).click();
        browser.waitForText(By.id("page-title"), "Applications");
        browser.element(By.cssSelector(".notice-" + year)).click();
        type(By.id("notice:address"), "1 Clematis St, West Palm Beach, FL 33401");
        browser.screenshot("application-notice");
        browser.element(By.id("notice:submitNotice")).click();
        browser.waitForText(By.id("messages"), "Filed the Notice of Intent to Apply of A1001 for " + year);
        browser.element(By.cssSelector(".start-" + year)).click();
        browser.waitForText(By.id("app-status"), "Draft");
        // the legal entity came complete from the notice, so the form opens on step 2; the step bar goes back
        browser.element(By.id("app:step-track"));
        browser.element(By.cssSelector(".step-link-0")).click();
        assertEquals("Palm Beach Accountable Care Organization", browser.element(By.id("app:legalName")).getAttribute("value"),
                "the legal entity comes from the notice");
        next("1. Legal entity");

        browser.element(By.cssSelector("label[for='app:track:5']")).click(); // ENHANCED
        browser.waitForText(By.id("glide-path"), "PY" + year + " Enhanced");
        chooseFromMenu("app:msrMlr", "ONE_PERCENT");
        browser.element(By.cssSelector("label[for='app:assignment:0']")).click();
        browser.screenshot("application-step-track");
        next("2. Track, level and choices");

        type(By.id("app:governingBody"), "Ana Diaz\nSam Ortiz\nBeneficiary representative: J. Smith");
        type(By.id("app:complianceOfficial"), "Lee Park");
        type(By.id("app:medicalDirector"), "Maya Shah");
        next("3. Governance");

        Path pdf = Files.createTempFile("compliance-plan", ".pdf");
        try {
            Files.write(pdf, ApplicationFixture.PDF);
            browser.driver().findElement(By.id("docs:upload_input")).sendKeys(pdf.toString());
            browser.waitForText(By.id("docs:documents"), pdf.getFileName().toString());
        } finally {
            Files.deleteIfExists(pdf);
        }
        browser.screenshot("application-step-documents");
        browser.element(By.cssSelector("[id='docs:step-documents'] .step-next")).click();
        browser.waitForText(By.id("page-title"), "Application");
        browser.element(By.id("app:step-repayment"));

        type(By.id("app:expenditures_input"), "200000000");
        type(By.id("app:revenue_input"), "50000000");
        browser.element(By.id("app:issuer")).click(); // leaves the revenue field: the minimum is computed
        browser.waitForText(By.id("app:required"), "$500,000");
        chooseFromMenu("app:repaymentType", "LETTER_OF_CREDIT");
        type(By.id("app:issuer"), "First Bank of Palm Beach");
        type(By.id("app:amount_input"), "500000");
        browser.screenshot("application-step-repayment");
        next("5. Repayment mechanism");

        browser.element(By.cssSelector("label[for='app:eft:2']")).click();
        next("6. EFT authorization");
        // the attestations bind the ACO: staff see them, only the executive can tick them
        browser.waitForText(By.id("app:attest-executive-only"), "your ACO executive makes them");
        assertTrue(browser.element(By.cssSelector("[id='app:attestAccurate'] .ui-chkbox-box")).getAttribute("class").contains("ui-state-disabled"),
                "staff cannot tick a binding attestation");
        browser.element(By.cssSelector("[id='app'] .step-next")).click();
        browser.waitForText(By.id("app:problems"), "Attestations");
        assertTrue(browser.text(By.id("app:step-review")).contains("Only your ACO executive can submit"));
        assertTrue(browser.driver().findElements(By.id("app:submit")).isEmpty(), "staff get no submit button");
        browser.screenshot("application-review-staff");
        long id = applicationId(year);
        browser.logOut();

        // the ACO executive attests, and submits once nothing is missing
        browser.logIn(DemoUser.ACO_EXECUTIVE);
        openApplication(id);
        assertFalse(browser.element(By.id("app:submit")).isEnabled(), "no submission while a problem is listed");
        browser.element(By.cssSelector("[id='app'] .step-back")).click();
        browser.element(By.cssSelector("[id='app:attestAccurate'] .ui-chkbox-box")).click();
        browser.element(By.cssSelector("[id='app:attestCompliance'] .ui-chkbox-box")).click();
        next("7. Attestations");
        browser.waitForText(By.id("app:step-review"), "Every section is complete.");
        submitAndConfirm();
        browser.waitForText(By.id("page-title"), "Application receipt");
        browser.element(By.id("back-to-application")).click();
        browser.waitForText(By.id("app-status"), "Submitted");
        browser.screenshot("application-submitted");
        browser.logOut();

        // the CMS reviewer finds it in the queue and sends an RFI
        browser.logIn(DemoUser.CMS_REVIEWER);
        browser.element(By.id("menu-cms-applications")).click();
        browser.waitForText(By.id("page-title"), "Application review queue");
        browser.screenshot("cms-application-queue");
        browser.element(By.cssSelector(".review-A1001-" + year)).click();
        browser.waitForText(By.id("review-status"), "Submitted");
        chooseFromMenu("review:defSection", "GOVERNANCE");
        type(By.id("review:defText"), "Give the medical director's full name and credentials.");
        browser.element(By.id("review:addDeficiency")).click();
        browser.waitForText(By.id("messages"), "Recorded the deficiency");
        browser.element(By.id("review:issueRfi")).click();
        browser.waitForText(By.cssSelector(".ui-confirm-dialog"), "the request cannot be withdrawn");
        browser.element(By.id("review:confirm-yes")).click();
        browser.waitForText(By.id("review-status"), "Request for information");
        browser.screenshot("cms-application-rfi");
        browser.logOut();

        // ACO staff answer beside the section and correct the field
        browser.logIn(DemoUser.ACO_STAFF);
        browser.open("aco/application.xhtml?id=" + id);
        browser.waitForText(By.id("rfi-callout"), "Give the medical director's full name");
        browser.element(By.id("app:step-governance")); // it resumes where something is missing: the unanswered deficiency
        browser.element(By.cssSelector(".step-link-0")).click();
        assertTrue(browser.text(By.id("legal-locked")).contains("locked after the first request for information"));
        assertEquals("true", browser.driver().findElement(By.id("app:legalName")).getAttribute("disabled"));
        browser.element(By.cssSelector(".goto-deficiency")).click();
        browser.element(By.id("app:step-governance"));
        type(By.id("app:medicalDirector"), "Dr. Maya Shah, MD (board-certified internal medicine)");
        type(By.cssSelector("[id='app:step-governance'] .deficiency-response"), "Dr. Maya Shah, MD, board-certified in internal medicine.");
        browser.element(By.cssSelector("[id='app:step-governance'] .save-answer")).click();
        browser.waitForText(By.id("messages"), "Saved your answer.");
        browser.screenshot("application-rfi-answer");
        next("3. Governance");
        browser.logOut();

        // the executive resubmits before the RFI deadline
        browser.logIn(DemoUser.ACO_EXECUTIVE);
        openApplication(id);
        submitAndConfirm();
        browser.waitForText(By.id("receipt-reference"), "-2"); // the resubmission's own receipt
        browser.element(By.id("back-to-application")).click();
        browser.waitForText(By.id("app-status"), "Resubmitted");
        browser.logOut();

        // the reviewer approves: the agreement and the directory entry appear
        browser.logIn(DemoUser.CMS_REVIEWER);
        browser.open("cms/application.xhtml?id=" + id);
        browser.waitForText(By.id("review-status"), "Resubmitted");
        browser.element(By.id("review:approve")).click();
        browser.waitForText(By.cssSelector(".ui-confirm-dialog"), "This creates its participation agreement");
        browser.screenshot("cms-application-approve-confirmation");
        browser.element(By.id("review:confirm-yes")).click();
        browser.waitForText(By.id("review-status"), "Approved");
        browser.waitForText(By.id("review:agreement"), "PY" + year + ": Enhanced");
        assertTrue(browser.text(By.id("review:agreement")).contains("PY" + (year + 4) + ": Enhanced"), "five performance years");
        browser.screenshot("cms-application-approved");
        browser.logOut();

        browser.open("");
        browser.element(By.cssSelector("[id='directory'] thead input.ui-column-filter")).sendKeys("A1001");
        browser.waitUntilTextLacks(By.id("directory"), "A1026"); // filtered to A1001
        // the approved agreement starts in a later year: the directory keeps the one in force until then
        assertFalse(browser.text(By.id("directory")).contains("01/01/" + year), browser.text(By.id("directory")));
        browser.screenshot("directory-after-approval");
    }

    @Test
    void theExecutiveSeesEverythingMissingSectionBySection() {
        JsonObject draft = ApplicationFixture.draftForA1001();
        browser.logIn(DemoUser.ACO_EXECUTIVE);
        openApplication(ApplicationFixture.id(draft));
        // everything missing is listed, and Submit waits until nothing is
        String problems = browser.text(By.id("app:problems"));
        assertFalse(browser.element(By.id("app:submit")).isEnabled(), "no submission while a problem is listed");
        for (String section : new String[] {"2. Track, level and choices", "3. Governance", "4. Documents", "6. EFT authorization",
                "7. Attestations"}) {
            assertTrue(problems.contains(section), section + " in " + problems);
        }
        assertTrue(problems.contains("Upload the compliance plan (PDF)."), problems);
        assertEquals("Draft", browser.text(By.id("app-status")));
        browser.screenshot("application-missing-by-section");
        browser.logOut();
    }

    @Test
    void theAdministratorSchedulesACycleAndDatesOutOfOrderAreRefused() {
        int year = ApplicationFixture.nextYear();
        browser.logIn(DemoUser.CMS_ADMIN);
        browser.element(By.id("menu-cycles")).click();
        browser.waitForText(By.id("page-title"), "Application cycles");
        browser.waitForText(By.id("cycle"), "New cycle"); // the page opens on an empty new cycle
        type(By.id("cycle:year_input"), String.valueOf(year));
        String[] fields = {"noiaOpens", "noiaCloses", "submissionOpens", "submissionCloses", "rfi1", "rfi2", "final"};
        String[] dates = {"05/01/" + (year - 1), "05/31/" + (year - 1), "05/15/" + (year - 1), "06/15/" + (year - 1),
                "06/01/" + (year - 1), "08/31/" + (year - 1), "10/31/" + (year - 1)};
        for (int i = 0; i < fields.length; i++) {
            type(By.id("cycle:" + fields[i] + "_input"), dates[i]);
        }
        browser.element(By.id("cycle:save")).click();
        browser.waitForText(By.id("messages"), "RFI 1 deadline (06/01/" + (year - 1) + ") cannot be before Phase 1 submission closes");
        // select the date and type over it (the date picker keeps its text on clear())
        browser.element(By.id("cycle:rfi1_input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "07/31/" + (year - 1));
        browser.element(By.id("cycle:save")).click();
        browser.waitForText(By.id("messages"), "Saved the " + year + " cycle.");
        browser.waitForText(By.id("cycles:table"), "01/01/" + year);
        browser.screenshot("cms-application-cycles");
        browser.logOut();
    }

    private static void openApplication(long id) {
        browser.open("aco/application.xhtml?id=" + id);
        browser.element(By.id("app-status"));
        browser.click(By.id("jump:review"));
        browser.element(By.id("app:step-review"));
    }

    private static void submitAndConfirm() {
        browser.click(By.id("app:submit"));
        browser.click(By.id("app:confirm-yes"));
    }

    private static long applicationId(int year) {
        return HttpApi.json(HttpApi.getJson("api/applications/mine", DemoUser.ACO_STAFF).body()).asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(a -> a.getInt("cycleYear") == year)
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    /** Saves the current step and waits until the server confirms the draft was saved. */
    private static void next(String sectionLabel) {
        browser.element(By.cssSelector("[id='app'] .step-next")).click();
        browser.waitForText(By.id("messages"), "Saved \"" + sectionLabel + "\" as a draft.");
    }

    private static void type(By by, String text) {
        WebElement field = browser.element(by);
        field.clear();
        field.sendKeys(text);
    }

    /** Chooses in a PrimeFaces select menu through its widget (clicking its animated panel races). */
    private static void chooseFromMenu(String id, String value) {
        browser.element(By.id(id));
        ((JavascriptExecutor) browser.driver()).executeScript(
                "PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", id, value);
        browser.waitForText(By.id(id + "_label"), browser.driver().findElement(
                By.cssSelector("[id='" + id + "_input'] option[value='" + value + "']")).getAttribute("textContent"));
    }
}
