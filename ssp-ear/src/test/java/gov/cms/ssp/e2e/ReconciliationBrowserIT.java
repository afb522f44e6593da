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
        browser.waitForText(Browser.fieldMessage("estimate:beneficiaries"), "Assigned beneficiaries is required");

        type("estimate:beneficiaries_input", "78364");
        type("estimate:benchmark_input", "1098668352");
        type("estimate:expenditures_input", "998768668");
        type("estimate:qualityScore_input", "89.91");
        browser.element(By.id("estimate:run")).click();
        browser.waitForText(By.id("results"), "Enhanced");
        String table = browser.text(By.id("comparison"));
        for (String level : new String[] {"Basic Level A", "Basic Level B", "Basic Level C", "Basic Level D", "Basic Level E"}) {
            assertTrue(table.contains(level), level + " in " + table);
        }
        assertTrue(table.contains("Shared savings"), table);

        browser.element(By.xpath("//div[contains(@class,'ui-accordion-header')][contains(.,'Enhanced')]")).click();
        browser.waitForText(By.id("explanations"), "Minimum savings rate (MSR)");
        assertFalse(browser.text(By.id("explanations")).contains("savingsRate"), "plain English, no rule identifiers");
        browser.screenshot("aco-what-if-estimator");
        scrollToTop(By.xpath("//div[contains(@class,'ui-accordion-header')][contains(.,'Enhanced')]"));
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

    @Test
    void aRunWithAnUndeterminableAcoCompletesAndWaitsForTheAnalystsDecisionThenExportsInCmsLayout() throws IOException {
        // PY2020's inputs, set up through the API: Palm Beach with 3,000 beneficiaries and no MSR set by CMS, Atlantic
        // ordinary (a year before the demo's PY2023, so that the ACO's newest settlement stays the one other tests read)
        assertEquals(200, ReconciliationRunDecisionsIT.enter(2020, "A1001", 3_000, "40000000", "37000000", "").statusCode());
        assertEquals(200, ReconciliationRunDecisionsIT.enter(2020, "A1026", 40_000, "500000000", "480000000", "").statusCode());

        browser.logIn(DemoUser.CMS_ANALYST);
        browser.element(By.id("menu-reconciliation")).click();
        browser.waitForText(By.id("page-title"), "Reconciliation");
        choose("start:py", "2020");
        browser.waitForText(By.id("start"), "2 ACOs with financial inputs");
        if (!browser.driver().findElements(By.id("start:reason")).isEmpty()) {
            browser.element(By.id("start:reason")).sendKeys("Browser test of a run that sets an ACO aside");
        }
        browser.element(By.id("start:startRun")).click();
        browser.waitForText(By.id("messages"), "Started reconciliation run");
        // the run completes although one ACO cannot be determined, and says so
        browser.waitForText(By.id("need-attention"), "1 ACO needs attention");
        assertTrue(browser.text(By.id("progress-text")).startsWith("1 of 2 ACOs reconciled, 1 set aside"), browser.text(By.id("progress-text")));
        String why = browser.text(By.id("runForm:setAsideTable"));
        assertTrue(why.contains("A1001") && why.contains("fewer than 5,000, so CMS sets its minimum savings rate"), why);
        assertTrue(why.contains("Needs attention"), why);
        assertFalse(why.matches("(?s).*\\b[a-z]+[A-Z][a-zA-Z]*\\b.*"), "no code identifiers: " + why);
        browser.screenshot("cms-reconciliation-needs-attention");

        browser.element(By.cssSelector("[id='runForm:setAsideTable'] button.decide")).click();
        browser.waitForText(By.id("runForm:decision"), "Minimum savings rate set by CMS (%)");
        browser.element(By.id("runForm:withhold")).click();
        browser.element(By.id("confirm:yes")).click();
        browser.waitForText(By.id("runForm:decision"), "Give the reason for withholding A1001 from the run.");
        type("runForm:cmsMsr_input", "3.9");
        scrollToTop(By.id("runForm:setAside"));
        browser.screenshot("cms-reconciliation-decision");
        browser.element(By.id("runForm:enterFigures")).click();
        browser.waitForText(By.id("messages"), "A1001 was recomputed with Minimum savings rate set by CMS: 3.9%");
        browser.waitForText(By.id("runForm:setAsideTable"), "Recomputed with the figure entered");
        browser.waitForText(By.id("progress-text"), "2 of 2 ACOs reconciled");
        assertTrue(browser.driver().findElements(By.id("need-attention")).isEmpty(), "nothing waits any more");
        browser.logOut();

        browser.logIn(DemoUser.CMS_LEAD);
        browser.element(By.id("menu-reconciliation")).click();
        choose("start:py", "2020");
        browser.waitForText(By.id("runForm:setAsideTable"), "Recomputed with the figure entered");
        browser.element(By.id("runForm:approve")).click();
        browser.element(By.id("confirm:yes")).click();
        browser.waitForText(By.id("run-status"), "Approved");
        browser.element(By.id("runForm:release")).click();
        browser.element(By.id("confirm:yes")).click();
        browser.waitForText(By.id("run-status"), "Released");
        browser.waitForText(By.id("export-note"), "the columns follow CMS's PY2018 file");

        Path downloads = Files.createTempDirectory("ssp-downloads-");
        ((ChromiumDriver) browser.driver()).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        browser.element(By.id("runForm:export")).click();
        Path csv = new FluentWait<>(downloads).withTimeout(Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(200))
                .until(dir -> {
                    try (Stream<Path> files = Files.list(dir)) {
                        return files.filter(f -> f.getFileName().toString().endsWith(".csv")).findFirst().orElse(null);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        assertTrue(csv.getFileName().toString().startsWith("PY2020_ACO_results_revision"), csv.toString());
        String export = Files.readString(csv);
        assertTrue(export.startsWith("ACO_ID,ACO_Name,Agreement_Period_Num,Current_Start_Date,Current_Track_1,"), export);
        assertTrue(export.contains("\nA1001,") && export.contains("\nA1026,"), export);
        scrollToTop(By.id("run-status"));
        browser.screenshot("cms-reconciliation-export");
        Files.delete(csv);
        Files.delete(downloads);
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
