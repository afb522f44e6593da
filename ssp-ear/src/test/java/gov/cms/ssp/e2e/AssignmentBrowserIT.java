package gov.cms.ssp.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.cms.ssp.assignment.PartitionedYear;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * Claims to settlement in a real browser: the analyst loads a generated year (the files sent in parts with
 * a progress bar), runs assignment with live progress per step and starts the draft reconciliation in
 * one click; the ACO executive reads and downloads the assignment report.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssignmentBrowserIT extends BrowserJourney {
    /** A1001's agreement starts in 2025: benchmark years 2022–2024, loaded through the API before the journey */
    static final int PY = 2025;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SspDeployment.ear();
    }

    @Test
    void analystGoesFromClaimsToADraftReconciliationAndTheExecutiveDownloadsTheReport() throws IOException {
        for (int by : PipelineFixture.BENCHMARK_YEARS) {
            PipelineFixture.upload(by, false);
        }
        PipelineFixture.loadNationalFigures(List.of(2022, 2023, 2024, PY));

        browser.logIn(DemoUser.CMS_ANALYST);
        browser.element(By.id("menu-assignment")).click();
        browser.waitForText(By.id("page-title"), "Claims to settlement");
        WebElement year = browser.element(By.id("year:dataYear_input"));
        year.sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(PY), Keys.TAB);
        browser.waitForText(By.id("files"), "not loaded");
        Path dir = PipelineFixture.year(PY);
        String paths = Stream.concat(PartitionedYear.BENEFICIARY_FILES.stream(), PartitionedYear.PROGRAM_FILES.stream())
                .map(name -> dir.resolve(name).toAbsolutePath().toString()).collect(Collectors.joining("\n"));
        browser.driver().findElement(By.id("upload-files")).sendKeys(paths);
        new FluentWait<>(browser.driver()).ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class).withTimeout(Duration.ofMinutes(3)).pollingEvery(Duration.ofMillis(250))
                .until(d -> "true".equals(d.findElement(By.id("upload-status")).getAttribute("data-finished")));
        String status = browser.text(By.id("upload-status"));
        assertEquals(8, status.split("Loaded: ", -1).length - 1, status);
        browser.waitForText(By.id("files"), "by cms.analyst");
        browser.screenshot("cms-assignment-load");

        WebElement py = browser.element(By.id("start:py_input"));
        py.sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(PY), Keys.TAB);
        browser.element(By.id("start:startRun")).click();
        browser.waitForText(By.id("messages"), "Started assignment run");
        new FluentWait<>(browser.driver()).ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class).withTimeout(Duration.ofMinutes(5)).pollingEvery(Duration.ofMillis(500))
                .until(d -> d.findElement(By.id("run-status")).getText().contains("Complete"));
        String partitions = browser.text(By.id("t-assign"));
        assertTrue(partitions.matches("(\\d+) of \\1 partitions"), partitions);
        assertTrue(browser.text(By.id("t-inputs")).contains("1 ACO"), browser.text(By.id("t-inputs")));
        assertTrue(browser.text(By.id("runForm:summary")).contains("A1001"));
        browser.screenshot("cms-assignment-run");

        browser.element(By.id("runForm:reconcile")).click();
        browser.waitForText(By.id("page-title"), "Reconciliation");
        browser.waitForText(By.id("messages"), "from the inputs of assignment run");
        browser.waitForText(By.id("progress-text"), "ACOs reconciled");
        new FluentWait<>(browser.driver()).ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class).withTimeout(Duration.ofMinutes(1)).pollingEvery(Duration.ofMillis(250))
                .until(d -> d.findElement(By.id("progress-text")).getText().matches("(?s)(\\d+) of \\1 ACOs reconciled.*"));
        browser.waitForText(By.id("runForm:results"), "Palm Beach");
        browser.screenshot("cms-draft-reconciliation-from-claims");

        browser.element(By.id("menu-cms-home")).click();
        browser.waitForText(By.id("page-title"), "Program overview");
        new FluentWait<>(browser.driver()).ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class).withTimeout(Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(250))
                .until(d -> "true".equals(d.findElement(By.id("county-map")).getAttribute("data-drawn")));
        long counties = browser.driver().findElements(By.cssSelector("#county-map path[data-fips]")).size();
        assertTrue(counties > 3000, "every US county drawn: " + counties);
        String legend = browser.text(By.id("county-map-legend"));
        assertTrue(legend.contains("counties shown") && legend.contains("with 1–10 beneficiaries hatched"), legend);
        List<WebElement> small = browser.driver().findElements(By.cssSelector("#county-map path[data-suppressed]"));
        assertTrue(!small.isEmpty(), "a small generated year has counties of 1 to 10 beneficiaries");
        String smallTitle = small.get(0).findElement(By.tagName("title")).getAttribute("textContent");
        assertTrue(smallTitle.contains("1–10 assigned beneficiaries") && !smallTitle.matches(".*: ([1-9]|10) assigned.*"), smallTitle);
        assertTrue(browser.text(By.id("county-map-unknown")).contains("48"), "the Virgin Islands' made-up codes are named: "
                + browser.text(By.id("county-map-unknown")));
        JsonObject map = HttpApi.object(HttpApi.getJson("api/assignment/county-map", DemoUser.CMS_REVIEWER));
        assertTrue(map.getJsonObject("byCounty").values().stream()
                .allMatch(v -> ((jakarta.json.JsonNumber) v).intValue() >= 11), "the API behind the map never shows 1–10 either");
        browser.screenshot("cms-program-map");

        // the quarterly reports: Q1 over the API, Q2 from the page; each on the 12 months ending with its quarter
        HttpResponse<String> q1 = HttpApi.postJson("api/assignment/runs", DemoUser.CMS_ANALYST,
                "{\"performanceYear\":" + PY + ",\"quarter\":1}");
        assertEquals(200, q1.statusCode(), q1.body());
        assertEquals("COMPLETE", PipelineFixture.awaitEnd(HttpApi.object(q1).getJsonNumber("id").longValue()).getString("status"));
        browser.element(By.id("menu-assignment")).click();
        browser.waitForText(By.id("page-title"), "Claims to settlement");
        WebElement quarterPy = browser.element(By.id("start:py_input"));
        quarterPy.sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(PY), Keys.TAB);
        browser.waitForText(By.id("run-kind"), "Quarter 1 report");
        chooseFromMenu("start:quarter", "2");
        browser.element(By.id("start:startRun")).click();
        browser.waitForText(By.id("messages"), "quarter 2 report");
        new FluentWait<>(browser.driver()).ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class).withTimeout(Duration.ofMinutes(5)).pollingEvery(Duration.ofMillis(500))
                .until(d -> d.findElement(By.id("run-status")).getText().contains("Complete"));
        assertEquals("Quarter 2 report", browser.text(By.id("run-kind")));
        assertTrue(browser.text(By.id("t-inputs")).startsWith("0 ACO"), "never a reconciliation input: " + browser.text(By.id("t-inputs")));
        browser.logOut();

        browser.logIn(DemoUser.ACO_EXECUTIVE);
        browser.element(By.id("menu-aco-assignment")).click();
        browser.waitForText(By.id("page-title"), "Assignment reports");
        WebElement reportYear = browser.element(By.id("choose:py_input"));
        reportYear.sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(PY), Keys.TAB);
        browser.waitForText(By.id("report"), "assigned beneficiaries");
        assertTrue(browser.text(By.id("reportForm:byTin")).contains("Participant TIN"));
        assertTrue(browser.text(By.id("reportForm:beneficiaries")).contains("Step 1"), "the beneficiaries with their step");
        browser.screenshot("aco-assignment-report");

        Path downloads = Files.createTempDirectory("ssp-downloads-");
        ((ChromiumDriver) browser.driver()).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()", browser.element(By.id("reportForm:download-csv")));
        browser.element(By.id("reportForm:download-csv")).click();
        Path csv = new FluentWait<>(downloads).withTimeout(Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(200))
                .until(d -> {
                    try (Stream<Path> files = Files.list(d)) {
                        return files.filter(f -> f.getFileName().toString().endsWith(".csv")).findFirst().orElse(null);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        assertEquals("assigned-beneficiaries-A1001-PY" + PY + ".csv", csv.getFileName().toString());
        List<String> lines = Files.readAllLines(csv);
        assertTrue(lines.get(0).startsWith("Beneficiary (MBI),Assignment step,Participant TIN"), lines.get(0));
        assertTrue(lines.size() > 10, "the assigned beneficiaries");
        Files.delete(csv);

        // the quarter: its beneficiaries, the changes since the previous quarter per TIN, the download
        chooseFromMenu("choose:quarter", "2");
        // the widget's selectValue is silent: fire the menu's change, as a click on an item does (its Ajax loads the quarter)
        ((JavascriptExecutor) browser.driver()).executeScript("var w = PrimeFaces.getWidgetById(arguments[0]);"
                + " if (w.triggerChange) { w.triggerChange(); } else { w.input.trigger('change'); }", "choose:quarter");
        browser.waitForText(By.id("quarter-changes"), "Since Q1 " + PY + ":");
        assertTrue(browser.text(By.id("quarter-changes")).matches("Since Q1 \\d{4}: \\d+ added, \\d+ dropped \\(then \\d+ assigned\\)\\."),
                browser.text(By.id("quarter-changes")));
        assertTrue(browser.text(By.id("quarterForm:quarterByTin")).contains("Previous quarter"));
        assertTrue(browser.text(By.id("quarterForm:quarterBeneficiaries")).matches("(?s).*(Still assigned|Added).*"),
                "each beneficiary with its change");
        browser.screenshot("aco-quarterly-assignment-report");
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()", browser.element(By.id("quarterForm:download-quarter-csv")));
        browser.element(By.id("quarterForm:download-quarter-csv")).click();
        Path quarterCsv = new FluentWait<>(downloads).withTimeout(Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(200))
                .until(d -> {
                    try (Stream<Path> files = Files.list(d)) {
                        return files.filter(f -> f.getFileName().toString().endsWith("-Q2.csv")).findFirst().orElse(null);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        assertEquals("assigned-beneficiaries-A1001-PY" + PY + "-Q2.csv", quarterCsv.getFileName().toString());
        List<String> quarterLines = Files.readAllLines(quarterCsv);
        assertTrue(quarterLines.get(0).startsWith("Beneficiary (MBI),Change from the previous quarter,Assignment step"), quarterLines.get(0));
        Files.delete(quarterCsv);
        Files.delete(downloads);

        // the application: each participant TIN with its estimate, the total against the 5,000 minimum
        JsonObject app = ApplicationFixture.complete(ApplicationFixture.draftForA1001());
        browser.open("aco/application.xhtml?id=" + ApplicationFixture.id(app));
        browser.waitForText(By.id("app:participant-estimates"), "Participants and estimated assigned beneficiaries");
        String estimates = browser.text(By.id("app:participant-estimates"));
        assertTrue(estimates.contains("Estimated from CMS's assignment of PY") && estimates.contains("5,000"), estimates);
        assertTrue(estimates.contains("900100101") && estimates.contains("no estimate: no claims of this TIN in the last run"),
                "the demo participants billed nothing in the generated year: " + estimates);
        browser.screenshot("aco-application-estimates");
        browser.logOut();

        browser.logIn(DemoUser.CMS_ADMIN);
        browser.element(By.id("menu-phi-access")).click();
        browser.waitForText(By.id("page-title"), "PHI access log");
        browser.waitForText(By.id("log"), "aco.executive");
        assertTrue(browser.text(By.id("log")).contains("Downloaded (CSV)"));
        browser.screenshot("cms-phi-access-log");
        browser.logOut();
    }

    /** Chooses in a PrimeFaces select menu through its widget (clicking its animated panel races). */
    private void chooseFromMenu(String id, String value) {
        browser.element(By.id(id));
        ((JavascriptExecutor) browser.driver()).executeScript(
                "PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", id, value);
        browser.waitForText(By.id(id + "_label"), browser.driver().findElement(
                By.cssSelector("[id='" + id + "_input'] option[value='" + value + "']")).getAttribute("textContent"));
    }
}
