package gov.cms.ssp.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One message style on every form (issues 14 and 15): invalid input is answered beside the field it
 * is about, once, in words that name the field, and never again in the page's message block; and a
 * prospective applicant with no ACO ID files a Notice of Intent to Apply that CMS sees.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FieldMessagesBrowserIT extends BrowserJourney {

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
    void anInvalidTinInTheApplicationIsNamedOnceBesideItsFieldAndTheStepStays() {
        JsonObject app = ApplicationFixture.draftForA1001();
        browser.logIn(DemoUser.ACO_STAFF);
        browser.open("aco/application.xhtml?id=" + ApplicationFixture.id(app));
        browser.click(By.cssSelector(".step-link-0"));
        type("app:tin", "12345678");
        browser.click(By.cssSelector("#app\\:step-legal .step-next"));

        assertOnceBeside("app:tin", "The ACO TIN must be 9 digits");
        assertTrue(browser.element(By.id("app:step-legal")).isDisplayed(), "the user stays on the step to correct it");
        browser.logOut();
    }

    @Test
    void aListEntryTypedWronglyIsAnsweredBesideItsColumnsFieldAndNothingIsAdded() {
        browser.logIn(DemoUser.ACO_STAFF);
        browser.element(By.id("menu-participants")).click();
        browser.waitForText(By.id("page-title"), "Participant lists");
        String tin = browser.element(By.cssSelector("[id$=':entryTin']")).getAttribute("id");
        String name = browser.element(By.cssSelector("[id$=':entryName']")).getAttribute("id");
        type(tin, "12345678");
        type(name, "Field Message Test Practice LLC");
        browser.click(By.cssSelector("[id$=':addParticipant']"));
        assertOnceBeside(tin, "TIN '12345678' must be exactly 9 digits");
        assertFalse(pageText().contains("TIN: TIN"), "the column named once");
        assertFalse(browser.driver().findElement(By.id("messages")).getText().contains("Added to your draft"), "nothing was added");
        browser.logOut();
    }

    @Test
    void aCmsDateTypedWronglyAndAMissingYearAreEachNamedBesideTheirField() {
        browser.logIn(DemoUser.CMS_ADMIN);
        browser.open("cms/admin/cycles.xhtml");
        browser.click(By.id("cycles:newCycle"));
        type("cycle:noiaOpens_input", "13/45/2027");
        browser.click(By.id("cycle:save"));
        assertOnceBeside("cycle:noiaOpens", "NOIA window opens must be written as MM/DD/YYYY");

        type("cycle:noiaOpens_input", "");
        browser.click(By.id("cycle:save"));
        assertOnceBeside("cycle:year", "Enter the year the agreements of this cycle start.");
        browser.logOut();
    }

    @Test
    void aNewOrganisationsExecutiveFilesANoticeOfIntentWithoutAnAcoIdAndCmsSeesIt() {
        int year = ApplicationFixture.openCycle();
        browser.logIn(DemoUser.NEW_APPLICANT);
        assertTrue(browser.text(By.id("page-title")).contains("My ACO"));
        browser.click(By.id("prospective-notice"));
        browser.waitForText(By.id("page-title"), "Applications");
        browser.click(By.cssSelector(".notice-" + year));
        browser.waitForText(By.id("prospective-note"), "no ACO ID yet");

        // nothing typed: each required field says so beside it
        browser.click(By.id("notice:submitNotice"));
        assertOnceBeside("notice:legalName", "The legal name is required");
        assertOnceBeside("notice:tin", "The ACO TIN is required");
        assertOnceBeside("notice:execEmail", "The ACO executive's e-mail is required");
        browser.screenshot("aco-notice-field-messages");

        type("notice:legalName", "Suncoast Health Partners LLC");
        type("notice:tin", "12-3456");
        type("notice:address", "200 Main St, Sarasota, FL");
        type("notice:execName", "Jordan Lee");
        type("notice:execEmail", "jordan.lee@suncoast-health.example.org");
        type("notice:primaryName", "Jordan Lee");
        type("notice:primaryEmail", "jordan.lee@suncoast-health.example.org");
        browser.click(By.id("notice:submitNotice"));
        assertOnceBeside("notice:tin", "The ACO TIN must be 9 digits");
        assertFalse(pageText().contains("The legal name is required"), "a corrected field's message is gone");

        type("notice:tin", "12-3456789");
        browser.click(By.id("notice:submitNotice"));
        browser.waitForText(By.id("messages"), "reference NOIA-" + year + "-");
        String reference = browser.text(By.cssSelector(".notice-reference-" + year)).replace("Reference", "").strip();
        assertTrue(reference.matches("NOIA-" + year + "-\\d{6}"), reference);
        assertTrue(browser.text(By.cssSelector(".notice-status-" + year)).endsWith("from new.applicant"));
        browser.waitForText(By.cssSelector(".notice-next-" + year), "CMS assigns your ACO ID");
        assertEquals(0, browser.driver().findElements(By.cssSelector(".start-" + year)).size(),
                "no application before CMS assigns the ACO ID");
        browser.screenshot("aco-notice-new-applicant");
        browser.logOut();

        HttpResponse<String> again = HttpApi.postJson("api/application-cycles/" + year + "/notices", DemoUser.NEW_APPLICANT,
                "{\"legalName\":\"Suncoast Health Partners LLC\",\"tin\":\"123456789\",\"address\":\"200 Main St\","
                        + "\"executiveName\":\"Jordan Lee\",\"executiveEmail\":\"jordan.lee@suncoast-health.example.org\","
                        + "\"primaryName\":\"Jordan Lee\",\"primaryEmail\":\"jordan.lee@suncoast-health.example.org\"}");
        assertEquals(400, again.statusCode(), again.body());
        assertTrue(again.body().contains("already filed a Notice of Intent to Apply for " + year), "one per applicant and cycle");
        HttpResponse<String> member = HttpApi.postJson("api/application-cycles/" + year + "/notices", DemoUser.ACO_EXECUTIVE,
                "{\"legalName\":\"Palm Beach\",\"tin\":\"900000101\",\"address\":\"1 Clematis St\",\"executiveName\":\"Ana Diaz\","
                        + "\"executiveEmail\":\"ana.diaz@palmbeach-aco.example.org\",\"primaryName\":\"Sam Ortiz\","
                        + "\"primaryEmail\":\"sam.ortiz@palmbeach-aco.example.org\"}");
        assertEquals(400, member.statusCode(), member.body());
        assertTrue(member.body().contains("file the notice of intent for your ACO"), "an ACO's executive files for the ACO");

        browser.logIn(DemoUser.CMS_REVIEWER);
        browser.open("cms/applications.xhtml?cycle=" + year);
        browser.waitForText(By.id("notices:noticeTable"), reference);
        String notices = browser.text(By.id("notices:noticeTable"));
        assertTrue(notices.contains("No ACO ID yet (new applicant)") && notices.contains("Suncoast Health Partners LLC")
                && notices.contains("Jordan Lee"), notices);
        browser.logOut();
    }

    /** Types into the field, again when an Ajax update replaced it meanwhile. */
    private static void type(String id, String text) {
        browser.element(By.id(id));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement field = d.findElement(By.id(id));
            field.clear();
            field.sendKeys(text);
            return true;
        });
    }

    private static String pageText() {
        return browser.driver().findElement(By.tagName("body")).getText();
    }

    /** The message is in the field's own cell, the page shows it once, and the page's block not at all. */
    private static void assertOnceBeside(String clientId, String message) {
        browser.waitForText(Browser.fieldMessage(clientId), message);
        String page = pageText();
        int first = page.indexOf(message);
        assertTrue(first >= 0 && page.indexOf(message, first + 1) < 0, "'" + message + "' once on the page:\n" + page);
        assertFalse(browser.driver().findElement(By.id("messages")).getText().contains(message),
                "not repeated in the page's messages");
    }
}
