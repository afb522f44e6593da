package gov.cms.ssp.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Quality reporting in a real browser, PY2023: the administrator opens reporting, Palm Beach's staff
 * report by the form (a bad row is named and nothing saved), its executive submits after confirming,
 * the report shows its score explained, and CMS sees the ACO's outcome. (CMS loads no PY2023 survey
 * or claims-based results here, so the score stays undetermined and no reconciliation takes it.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QualityBrowserIT extends BrowserJourney {
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SspDeployment.ear();
    }

    @Test
    void anAcoReportsByTheFormAndItsExecutiveSubmits() {
        LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));
        browser.logIn(DemoUser.CMS_ADMIN);
        browser.element(By.id("menu-quality-reference")).click();
        browser.waitForText(By.id("page-title"), "Quality reference data");
        date("window:opens_input", today.minusDays(5));
        date("window:closes_input", today.plusDays(60));
        browser.element(By.id("window:save-window")).click();
        browser.waitForText(By.id("messages"), "PY2023 quality reporting is open");
        assertTrue(browser.text(By.id("data")).contains("Controlling High Blood Pressure"), "the measure set in use");
        browser.screenshot("cms-quality-reference");
        browser.logOut();

        browser.logIn(DemoUser.ACO_STAFF);
        browser.element(By.id("menu-aco-quality")).click();
        browser.waitForText(By.id("page-title"), "Quality reporting");
        browser.waitForText(By.id("report-window"), "Open");
        browser.element(By.id("quality:add")).click();
        choose(0, "001|ECQM", "001 (eCQM)");
        type("quality:rows:0:met", "1200");
        type("quality:rows:0:denominator", "1000");
        type("quality:rows:0:exclusions", "20");
        type("quality:rows:0:eligible", "1100");
        browser.element(By.id("quality:add")).click();
        choose(1, "236|ECQM", "236 (eCQM)");
        type("quality:rows:1:met", "720");
        type("quality:rows:1:denominator", "1000");
        type("quality:rows:1:exclusions", "0");
        type("quality:rows:1:eligible", "1050");
        browser.element(By.id("quality:save")).click();
        browser.waitForText(By.id("quality:problems"), "is above the performance denominator");
        assertTrue(browser.text(By.id("quality:problems")).contains("Performance met"), "the column in words");
        browser.waitForText(By.id("report-status"), "Not started");
        browser.screenshot("aco-quality-report-problems");

        type("quality:rows:0:met", "120");
        browser.element(By.id("quality:save")).click();
        browser.waitForText(By.id("messages"), "Saved 2 measures");
        browser.waitForText(By.id("report-status"), "Draft, not submitted");
        assertTrue(browser.driver().findElements(By.id("quality:submit")).isEmpty(), "staff do not submit");
        assertTrue(browser.text(By.id("quality")).contains("Incomplete"), "what is missing is named");
        browser.screenshot("aco-quality-report-draft");
        browser.logOut();

        browser.logIn(DemoUser.ACO_EXECUTIVE);
        browser.element(By.id("menu-aco-quality")).click();
        browser.waitForText(By.id("report-status"), "Draft, not submitted");
        browser.element(By.id("quality:submit")).click();
        browser.waitForText(By.cssSelector(".ui-confirm-dialog"), "can no longer be changed");
        browser.element(By.id("quality:confirm-yes")).click();
        browser.waitForText(By.id("report-status"), "Submitted");
        browser.waitForText(By.id("quality-score"), "Every step");
        String score = browser.text(By.id("quality-score"));
        assertTrue(score.contains("Achievement points: Quality ID 001 (eCQM)"), score);
        assertTrue(score.contains("not determined yet"), "CMS's results are not loaded: said, not guessed: " + score);
        assertFalse(score.replace("eCQM", "").matches("(?s).*\\b[a-z]+[A-Z][a-zA-Z]*\\b.*"), "no code identifiers on the page: " + score);
        browser.element(By.cssSelector(".ssp-quality-chart svg"));
        assertTrue(browser.driver().findElements(By.id("quality:save")).isEmpty(), "a submitted report is read-only");
        scrollToTop(By.id("quality-score"));
        browser.screenshot("aco-quality-report-submitted");
        browser.logOut();

        browser.logIn(DemoUser.CMS_REVIEWER);
        browser.element(By.id("menu-cms-quality")).click();
        browser.waitForText(By.id("page-title"), "Quality");
        WebElement filter = browser.element(By.cssSelector("[id='outcomes:table'] thead input.ui-column-filter"));
        filter.sendKeys("A1001");
        browser.waitUntilTextLacks(By.id("outcomes:table"), "Atlantic");
        assertTrue(browser.text(By.id("outcomes:table")).contains("Submitted"), browser.text(By.id("outcomes:table")));
        browser.element(By.xpath("//*[@id='outcomes:table']//button[contains(.,'Show')]")).click();
        browser.waitForText(By.id("report"), "Every step");
        browser.screenshot("cms-quality-outcomes");
        browser.logOut();
    }

    /** Chooses the measure of a form row through the menu's own widget (the overlay's animation makes clicks flaky). */
    private static void choose(int row, String value, String label) {
        String id = "quality:rows:" + row + ":measure";
        browser.element(By.id(id));
        ((JavascriptExecutor) browser.driver()).executeScript(
                "PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", id, value);
        browser.waitForText(By.id(id + "_label"), label);
    }

    private static void date(String id, LocalDate day) {
        browser.element(By.id(id)).sendKeys(Keys.chord(Keys.CONTROL, "a"), day.format(US));
    }

    private static void type(String id, String value) {
        WebElement field = browser.element(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    private static void scrollToTop(By by) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'start'})", browser.element(by));
    }
}
