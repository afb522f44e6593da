package gov.cms.ssp.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.FluentWait;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Reconciliation in a real browser: the what-if estimator, the analyst's run, the ACO's report. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReconciliationBrowserIT extends BrowserJourney {
    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SspDeployment.ear();
    }

    @Test
    void acoExecutiveComparesEveryTrackInTheWhatIfEstimator() {
        browser.logIn(DemoUser.ACO_EXECUTIVE);
        browser.element(By.id("menu-aco-estimate")).click();
        browser.waitForText(By.id("page-title"), "What-if estimator");

        browser.element(By.id("estimate:run")).click();
        browser.waitForText(By.id("messages"), "Assigned beneficiaries is required");

        type("estimate:beneficiaries_input", "78364");
        type("estimate:benchmark_input", "1098668352");
        type("estimate:expenditures_input", "998768668");
        type("estimate:qualityScore_input", "89.91");
        browser.element(By.id("estimate:run")).click();
        browser.waitForText(By.id("results"), "ENHANCED");
        String table = browser.text(By.id("comparison"));
        for (String level : new String[] {"BASIC Level A", "BASIC Level B", "BASIC Level C", "BASIC Level D", "BASIC Level E"}) {
            assertTrue(table.contains(level), level + " in " + table);
        }
        assertTrue(table.contains("Shared savings"), table);

        browser.element(By.xpath("//div[contains(@class,'ui-accordion-header')][contains(.,'ENHANCED')]")).click();
        browser.waitForText(By.id("explanations"), "Minimum savings rate (MSR)");
        assertFalse(browser.text(By.id("explanations")).contains("savingsRate"), "plain English, no rule identifiers");
        browser.screenshot("aco-what-if-estimator");
        scrollToTop(By.xpath("//div[contains(@class,'ui-accordion-header')][contains(.,'ENHANCED')]"));
        browser.screenshot("aco-what-if-explanation");
        browser.logOut();
    }

    @Test
    void analystReconcilesTheDemoProgramAndTheExecutiveReadsAndDownloadsTheReport() throws IOException {
        browser.logIn(DemoUser.CMS_ANALYST);
        browser.element(By.id("menu-reconciliation")).click();
        browser.waitForText(By.id("page-title"), "Reconciliation");
        if (!browser.driver().findElements(By.id("start:reason")).isEmpty()) {
            // another test released PY2023 already: this run is a correction, with its reason
            browser.element(By.id("start:reason")).sendKeys("Browser test of a corrected run");
        }
        browser.element(By.id("start:startRun")).click();
        browser.waitForText(By.id("messages"), "Started reconciliation run");
        browser.waitForText(By.id("progress-text"), "ACOs reconciled");
        // the poll follows the batch job until every ACO is reconciled; then the results appear, and for
        // the analyst who started the run the word that another analyst approves it (four eyes)
        browser.waitForText(By.id("runForm:own-run"), "another analyst checks and approves it");
        String progress = browser.text(By.id("progress-text"));
        assertTrue(progress.matches("(?s)(\\d+) of \\1 ACOs reconciled.*"), progress);
        assertTrue(browser.text(By.id("runForm:progress")).contains("100%"), "progress bar at 100%");
        assertTrue(browser.text(By.id("runForm:results")).contains("Palm Beach"), "results table");
        browser.screenshot("cms-reconciliation-run");
        scrollToTop(By.id("runForm:distribution"));
        browser.screenshot("cms-reconciliation-distribution");

        WebElement filter = browser.element(By.cssSelector("[id='runForm:results'] thead input.ui-column-filter"));
        filter.sendKeys("A1001");
        browser.waitUntilTextLacks(By.id("runForm:results"), "Atlantic");
        browser.element(By.cssSelector("[id='runForm:results'] a.result-link")).click();
        browser.waitForText(By.id("page-title"), "A1001");
        browser.waitForText(By.id("settlement"), "Shared savings after sequestration");
        assertTrue(browser.text(By.id("net-amount")).startsWith("$73,426,26"), browser.text(By.id("net-amount")));
        browser.element(By.cssSelector("canvas"));
        browser.screenshot("cms-reconciliation-result");
        scrollToTop(By.id("benchmarkChart"));
        browser.screenshot("cms-reconciliation-result-explained");

        browser.driver().navigate().back();
        browser.waitForText(By.id("runForm:own-run"), "another analyst checks and approves it (four eyes)");
        assertTrue(browser.driver().findElements(By.id("runForm:approve")).isEmpty(), "no approval of one's own run");
        browser.logOut();

        browser.logIn(DemoUser.CMS_LEAD);
        browser.element(By.id("menu-reconciliation")).click();
        browser.element(By.id("runForm:note")).sendKeys("Checked Palm Beach against the PUF");
        browser.element(By.id("runForm:approve")).click();
        browser.waitForText(By.cssSelector(".ui-confirm-dialog"), "You vouch for every ACO's figures");
        browser.element(By.id("confirm:yes")).click();
        browser.waitForText(By.id("run-status"), "Approved");
        browser.waitForText(By.id("decisions"), "Approved by cms.lead");
        browser.element(By.id("runForm:release")).click();
        browser.element(By.id("confirm:yes")).click();
        browser.waitForText(By.id("run-status"), "Released");
        browser.screenshot("cms-reconciliation-released");
        browser.logOut();

        browser.logIn(DemoUser.ACO_EXECUTIVE);
        browser.element(By.id("menu-aco-settlement")).click();
        browser.waitForText(By.id("page-title"), "Settlement reports");
        browser.waitForText(By.id("settlement"), "Palm Beach Accountable Care Organization");
        assertTrue(browser.text(By.id("settlement")).contains("Savings rate"), "explained step by step");
        assertFalse(browser.text(By.id("settlement")).matches("(?s).*\\b[a-z]+[A-Z][a-zA-Z]*\\b.*"), "no code identifiers on the page");
        assertTrue(!browser.text(By.id("settlements:list")).contains("A1026"), "only the executive's own ACO");
        browser.screenshot("aco-settlement-report");

        Path downloads = Files.createTempDirectory("ssp-downloads-");
        ((ChromiumDriver) browser.driver()).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        browser.element(By.id("downloads:pdf")).click();
        Path pdf = new FluentWait<>(downloads).withTimeout(Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(200))
                .until(dir -> {
                    try (Stream<Path> files = Files.list(dir)) {
                        return files.filter(f -> f.getFileName().toString().endsWith(".pdf")).findFirst().orElse(null);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        assertTrue(pdf.getFileName().toString().startsWith("settlement-PY2023-A1001"), pdf.toString());
        byte[] head = Files.readAllBytes(pdf);
        assertEquals("%PDF-", new String(head, 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
        Files.delete(pdf);
        Files.delete(downloads);
        browser.logOut();
    }

    @Test
    void analystSeesEveryProblemOfABadUploadAndTypesInputsInByHand() throws IOException {
        browser.logIn(DemoUser.CMS_ANALYST);
        browser.element(By.id("menu-financial-inputs")).click();
        browser.waitForText(By.id("page-title"), "Financial inputs");
        browser.waitForText(By.id("inputs:table"), "A1001");
        java.util.List<String> lines = new java.util.ArrayList<>(ReconciliationIT.demoPufLines());
        lines.set(1, ReconciliationIT.withCell(lines, 1, "N_AB", "many"));
        lines.set(3, ReconciliationIT.withCell(lines, 3, "Current_Track", "X"));
        Path file = Files.createTempFile("py2023-inputs-", ".csv");
        Files.write(file, lines);
        browser.driver().findElement(By.id("upload:file_input")).sendKeys(file.toString());
        browser.waitForText(By.id("messages"), "nothing was imported");
        String problems = browser.text(By.id("upload:problems"));
        assertTrue(problems.contains("N_AB") && problems.contains("Current_Track"), problems);
        browser.screenshot("cms-financial-inputs-problems");
        Files.delete(file);

        // the same figures typed in by hand, for another year
        choose("year:py", "2024");
        browser.waitForText(By.id("inputs"), "Inputs for PY2024");
        browser.element(By.id("manual:panel_toggler")).click();
        choose("manual:aco", "A4678");
        choose("manual:track", "BASIC_A");
        type("manual:beneficiaries_input", "12000");
        type("manual:benchmark_input", "150000000");
        type("manual:expenditures_input", "140000000");
        type("manual:qualityScore_input", "80");
        browser.screenshot("cms-financial-inputs-by-hand");
        browser.element(By.id("manual:save")).click();
        browser.waitForText(By.id("messages"), "Saved the PY2024 inputs of A4678");
        browser.waitForText(By.id("inputs:table"), "entered by hand by cms.analyst");
        browser.logOut();
    }

    /** Picks a value in a PrimeFaces select menu as a user would, firing its change event (and Ajax). */
    private static void choose(String menuId, String value) {
        browser.element(By.id(menuId));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("var menu = PrimeFaces.getWidgetById(arguments[0]); menu.selectValue(arguments[1]); menu.triggerChange();",
                        menuId, value);
    }

    private static void scrollToTop(By by) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'start'})", browser.element(by));
    }

    private static void type(String id, String value) {
        WebElement field = browser.element(By.id(id));
        field.clear();
        field.sendKeys(value);
    }
}
