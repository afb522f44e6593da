package gov.cms.ssp.e2e;

import static gov.cms.ssp.e2e.HttpApi.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.cms.ssp.agreement.Track;
import gov.cms.ssp.reconciliation.PerformancePeriod;
import gov.cms.ssp.reconciliation.QualityOutcome;
import gov.cms.ssp.reconciliation.ReconciledFigures;
import gov.cms.ssp.reconciliation.ReconciliationEngine;
import gov.cms.ssp.reconciliation.ReconciliationInput;
import gov.cms.ssp.reconciliation.cli.ReconcileCommand;
import gov.cms.ssp.reconciliation.puf.PufResultsWriter;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * A run CMS can trust (issue 11 §3), in the shipped EAR: an ACO whose figures cannot be determined is
 * set aside and the run completes, waiting for a decision on it before it can be approved; a released
 * run downloads in CMS's per-ACO layout of its PY, which {@code ./ssp reconcile} reads back and
 * reproduces; PY2019's two six-month performance years are imported and reconciled apart.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReconciliationRunDecisionsIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SspDeployment.ear();
    }

    private static JsonObject run(long id) {
        return object(HttpApi.getJson("api/reconciliation/runs/" + id, DemoUser.CMS_REVIEWER));
    }

    /** Until every ACO is reconciled or set aside. */
    static JsonObject waitUntilComplete(long id) {
        return new FluentWait<>(id).withTimeout(Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(250))
                .withMessage("run " + id + " did not complete")
                .until(runId -> {
                    JsonObject r = run(runId);
                    return r.getJsonNumber("reconciled").longValue() + r.getJsonNumber("setAside").longValue()
                            >= r.getInt("inputCount") ? r : null;
                });
    }

    /** One ACO's figures typed in through the API (the track is the one of its agreement in force in the PY). */
    static HttpResponse<String> enter(int py, String aco, int beneficiaries, String benchmark, String expenditures, String extra) {
        return HttpApi.postJson("api/reconciliation/financial-inputs/" + py + "/entries", DemoUser.CMS_ANALYST, """
                {"acoId": "%s", "figures": {"performanceYear": %d, "assignedBeneficiaries": %d, "totalBenchmark": %s,
                 "totalExpenditures": %s, "qualityStandard": "MET", "qualityScore": 0.9}%s}"""
                .formatted(aco, py, beneficiaries, benchmark, expenditures, extra));
    }

    private static List<JsonObject> setAside(long runId) {
        return HttpApi.json(HttpApi.getJson("api/reconciliation/runs/" + runId + "/set-aside", DemoUser.CMS_REVIEWER).body())
                .asJsonArray().getValuesAs(JsonObject.class);
    }

    private static List<String> fields(HttpResponse<String> r) {
        return object(r).getJsonArray("fields").getValuesAs(JsonObject.class).stream().map(f -> f.getString("field")).toList();
    }

    @Test
    void anUndeterminableAcoNeverStopsTheRunWhichWaitsForAFigureOrAWrittenReasonAndThenExportsInCmsLayout() throws Exception {
        // PY2021, a year no other test reconciles: two small ACOs without the MSR CMS sets below 5,000, one ordinary
        assertEquals(200, enter(2021, "A1001", 3_200, "40000000", "37000000", "").statusCode());
        assertEquals(200, enter(2021, "A1026", 3_500, "45000000", "44000000", "").statusCode());
        HttpResponse<String> ordinary = enter(2021, "A1247", 12_000, "150000000", "140000000", "");
        assertEquals(200, ordinary.statusCode(), ordinary.body());
        assertEquals("BASIC_B", object(ordinary).getString("track"), "the level of the agreement in force in PY2021");

        HttpResponse<String> started = HttpApi.postJson("api/reconciliation/runs?year=2021", DemoUser.CMS_ANALYST,
                ReconciliationIT.START);
        assertEquals(200, started.statusCode(), started.body());
        long id = object(started).getJsonNumber("id").longValue();
        JsonObject done = waitUntilComplete(id);
        assertEquals(3, done.getInt("inputCount"));
        assertEquals(1, done.getJsonNumber("reconciled").intValue(), done.toString());
        assertEquals(2, done.getJsonNumber("setAside").intValue(), "set aside, not failed: " + done);
        assertEquals(2, done.getJsonNumber("needAttention").intValue());
        assertEquals("COMPLETED", done.getString("executionStatus"), "the batch job ran to its end");

        List<JsonObject> aside = setAside(id);
        assertEquals(List.of("A1001", "A1026"), aside.stream().map(s -> s.getString("acoId")).toList());
        JsonObject palmBeach = aside.get(0);
        assertEquals("NEEDS_ATTENTION", palmBeach.getString("decision"));
        assertEquals("CMS_SET_MINIMUM_SAVINGS_RATE", palmBeach.getJsonArray("missing").getString(0));
        String why = palmBeach.getJsonArray("reasons").getString(0);
        assertTrue(why.startsWith("The ACO has 3,200 assigned beneficiaries, fewer than 5,000, so CMS sets its minimum savings rate"),
                why);

        HttpResponse<String> waiting = HttpApi.postJson("api/reconciliation/runs/" + id + "/approve", DemoUser.CMS_LEAD, "{}");
        assertEquals(400, waiting.statusCode(), waiting.body());
        assertTrue(object(waiting).getString("message").startsWith("2 ACOs need attention"), waiting.body());

        // the figure entered: bounded, required, then the ACO is recomputed within the run
        String figures = "api/reconciliation/runs/" + id + "/set-aside/A1001/figures";
        HttpResponse<String> tooHigh = HttpApi.postJson(figures, DemoUser.CMS_ANALYST, "{\"cmsSetMinimumSavingsRate\": 0.5}");
        assertEquals(400, tooHigh.statusCode(), tooHigh.body());
        assertTrue(fields(tooHigh).contains("cmsSetMinimumSavingsRate"), tooHigh.body());
        HttpResponse<String> nothing = HttpApi.postJson(figures, DemoUser.CMS_ANALYST, "{}");
        assertEquals(400, nothing.statusCode(), nothing.body());
        assertTrue(object(nothing).getString("message").contains("Minimum savings rate set by CMS"), nothing.body());
        assertEquals(403, HttpApi.postJson(figures, DemoUser.CMS_REVIEWER, "{\"cmsSetMinimumSavingsRate\": 0.039}").statusCode());
        HttpResponse<String> entered = HttpApi.postJson(figures, DemoUser.CMS_ANALYST, "{\"cmsSetMinimumSavingsRate\": 0.039}");
        assertEquals(200, entered.statusCode(), entered.body());
        assertEquals("RECOMPUTED", object(entered).getString("decision"));
        assertEquals("Minimum savings rate set by CMS: 3.9%", object(entered).getString("decisionNote"));
        JsonObject recomputed = object(HttpApi.getJson("api/reconciliation/runs/" + id + "/results/A1001", DemoUser.CMS_REVIEWER));
        JsonArray steps = recomputed.getJsonObject("figures").getJsonArray("explanation");
        assertEquals("figureEnteredDuringRun", steps.getJsonObject(0).getString("rule"));
        assertTrue(steps.getJsonObject(0).getString("figures").startsWith("Minimum savings rate set by CMS: 3.9%, entered by cms.analyst on "),
                steps.toString());
        assertEquals("SAVINGS_GENERATED", recomputed.getJsonObject("figures").getString("outcome"), "7.5% savings ≥ 3.9%");

        // withheld: only with a written reason
        String withhold = "api/reconciliation/runs/" + id + "/set-aside/A1026/withhold";
        HttpResponse<String> noReason = HttpApi.postJson(withhold, DemoUser.CMS_LEAD, "{}");
        assertEquals(400, noReason.statusCode(), noReason.body());
        assertTrue(object(noReason).getString("message").contains("Give the reason"), noReason.body());
        HttpResponse<String> withheld = HttpApi.postJson(withhold, DemoUser.CMS_LEAD,
                "{\"reason\":\"CMS has not set the MSR of A1026 yet; a later revision reconciles it\"}");
        assertEquals(200, withheld.statusCode(), withheld.body());
        assertEquals("WITHHELD", object(withheld).getString("decision"));
        assertEquals(400, HttpApi.postJson(withhold, DemoUser.CMS_LEAD, "{\"reason\":\"again\"}").statusCode(), "decided once");

        JsonObject decided = run(id);
        assertEquals(0, decided.getJsonNumber("needAttention").intValue(), decided.toString());
        assertEquals(2, decided.getJsonNumber("reconciled").intValue());
        String audit = HttpApi.getJson("api/audit?aco=A1026&record=set%20aside", DemoUser.CMS_ADMIN).body();
        assertTrue(audit.contains("ACO set aside in a reconciliation run") && audit.contains("A1026 in run " + id)
                && audit.contains("cms.lead") && audit.contains("a later revision reconciles it"), "each decision is in the audit trail: " + audit);
        String inputAudit = HttpApi.getJson("api/audit?aco=A1001&record=Financial%20input", DemoUser.CMS_ADMIN).body();
        assertTrue(inputAudit.contains("entered by hand by cms.analyst for run " + id), "the corrected input too: " + inputAudit);

        // the export: released runs only, CMS staff only
        String export = "api/reconciliation/runs/" + id + "/export";
        assertEquals(400, HttpApi.get(export, DemoUser.CMS_REVIEWER, "text/csv").statusCode(), "a draft is not exported");
        assertEquals(200, HttpApi.postJson("api/reconciliation/runs/" + id + "/approve", DemoUser.CMS_LEAD, "{}").statusCode());
        assertEquals(200, HttpApi.postJson("api/reconciliation/runs/" + id + "/release", DemoUser.CMS_LEAD, "{}").statusCode());
        assertEquals(403, HttpApi.get(export, DemoUser.ACO_EXECUTIVE, "text/csv").statusCode(), "ACO users get no export");
        HttpResponse<String> csv = HttpApi.get(export, DemoUser.CMS_ANALYST, "text/csv");
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("PY2021_ACO_results_revision"),
                csv.headers().map().toString());
        List<String> lines = csv.body().lines().toList();
        assertTrue(lines.get(0).startsWith("ACO_ID,ACO_Name,Agreement_Period_Num,Current_Start_Date,Current_Track,N_AB,Sav_rate"),
                lines.get(0));
        assertEquals(3, lines.size(), "the two reconciled ACOs, not the withheld one: " + csv.body());
        assertTrue(lines.get(1).startsWith("A1001,") && lines.get(2).startsWith("A1247,"), csv.body());
        assertTrue(lines.get(1).contains(",3.90%,"), "the CMS-set MSR in PY2021's notation: " + lines.get(1));

        assertEquals("reproduced 2 of 2 checkable rows (0 not checkable)", reconcile(2021, csv.body()),
                "./ssp reconcile reads the export back and reproduces every row");
    }

    /** Runs the command as {@code ./ssp reconcile --year Y FILE} does; returns its last line. */
    static String reconcile(int year, String csv) throws Exception {
        Path file = Files.createTempFile("export-PY" + year + "-", ".csv");
        try {
            Files.writeString(file, csv);
            StringWriter out = new StringWriter();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = ReconcileCommand.run(new String[] {"--year", Integer.toString(year), file.toString()}, out,
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
            List<String> report = out.toString().lines().toList();
            assertTrue(report.subList(1, report.size() - 1).stream().allMatch(l -> l.contains(",reproduced,")), out.toString());
            return report.get(report.size() - 1);
        } finally {
            Files.delete(file);
        }
    }

    // ------------------------------------------------------------------ PY2019's two six-month performance years

    private static PufResultsWriter.Line row(String aco, Track track, LocalDate start, PerformancePeriod period, int n,
                                             String benchmark, String expenditures) {
        ReconciliationInput in = ReconciliationInput.builder().performanceYear(2019).track(track).agreementStart(start)
                .agreementPeriodNumber(start.getYear() < 2019 ? 1 : 2).assignedBeneficiaries(n)
                .totalBenchmark(benchmark).totalExpenditures(expenditures)
                .quality(QualityOutcome.met(new BigDecimal("0.92"))).performancePeriod(period).build();
        return new PufResultsWriter.Line(aco, aco, in, ReconciledFigures.of(ReconciliationEngine.withStandardParameters().reconcile(in)));
    }

    private static HttpResponse<String> upload(String fileName, String csv) {
        return HttpApi.post("api/reconciliation/financial-inputs/2019?fileName=" + fileName, DemoUser.CMS_ANALYST, "text/csv", csv);
    }

    @Test
    void pyTwentyNineteensTwoSixMonthPerformanceYearsAreImportedFromTheirOwnFilesAndReconciledApart() throws Exception {
        LocalDate early = LocalDate.of(2016, 1, 1);
        LocalDate july = LocalDate.of(2019, 7, 1);
        // A1001 renewed early: Track 2 from January to June, ENHANCED from July (the whole year's figures both times)
        String januaryToJune = PufResultsWriter.write(2019, List.of(
                row("A1001", Track.TRACK_2, early, PerformancePeriod.JANUARY_TO_JUNE_2019, 70_000, "1000000000", "950000000"),
                row("A2490", Track.TRACK_1, early, PerformancePeriod.JANUARY_TO_JUNE_2019, 10_000, "120000000", "112000000")));
        String julyToDecember = PufResultsWriter.write(2019, List.of(
                row("A1001", Track.ENHANCED, july, PerformancePeriod.JULY_TO_DECEMBER_2019, 70_000, "1000000000", "950000000"),
                row("A1247", Track.BASIC_B, july, PerformancePeriod.JULY_TO_DECEMBER_2019, 40_000, "540000000", "520000000")));
        HttpResponse<String> first = upload("PY2019_January-June.csv", januaryToJune);
        assertEquals(200, first.statusCode(), first.body());
        HttpResponse<String> second = upload("PY2019_July-December.csv", julyToDecember);
        assertEquals(200, second.statusCode(), second.body());
        assertEquals(200, upload("PY2019_July-December.csv", julyToDecember).statusCode(), "a file again replaces only its own period");

        List<JsonObject> inputs = HttpApi.json(HttpApi.getJson("api/reconciliation/financial-inputs/2019", DemoUser.CMS_REVIEWER).body())
                .asJsonArray().getValuesAs(JsonObject.class);
        assertEquals(2, inputs.stream().filter(i -> i.getString("acoId").equals("A1001")).count(), "one input per period: " + inputs);
        assertEquals(4, inputs.size(), inputs.toString());

        HttpResponse<String> wholeYear = HttpApi.postJson("api/reconciliation/runs?year=2019", DemoUser.CMS_ANALYST, ReconciliationIT.START);
        assertEquals(400, wholeYear.statusCode(), wholeYear.body());
        assertTrue(object(wholeYear).getString("message").contains("six-month performance year"), wholeYear.body());

        long jan = startRun("JANUARY_TO_JUNE_2019");
        long jul = startRun("JULY_TO_DECEMBER_2019");
        JsonObject janRun = waitUntilComplete(jan);
        JsonObject julRun = waitUntilComplete(jul);
        assertEquals("JANUARY_TO_JUNE_2019", janRun.getString("performancePeriod"));
        assertEquals(2, janRun.getInt("inputCount"));
        assertEquals(2, julRun.getInt("inputCount"));
        assertEquals(List.of("A1001", "A2490"), acosOf(jan));
        assertEquals(List.of("A1001", "A1247"), acosOf(jul));

        JsonObject asTrack2 = object(HttpApi.getJson("api/reconciliation/runs/" + jan + "/results/A1001", DemoUser.CMS_REVIEWER))
                .getJsonObject("figures");
        JsonObject asEnhanced = object(HttpApi.getJson("api/reconciliation/runs/" + jul + "/results/A1001", DemoUser.CMS_REVIEWER))
                .getJsonObject("figures");
        assertEquals("TRACK_2", asTrack2.getString("track"));
        assertEquals("ENHANCED", asEnhanced.getString("track"));
        for (JsonObject f : List.of(asTrack2, asEnhanced)) {
            assertTrue(f.getJsonArray("explanation").getValuesAs(JsonObject.class).stream()
                    .anyMatch(s -> s.getString("rule").equals("sixMonthProration")), "each half is prorated by 6/12: " + f);
        }
        assertFalse(asTrack2.getJsonNumber("netAmount").equals(asEnhanced.getJsonNumber("netAmount")), "two reconciliations");
    }

    private static long startRun(String period) {
        HttpResponse<String> r = HttpApi.postJson("api/reconciliation/runs?year=2019&period=" + period, DemoUser.CMS_ANALYST,
                ReconciliationIT.START);
        assertEquals(200, r.statusCode(), r.body());
        return object(r).getJsonNumber("id").longValue();
    }

    private static List<String> acosOf(long runId) {
        return HttpApi.json(HttpApi.getJson("api/reconciliation/runs/" + runId + "/results", DemoUser.CMS_REVIEWER).body())
                .asJsonArray().getValuesAs(JsonObject.class).stream().map(r -> r.getString("acoId")).toList();
    }
}
