package gov.cms.ssp.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * What a supervisor, an analyst and an ACO see: an approval reopened after a confirmation that says
 * its agreement is withdrawn; the audit trail found by an ACO's name and exported; the ACO's own
 * tables exported as CSV and Excel; hand-entered figures that look implausible held beside their
 * fields until confirmed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SupervisorAndExportsBrowserIT extends BrowserJourney {
    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SspDeployment.ear();
    }

    @Test
    void aSupervisorReopensAnApprovalAfterAConfirmationAndTheAcoExportsItsApplicationsAndInbox() throws IOException {
        JsonObject app = ApplicationFixture.complete(ApplicationFixture.draftForA1001());
        long id = ApplicationFixture.id(app);
        String path = "api/applications/" + id;
        assertEquals(200, HttpApi.post(path + "/submit", DemoUser.ACO_EXECUTIVE, "application/json", new byte[0]).statusCode());
        assertEquals(200, HttpApi.post(path + "/approve", DemoUser.CMS_REVIEWER, "application/json", new byte[0]).statusCode());

        browser.logIn(DemoUser.CMS_ADMIN);
        browser.open("cms/application.xhtml?id=" + id);
        browser.waitForText(By.id("review-status"), "Approved");
        assertTrue(browser.text(By.id("reopen-boundary")).contains("only before its agreement starts"), "the boundary in words");
        WebElement reason = browser.element(By.id("review:reopenReason"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", reason);
        reason.sendKeys("The repayment mechanism names another ACO.");
        browser.element(By.id("review:reopenDecision")).click();
        browser.waitForText(By.cssSelector(".ui-confirm-dialog"), "Its agreement is withdrawn");
        browser.screenshot("cms-application-reopen-approval");
        browser.element(By.id("review:confirm-yes")).click();
        browser.waitForText(By.id("review-status"), "Resubmitted");
        browser.waitForText(By.id("messages"), "Withdrew the agreement the approval had made");
        browser.logOut();

        browser.logIn(DemoUser.ACO_EXECUTIVE);
        Path downloads = downloads();
        browser.open("aco/applications.xhtml");
        browser.element(By.id("mineForm:export-csv")).click();
        Path csv = awaitFile(downloads, "my-applications.csv");
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals("\uFEFFACO,Agreement start,Track / level,Status,Submitted,RFI answer due", lines.get(0));
        int year = java.time.LocalDate.parse(app.getString("agreementStart")).getYear();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("A1001,01/01/" + year + ",") && l.contains("Resubmitted")),
                "the reopened application, dates as on the page: " + lines);
        browser.element(By.id("mineForm:export-xlsx")).click();
        assertZip(awaitFile(downloads, "my-applications.xlsx"));

        browser.open("inbox.xhtml");
        browser.element(By.id("inbox:export-csv")).click();
        Path inbox = awaitFile(downloads, "inbox.csv");
        String notices = Files.readString(inbox, StandardCharsets.UTF_8);
        assertTrue(notices.startsWith("\uFEFFWhen,What,Subject,Notice,Read"), notices);
        assertTrue(notices.contains("CMS reopened the decision on your application"), "the ACO's notice is in its export");
        deleteAll(downloads);
        browser.logOut();
    }

    @Test
    void anAdministratorFindsTheAuditTrailOfAnAcoByItsNameAndExportsIt() throws IOException {
        browser.logIn(DemoUser.CMS_ADMIN);
        browser.open("cms/admin/audit.xhtml");
        browser.element(By.id("audit:aco")).sendKeys("palm beach");
        browser.element(By.id("audit:search")).click();
        // every row shown is Palm Beach's (A1001), found by its name
        List<String> acos = new FluentWait<>(browser.driver()).withTimeout(Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(200))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
                    List<String> shown = d.findElements(By.cssSelector("[id='audit:entries'] td.audit-aco")).stream()
                            .map(WebElement::getText).map(String::strip).toList();
                    return !shown.isEmpty() && shown.stream().allMatch("A1001"::equals) ? shown : null;
                });
        assertFalse(acos.isEmpty());

        Path downloads = downloads();
        browser.element(By.cssSelector("[id='audit:entries'] .export-csv")).click();
        Path csv = awaitFile(downloads, "audit-trail.csv");
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals("\uFEFFWhen,Who,ACO,Record,Key,Change,Fields changed (old → new)", lines.get(0));
        List<String> entries = lines.stream().skip(1).filter(l -> l.matches("^\\d{2}/\\d{2}/\\d{4} .*")).toList();
        assertTrue(!entries.isEmpty() && entries.stream().allMatch(l -> l.contains(",A1001,")),
                "the data, filtered as on the page: " + lines.subList(0, Math.min(5, lines.size())));
        browser.element(By.cssSelector("[id='audit:entries'] .export-xlsx")).click();
        assertZip(awaitFile(downloads, "audit-trail.xlsx"));
        deleteAll(downloads);
        browser.logOut();
    }

    @Test
    void handEnteredFiguresThatLookImplausibleWaitBesideTheirFieldsForTheAnalystsConfirmation() {
        browser.logIn(DemoUser.CMS_ANALYST);
        browser.element(By.id("menu-financial-inputs")).click();
        choose("year:py", "2024");
        browser.waitForText(By.id("inputs"), "Inputs for PY2024");
        browser.element(By.id("manual:panel_toggler")).click();
        choose("manual:aco", "A4678");
        choose("manual:track", "BASIC_A");
        type("manual:beneficiaries_input", "1000");
        type("manual:benchmark_input", "100");
        type("manual:expenditures_input", "90");
        type("manual:qualityScore_input", "80");
        browser.element(By.id("manual:save")).click();
        browser.waitForText(By.id("manual:benchmarkPlausibility"), "per-capita benchmark of $0.10 is outside the plausible range for PY2024");
        assertTrue(browser.text(By.id("manual:expendituresPlausibility")).contains("per-capita expenditures"),
                "each finding beside its own field");
        browser.waitForText(By.id("messages"), "Nothing was saved");
        browser.screenshot("cms-financial-inputs-hand-entry-implausible");
        browser.element(By.id("manual:confirmImplausible")).click();
        browser.waitForText(By.cssSelector(".ui-confirm-dialog"), "your confirmation is recorded in the audit trail");
        browser.element(By.id("manual:confirm-save")).click();
        browser.waitForText(By.id("messages"), "Your confirmation of the implausible figures is recorded in the audit trail");
        assertTrue(browser.driver().findElement(By.id("manual:benchmarkPlausibility")).getText().isBlank(), "nothing waits any more");

        // and back to plausible figures (the ones ReconciliationBrowserIT types for A4678), which are saved at once
        type("manual:beneficiaries_input", "12000");
        type("manual:benchmark_input", "150000000");
        type("manual:expenditures_input", "140000000");
        browser.element(By.id("manual:save")).click();
        // the confirmed save's message also began "Saved the PY2024 inputs of A4678": wait for this save's own answer
        browser.waitUntilTextLacks(By.id("messages"), "Your confirmation of the implausible figures");
        browser.waitForText(By.id("messages"), "Saved the PY2024 inputs of A4678");
        assertTrue(browser.driver().findElements(By.id("manual:confirmImplausible")).isEmpty());
        browser.logOut();
    }

    private static Path downloads() throws IOException {
        Path dir = Files.createTempDirectory("ssp-downloads-");
        ((ChromiumDriver) browser.driver()).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", dir.toString()));
        return dir;
    }

    private static Path awaitFile(Path dir, String name) {
        return new FluentWait<>(dir).withTimeout(Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(200)).until(d -> {
            // Chromium writes into a .crdownload file and renames it when done; the file can be empty for a moment after
            try (Stream<Path> files = Files.list(d)) {
                List<Path> all = files.toList();
                if (all.stream().anyMatch(f -> f.getFileName().toString().endsWith(".crdownload"))) {
                    return null;
                }
                return all.stream().filter(f -> f.getFileName().toString().equals(name) && f.toFile().length() > 0)
                        .findFirst().orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static void assertZip(Path xlsx) throws IOException {
        byte[] bytes = Files.readAllBytes(xlsx);
        assertEquals("PK", new String(bytes, 0, 2, StandardCharsets.US_ASCII), "an Excel workbook is a zip file");
    }

    private static void deleteAll(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(dir);
    }

    private static void type(String id, String value) {
        // as a person replaces a figure: select what the field holds, then type (clear() leaves PrimeFaces'
        // number fields their formatted value, and the typed digits were appended to it)
        WebElement field = browser.element(By.id(id));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        field.sendKeys(Keys.DELETE);
        field.sendKeys(value);
    }

    /** Picks a value in a PrimeFaces select menu as a user would, firing its change event (and Ajax). */
    private static void choose(String menuId, String value) {
        browser.element(By.id(menuId));
        ((JavascriptExecutor) browser.driver())
                .executeScript("var menu = PrimeFaces.getWidgetById(arguments[0]); menu.selectValue(arguments[1]); menu.triggerChange();",
                        menuId, value);
    }
}
