package gov.cms.ssp.e2e;

import static gov.cms.ssp.e2e.HttpApi.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import org.apache.commons.validator.routines.checkdigit.CheckDigitException;
import org.apache.commons.validator.routines.checkdigit.LuhnCheckDigit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * PY2024 quality from the scored report to what the public sees (issue 13), a PY no other test reports
 * quality for or reconciles: A1001 reports its MIPS CQMs and its executive submits; CMS loads the survey,
 * the claims-based measures and the participant TINs' Promoting Interoperability scores (a bad file loads
 * nothing) and enters its determinations on the form (each message beside its field); the report shows
 * the APM Entity's MIPS final score explained. Nothing is public until an administrator releases the PY
 * (after confirming): then the clinician lookup (API and page) shows the entity's MIPS scores — its entity
 * tag moving on, so a kept copy is not reused — and the ACO's public page its quality results.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QualityReleaseBrowserIT extends BrowserJourney {
    private static final int PY = 2024;
    private static final String BASE = "api/quality/" + PY;
    private static final String REPORT = BASE + "/reports/A1001";
    private static final String DB = System.getenv().getOrDefault("SSP_DB_URL", "jdbc:postgresql://localhost:5432/ssp_test");
    private static final String DB_USER = System.getenv().getOrDefault("SSP_DB_USER", "ssp");
    private static final String DB_PASSWORD = System.getenv().getOrDefault("SSP_DB_PASSWORD", "ssp");
    private static final Random RANDOM = new Random();
    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SspDeployment.ear();
    }

    @Test
    void cmsReleasesThePyAndTheLookupAndThePublicPageShowIt() throws SQLException {
        String npi = newNpi();
        long entry = -1_000_000L - RANDOM.nextInt(1_000_000);
        // the demo lists start in 2025: a clinician of A1001 listed in PY2024 only, for this test's lookups
        try (Connection c = DriverManager.getConnection(DB, DB_USER, DB_PASSWORD);
             PreparedStatement ps = c.prepareStatement("insert into provider_supplier (id, aco_id, npi, full_name, specialty, tin,"
                     + " effective_date, termination_date) values (?, 'A1001', ?, 'Dr. Quality Release', 'Family Medicine', '900100101',"
                     + " date '2024-01-01', date '2024-12-31')")) {
            ps.setLong(1, entry);
            ps.setString(2, npi);
            ps.executeUpdate();
        }
        try {
            journey(npi);
        } finally {
            try (Connection c = DriverManager.getConnection(DB, DB_USER, DB_PASSWORD);
                 PreparedStatement ps = c.prepareStatement("delete from provider_supplier where id = ?")) {
                ps.setLong(1, entry);
                ps.executeUpdate();
            }
        }
    }

    private void journey(String npi) {
        reportAndLoad();

        // the report explains the APM Entity's MIPS final score
        JsonObject view = object(HttpApi.getJson(REPORT, DemoUser.ACO_EXECUTIVE));
        assertTrue(view.getJsonObject("result").getJsonArray("undetermined").isEmpty(), view.getJsonObject("result").toString());
        JsonObject mips = view.getJsonObject("mips");
        assertTrue(mips.getJsonArray("undetermined").isEmpty(), mips.toString());
        // Promoting Interoperability: (90 × 10 + 60 × 30) ÷ 40 MIPS eligible clinicians
        assertEquals(0, new BigDecimal("67.5").compareTo(mips.getJsonNumber("promotingInteroperability").bigDecimalValue()));
        assertEquals(0, new BigDecimal("100").compareTo(mips.getJsonNumber("improvementActivities").bigDecimalValue()),
                "APP participants are assigned full improvement activities credit");
        BigDecimal quality = mips.getJsonNumber("quality").bigDecimalValue();
        BigDecimal expected = quality.multiply(new BigDecimal("0.50")).add(new BigDecimal("67.5").multiply(new BigDecimal("0.30")))
                .add(new BigDecimal("20")).setScale(2, RoundingMode.HALF_UP);
        BigDecimal finalScore = mips.getJsonNumber("finalScore").bigDecimalValue();
        assertEquals(expected, finalScore, "quality 50%, PI 30%, IA 20%, cost not assessed: " + mips);

        // before the release nothing is public
        HttpResponse<String> before = HttpApi.getJson("api/participation/" + npi + "?year=" + PY, null);
        assertEquals(200, before.statusCode(), before.body());
        assertEquals(1, object(before).getJsonArray("participations").size(), before.body());
        assertFalse(before.body().contains("mipsScore"), "no MIPS score before CMS releases it: " + before.body());
        String tagBefore = before.headers().firstValue("ETag").orElseThrow();
        assertEquals(403, HttpApi.post(BASE + "/release", DemoUser.CMS_ANALYST, "application/json", "").statusCode(),
                "only administrators release");
        browser.open("aco-public.xhtml?acoId=A1001");
        browser.waitForText(By.id("pr-aco-id"), "A1001");
        assertFalse(browser.text(By.tagName("main")).contains("Performance year " + PY), "the public page waits for the release");

        // the administrator releases after confirming
        browser.logIn(DemoUser.CMS_ADMIN);
        browser.element(By.id("menu-cms-quality")).click();
        browser.waitForText(By.id("page-title"), "Quality");
        choose("year:py", String.valueOf(PY));
        browser.waitForText(By.id("release"), "Release the PY" + PY + " quality results");
        browser.click(By.id("release:release-now"));
        browser.waitForText(By.cssSelector(".ui-confirm-dialog"), "They become public at once");
        browser.click(By.id("release:confirm-yes"));
        browser.waitForText(By.id("messages"), "Released the PY" + PY + " quality results of");
        assertTrue(browser.text(By.id("messages")).matches("(?s).*Released the PY2024 quality results of \\d+ ACO.*"));
        browser.logOut();

        // the lookup shows the entity's scores at once: a copy kept from before is stale
        HttpResponse<String> after = HttpApi.getJson("api/participation/" + npi + "?year=" + PY, null);
        JsonObject score = object(after).getJsonArray("participations").getJsonObject(0).getJsonObject("mipsScore");
        assertEquals(0, finalScore.compareTo(score.getJsonNumber("finalScore").bigDecimalValue()), after.body());
        assertEquals(0, new BigDecimal("67.5").compareTo(score.getJsonNumber("promotingInteroperability").bigDecimalValue()));
        assertEquals(0, new BigDecimal("100").compareTo(score.getJsonNumber("improvementActivities").bigDecimalValue()));
        HttpResponse<String> revalidated = ifNoneMatch(npi, tagBefore);
        assertEquals(200, revalidated.statusCode(), "the release changes the answer, so its entity tag");
        assertTrue(revalidated.body().contains("mipsScore"), revalidated.body());
        String tagAfter = revalidated.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, ifNoneMatch(npi, tagAfter).statusCode(), "nothing changed since: nothing to send again");
        String batch = HttpApi.postJson("api/participation/lookup", null, "{\"npis\":[\"" + npi + "\"],\"year\":" + PY + "}").body();
        assertTrue(batch.contains("\"mipsScore\""), "the batch answer is the same: " + batch);

        browser.open("lookup.xhtml");
        browser.element(By.id("lookup:npis")).sendKeys(npi);
        choose("lookup:year", String.valueOf(PY));
        browser.element(By.id("lookup:search")).click();
        browser.waitForText(By.id("lookup:results"), "out of 100 (quality");
        String row = browser.text(By.id("lookup:results"));
        assertTrue(row.contains(finalScore.toPlainString() + " out of 100") && row.contains("Promoting Interoperability 67.50")
                && row.contains("cost not assessed"), row);
        browser.screenshot("public-lookup-mips-score");

        browser.open("aco-public.xhtml?acoId=A1001");
        browser.waitForText(By.tagName("main"), "Performance year " + PY);
        String pub = browser.text(By.cssSelector(".pr-quality-year"));
        assertTrue(pub.contains("Quality score") && pub.contains("out of 100"), pub);
        assertTrue(pub.contains("Met the quality performance standard"), pub);
        assertTrue(List.of("Yes", "No").contains(browser.text(By.cssSelector(".pr-quality-year .pr-quality-met"))), pub);
        assertTrue(pub.contains("Quality ID 236 (MIPS CQM): Controlling High Blood Pressure") && pub.contains("72%"), pub);
        assertTrue(pub.contains("Care Coordination"), "the survey by its summary survey measures: " + pub);
        assertFalse(pub.replace("eCQM", "").matches("(?s).*\\b[a-z]+[A-Z][a-zA-Z]*\\b.*"), "no code identifiers: " + pub);
        browser.screenshot("public-aco-quality-results");
    }

    /** A1001 reports and submits; CMS loads its files and enters the determinations on the form. */
    private void reportAndLoad() {
        LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));
        assertEquals(204, HttpApi.putJson(BASE + "/window", DemoUser.CMS_ADMIN, "{\"opensOn\":\"" + today.minusDays(10)
                + "\",\"closesOn\":\"" + today.plusDays(30) + "\"}").statusCode());
        HttpResponse<String> saved = HttpApi.post(REPORT + "/measures", DemoUser.ACO_STAFF, "text/csv",
                "measure_id,collection_type,performance_met,performance_denominator,exclusions_exceptions,eligible_population\n"
                        + "001,MIPS_CQM,150,1000,0,1000\n134,MIPS_CQM,950,1000,0,1000\n236,MIPS_CQM,720,1000,0,1000\n");
        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals(200, HttpApi.post(REPORT + "/submission", DemoUser.ACO_EXECUTIVE, "application/json", "").statusCode());

        StringBuilder cahps = new StringBuilder("aco_id,measure_id,rate,cases\n");
        for (String m : List.of("CAHPS_1", "CAHPS_2", "CAHPS_3", "CAHPS_4", "CAHPS_5", "CAHPS_6", "CAHPS_8", "CAHPS_9", "CAHPS_11")) {
            cahps.append("A1001,").append(m).append(",85,300\n");
        }
        assertEquals(200, HttpApi.post(BASE + "/cms-files/cahps?fileName=cahps.csv", DemoUser.CMS_ANALYST, "text/csv",
                cahps.toString()).statusCode());
        assertEquals(200, HttpApi.post(BASE + "/cms-files/claims?fileName=claims.csv", DemoUser.CMS_ANALYST, "text/csv",
                "aco_id,measure_id,rate,cases\nA1001,479,0.151,500\nA1001,484,30.5,500\n").statusCode());

        // the participant TINs' Promoting Interoperability scores: a bad row loads nothing
        String header = "aco_id,tin,pi_score,eligible_clinicians\n";
        HttpResponse<String> bad = HttpApi.post(BASE + "/cms-files/interoperability?fileName=pi.csv", DemoUser.CMS_ANALYST, "text/csv",
                header + "A1001,900100101,90,10\nA1001,900100102,160,30\nA9999,900100103,50,1\n");
        assertEquals(422, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("pi_score") && bad.body().contains("is not a score from 0 to 100"), bad.body());
        assertTrue(object(HttpApi.getJson(REPORT, DemoUser.ACO_EXECUTIVE)).getJsonObject("mips").getJsonArray("undetermined")
                .toString().contains("has not loaded"), "nothing of the bad file was saved");
        assertEquals(200, HttpApi.post(BASE + "/cms-files/interoperability?fileName=pi.csv", DemoUser.CMS_ANALYST, "text/csv",
                header + "A1001,900100101,90,10\nA1001,900100102,60,30\n").statusCode());

        // the determinations on CMS's form: each message beside its field, then saved
        browser.logIn(DemoUser.CMS_ANALYST);
        browser.element(By.id("menu-cms-quality")).click();
        browser.waitForText(By.id("page-title"), "Quality");
        choose("year:py", String.valueOf(PY));
        browser.waitForText(By.id("determination"), "Enter one ACO's PY" + PY + " determinations");
        choose("determination:aco", "A1001");
        browser.waitForText(By.id("determination:aco_label"), "A1001");
        type("determination:share", "1.5");
        type("determination:top", "1");
        type("determination:middle", "1");
        type("determination:improvement", "0");
        browser.click(By.id("determination:save"));
        browser.waitForText(By.id("determination"), "is not a share from 0 to 1");
        assertFalse(browser.driver().findElement(By.id("messages")).getText().contains("is not a share"),
                "the message is beside its field, not also at the top");
        browser.screenshot("cms-quality-determinations-problem");
        type("determination:share", "0.10");
        browser.click(By.id("determination:save"));
        browser.waitForText(By.id("messages"), "Saved the PY" + PY + " determinations of A1001");
        browser.logOut();
        HttpResponse<String> trail = HttpApi.getJson("api/audit?aco=A1001&record=CMS%20quality%20determinations", DemoUser.CMS_ADMIN);
        assertEquals(200, trail.statusCode(), trail.body());
        assertTrue(trail.body().contains("A1001 PY" + PY) && trail.body().contains("cms.analyst"), "the form's change is audited: " + trail.body());
    }

    private static String newNpi() {
        String nine = "17" + String.format("%07d", RANDOM.nextInt(10_000_000));
        try {
            return nine + new LuhnCheckDigit().calculate("80840" + nine);
        } catch (CheckDigitException e) {
            throw new AssertionError(e);
        }
    }

    private static HttpResponse<String> ifNoneMatch(String npi, String tag) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(SspDeployment.appUrl() + "api/participation/"
                            + npi + "?year=" + PY)).header("Accept", "application/json").header("If-None-Match", tag).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** Chooses through the menu's widget, then waits until the Ajax update the choice starts has been applied. */
    private static void choose(String menuId, String value) {
        browser.element(By.id(menuId));
        ((JavascriptExecutor) browser.driver())
                .executeScript("var menu = PrimeFaces.getWidgetById(arguments[0]); menu.selectValue(arguments[1]); menu.triggerChange();",
                        menuId, value);
        new FluentWait<>(browser.driver()).withTimeout(Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(100))
                .withMessage("the Ajax update after choosing " + value + " did not finish")
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return PrimeFaces.ajax.Queue.isEmpty() && document.readyState === 'complete';")));
    }

    /** Types into the field, finding it again if an Ajax update replaced it meanwhile. */
    private static void type(String id, String value) {
        new FluentWait<>(browser.driver()).withTimeout(Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(100))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    WebElement field = d.findElement(By.id(id));
                    field.clear();
                    field.sendKeys(value);
                    return value.equals(field.getDomProperty("value"));
                });
    }
}
