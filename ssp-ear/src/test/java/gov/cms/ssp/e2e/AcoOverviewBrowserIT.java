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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * A CMS reviewer opens one ACO whole from the program table and leaves a note for colleagues; an
 * analyst filters the financial inputs by an ACO's name, exports them, and imports a file with an
 * implausible row only after confirming it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AcoOverviewBrowserIT extends BrowserJourney {
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
    void aReviewerOpensTheAco360FromTheProgramTableAndAddsAnInternalNote() {
        browser.logIn(DemoUser.CMS_REVIEWER);
        assertEquals("cms/home.xhtml", browser.currentPath());
        browser.element(By.xpath("//a[contains(@class, 'aco-name-link') and contains(@href, 'id=A1001')]")).click();
        browser.waitForText(By.id("aco-360-id"), "A1001");
        String page = browser.text(By.tagName("main"));
        for (String section : List.of("Agreements and levels by performance year", "Applications", "Lists in PY", "Certifications",
                "Settlements", "Contacts", "Internal notes", "Notifications sent to the ACO")) {
            assertTrue(page.contains(section), "the ACO 360 shows " + section);
        }
        assertTrue(browser.driver().findElements(By.id("audit")).isEmpty(), "the audit section is the administrators'");
        browser.screenshot("cms-aco-360");

        String note = "Asked Ana Diaz for the signed repayment letter " + UUID.randomUUID().toString().substring(0, 8);
        WebElement text = browser.element(By.id("noteForm:noteText"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", text);
        text.sendKeys(note);
        browser.element(By.id("noteForm:addNote")).click();
        browser.waitForText(By.id("messages"), "Only CMS staff see it");
        browser.waitForText(By.id("noteList"), note);
        assertTrue(browser.text(By.id("noteList")).contains("cms.reviewer"), "signed by its author");
        browser.screenshot("cms-aco-360-notes");
        browser.logOut();

        browser.logIn(DemoUser.ACO_EXECUTIVE);
        assertFalse(browser.driver().getPageSource().contains(note), "the ACO's own home never shows CMS's notes");
        browser.open("cms/aco.xhtml?id=A1001");
        assertFalse(browser.driver().getPageSource().contains(note), "nor does the CMS page, which refuses ACO users");
        browser.open("aco/home.xhtml");
        browser.logOut();
    }

    @Test
    void anAnalystFiltersInputsByNameExportsThemAndConfirmsAnImplausibleRow() throws IOException {
        browser.logIn(DemoUser.CMS_ANALYST);
        browser.element(By.id("menu-financial-inputs")).click();
        browser.waitForText(By.id("inputs:table"), "A1026");
        WebElement filter = browser.element(By.cssSelector("#inputs\\:table th .ui-column-filter"));
        filter.sendKeys("palm beach");
        browser.waitUntilTextLacks(By.id("inputs:table"), "A1026");
        assertTrue(browser.text(By.id("inputs:table")).contains("A1001"), "the ACO filter matches names");

        Path downloads = Files.createTempDirectory("ssp-downloads-");
        ((ChromiumDriver) browser.driver()).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        browser.element(By.id("inputs:export-csv")).click();
        Path csv = awaitFile(downloads, ".csv");
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals("\uFEFFACO ID,Performance year,Track / level,Assigned beneficiaries,Total benchmark,Total expenditures,Quality score,Source",
                lines.get(0));
        assertEquals(2, lines.size(), "only the filtered ACO: " + lines);
        assertTrue(lines.get(1).startsWith("A1001,2023,"), lines.get(1));
        assertTrue(lines.get(1).matches(".*\"\\$\\d{1,3}(,\\d{3})+\".*") && lines.get(1).matches(".*\\d+(\\.\\d+)?%.*"),
                "dollars and a percentage, as on the page: " + lines.get(1));
        browser.element(By.id("inputs:export-xlsx")).click();
        Path xlsx = awaitFile(downloads, ".xlsx");
        byte[] head = Files.readAllBytes(xlsx);
        assertEquals("PK", new String(head, 0, 2, StandardCharsets.US_ASCII), "an Excel workbook is a zip file");
        Files.delete(csv);
        Files.delete(xlsx);
        Files.delete(downloads);

        // PY2024 (a PY no other test imports): a file whose A1026 row says 1,000 beneficiaries and a $100 benchmark
        choose("year:py", "2024");
        browser.waitForText(By.id("inputs"), "Inputs for PY2024");
        List<String> puf = AcoOverviewIT.demoAcosFromBefore2022();
        int row = 0;
        for (int i = 1; i < puf.size(); i++) {
            if (puf.get(i).startsWith("A1026")) {
                row = i;
            }
        }
        puf.set(row, ReconciliationIT.withCell(puf, row, "N_AB", "1000"));
        puf.set(row, ReconciliationIT.withCell(puf, row, "ABtotBnchmk", "100"));
        puf.set(row, ReconciliationIT.withCell(puf, row, "ABtotExp", "95"));
        Path file = Files.createTempFile("py2024-inputs-", ".csv");
        Files.write(file, puf);
        browser.driver().findElement(By.id("upload:file_input")).sendKeys(file.toString());
        browser.waitForText(By.id("messages"), "1 row looks implausible for PY2024");
        assertTrue(browser.text(By.id("upload:flags")).contains("per-capita benchmark of $0.10"), browser.text(By.id("upload:flags")));
        browser.screenshot("cms-financial-inputs-implausible");
        browser.element(By.id("upload:confirmAll")).click();
        browser.waitForText(By.cssSelector(".ui-confirm-dialog"), "recorded in the audit trail");
        browser.element(By.id("upload:confirm-yes")).click();
        browser.waitForText(By.id("messages"), "Imported the financial inputs of 4 ACOs for PY2024");
        Files.delete(file);
        browser.logOut();
    }

    @Test
    void aSupervisorReopensADenialOnTheReviewPageWithAReason() {
        JsonObject app = ApplicationFixture.complete(ApplicationFixture.draftForA1001());
        String path = "api/applications/" + ApplicationFixture.id(app);
        assertEquals(200, HttpApi.post(path + "/submit", DemoUser.ACO_EXECUTIVE, "application/json", new byte[0]).statusCode());
        assertEquals(200, HttpApi.postJson(path + "/deny", DemoUser.CMS_REVIEWER, "{\"reason\":\"No repayment mechanism.\"}").statusCode());

        browser.logIn(DemoUser.CMS_ADMIN);
        browser.open("cms/application.xhtml?id=" + ApplicationFixture.id(app));
        browser.waitForText(By.id("review-status"), "Denied");
        WebElement reason = browser.element(By.id("review:reopenReason"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", reason);
        reason.sendKeys("The letter of credit arrived on time; it was filed under another ACO.");
        browser.element(By.id("review:reopenDecision")).click();
        browser.waitForText(By.cssSelector(".ui-confirm-dialog"), "back to its reviewer's queue");
        browser.screenshot("cms-application-reopen");
        browser.element(By.id("review:confirm-yes")).click();
        browser.waitForText(By.id("review-status"), "Resubmitted");
        browser.waitForText(By.id("messages"), "back in cms.reviewer's queue");
        browser.waitForText(By.id("review:history"), "Reopened the decision: The letter of credit arrived on time");
        browser.logOut();
    }

    private static Path awaitFile(Path dir, String suffix) {
        return new FluentWait<>(dir).withTimeout(Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(200)).until(d -> {
            // Chromium writes into a .crdownload file and renames it when done; the named file can still be
            // empty for a moment after it appears, so a download counts only when complete and non-empty
            try (Stream<Path> files = Files.list(d)) {
                List<Path> all = files.toList();
                if (all.stream().anyMatch(f -> f.getFileName().toString().endsWith(".crdownload"))) {
                    return null;
                }
                return all.stream().filter(f -> f.getFileName().toString().endsWith(suffix))
                        .filter(f -> f.toFile().length() > 0).findFirst().orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Picks a value in a PrimeFaces select menu as a user would, firing its change event (and Ajax). */
    private static void choose(String menuId, String value) {
        browser.element(By.id(menuId));
        ((JavascriptExecutor) browser.driver())
                .executeScript("var menu = PrimeFaces.getWidgetById(arguments[0]); menu.selectValue(arguments[1]); menu.triggerChange();",
                        menuId, value);
    }
}
