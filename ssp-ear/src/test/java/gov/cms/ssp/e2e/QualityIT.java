package gov.cms.ssp.e2e;

import static gov.cms.ssp.e2e.HttpApi.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * Quality in the shipped EAR, end to end for PY2022: cms-admin completes the PY's benchmarks and opens
 * reporting; A1001's staff upload the measures (a bad file saves nothing), its executive submits; CMS
 * loads the CAHPS for MIPS results, the claims-based measures and its determinations (an unknown ACO is
 * a problem of its row); the report is scored and explained; and the PY's reconciliation run takes the
 * scored outcome instead of the one recorded with the financial inputs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QualityIT {
    private static final int PY = 2022;
    private static final String BASE = "api/quality/" + PY;
    private static final String REPORT = BASE + "/reports/A1001";
    private static final String MEASURE_HEADER = "measure_id,collection_type,performance_met,performance_denominator,"
            + "exclusions_exceptions,eligible_population\n";
    /** 001 poor control at 80% (inverse), 134 at 5%, 236 with data for 58.8% of its eligible cases */
    private static final String MEASURES = MEASURE_HEADER + "001,ECQM,800,1000,20,1100\n134,ECQM,50,1000,0,1000\n236,ECQM,100,1000,0,1700\n";
    /** CMS's PY2022 files publish no benchmark for 479 and 484; the administrator adds one for this PY */
    private static final String CLAIMS_BENCHMARKS = "479,ADMINISTRATIVE_CLAIMS,Y,0.5,0.2,0.18,0.17,0.16,0.15,0.14,0.13,0.12,0.11,N,N,test\n"
            + "484,ADMINISTRATIVE_CLAIMS,Y,60,50,45,40,37,35,33,31,29,27,N,N,test\n";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SspDeployment.ear();
    }

    private static HttpResponse<String> csv(String path, DemoUser user, String body) {
        return HttpApi.post(path, user, "text/csv", body);
    }

    private static List<String> problemCells(HttpResponse<String> r) {
        return object(r).getJsonArray("problems").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getInt("row") + " " + p.getString("column")).toList();
    }

    @Test
    void anAcoReportsItsExecutiveSubmitsCmsLoadsAndTheRunTakesTheScoredOutcome() {
        // cms-admin: a new version of the PY's benchmarks, checked with the other two files; a bad one loads nothing
        HttpResponse<String> current = HttpApi.get(BASE + "/reference/benchmarks.csv", DemoUser.CMS_ADMIN, "text/csv");
        assertEquals(200, current.statusCode(), current.body());
        String benchmarks = current.body().endsWith("\n") ? current.body() : current.body() + "\n";
        HttpResponse<String> bad = csv(BASE + "/reference/benchmarks.csv", DemoUser.CMS_ADMIN,
                benchmarks + "479,ADMINISTRATIVE_CLAIMS,Y,abc,0.2,0.18,0.17,0.16,0.15,0.14,0.13,0.12,0.11,N,N,test\n"
                        + "999,ECQM,N,1,2,3,4,5,6,7,8,9,10,N,N,test\n");
        assertEquals(422, bad.statusCode(), bad.body());
        int lines = benchmarks.split("\n").length;
        assertEquals(List.of((lines + 1) + " benchmarks.csv: decile_1", (lines + 2) + " benchmarks.csv: measure_id"), problemCells(bad));
        assertEquals(current.body(), HttpApi.get(BASE + "/reference/benchmarks.csv", DemoUser.CMS_ADMIN, "text/csv").body(),
                "nothing of the bad file was stored");
        assertEquals(403, csv(BASE + "/reference/benchmarks.csv", DemoUser.CMS_ANALYST, benchmarks + CLAIMS_BENCHMARKS).statusCode(),
                "only administrators load reference data");
        HttpResponse<String> loaded = csv(BASE + "/reference/benchmarks.csv", DemoUser.CMS_ADMIN, benchmarks + CLAIMS_BENCHMARKS);
        assertEquals(200, loaded.statusCode(), loaded.body());
        assertTrue(HttpApi.get(BASE + "/reference/benchmarks.csv", DemoUser.CMS_ADMIN, "text/csv").body().contains("484,ADMINISTRATIVE_CLAIMS"),
                "the admin's version is the one in use");

        // reporting only inside the window CMS sets
        HttpResponse<String> early = csv(REPORT + "/measures", DemoUser.ACO_STAFF, MEASURES);
        assertEquals(400, early.statusCode(), early.body());
        assertTrue(object(early).getString("message").contains("has not opened quality reporting for PY2022"), early.body());
        LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));
        String window = "{\"opensOn\":\"" + today.minusDays(10) + "\",\"closesOn\":\"" + today.plusDays(30) + "\"}";
        assertEquals(403, HttpApi.putJson(BASE + "/window", DemoUser.CMS_ANALYST, window).statusCode());
        assertEquals(204, HttpApi.putJson(BASE + "/window", DemoUser.CMS_ADMIN, window).statusCode());

        // bad rows: every one named by row and column, nothing saved
        HttpResponse<String> refused = csv(REPORT + "/measures", DemoUser.ACO_STAFF, MEASURE_HEADER
                + "001,ECQM,1200,1000,0,1200\n134,ECQM,-4,1000,0,1000\n999,ECQM,1,10,0,10\n001,ECQM,1,10,0,10\nCAHPS_1,CAHPS,1,10,0,10\n");
        assertEquals(422, refused.statusCode(), refused.body());
        assertEquals(List.of("2 performance_met", "3 performance_met", "4 measure_id", "5 measure_id", "6 collection_type"),
                problemCells(refused));
        assertTrue(object(HttpApi.getJson(REPORT, DemoUser.ACO_STAFF)).getJsonArray("rows").isEmpty(), "nothing half-saved");

        HttpResponse<String> saved = csv(REPORT + "/measures", DemoUser.ACO_STAFF, MEASURES);
        assertEquals(200, saved.statusCode(), saved.body());
        JsonObject draft = object(HttpApi.getJson(REPORT, DemoUser.ACO_STAFF));
        assertEquals("Draft, not submitted", draft.getString("status"));
        assertEquals(3, draft.getJsonArray("rows").size());
        assertTrue(draft.getJsonArray("notes").toString().contains("data completeness of Quality ID 236 (eCQM) is 58.8%, below the 70% required"),
                "incomplete reporting is named: " + draft);

        // the executive submits (service-enforced); another ACO's staff see it exactly like a missing report
        assertEquals(403, HttpApi.post(REPORT + "/submission", DemoUser.ACO_STAFF, "application/json", "").statusCode());
        HttpResponse<String> others = HttpApi.getJson(REPORT, DemoUser.ATLANTIC_STAFF);
        HttpResponse<String> none = HttpApi.getJson(BASE + "/reports/A9999", DemoUser.ATLANTIC_STAFF);
        assertEquals(404, others.statusCode());
        assertEquals(object(none).getString("message").replace("A9999", "#"), object(others).getString("message").replace("A1001", "#"));
        HttpResponse<String> submitted = HttpApi.post(REPORT + "/submission", DemoUser.ACO_EXECUTIVE, "application/json", "");
        assertEquals(200, submitted.statusCode(), submitted.body());
        assertTrue(object(submitted).getBoolean("submitted"));
        assertEquals("aco.executive", object(submitted).getString("submittedBy"));
        HttpResponse<String> afterSubmit = csv(REPORT + "/measures", DemoUser.ACO_STAFF, MEASURES);
        assertEquals(400, afterSubmit.statusCode(), "a submitted report no longer changes: " + afterSubmit.body());
        assertFalse(object(submitted).getJsonObject("result").getJsonArray("undetermined").isEmpty(),
                "the survey and claims-based measures are not loaded yet: said, not guessed");

        // CMS loads the survey results, the claims-based measures and its determinations; unknown ACOs are errors by row
        StringBuilder cahps = new StringBuilder("aco_id,measure_id,rate,cases\n");
        for (String m : List.of("CAHPS_1", "CAHPS_2", "CAHPS_3", "CAHPS_4", "CAHPS_5", "CAHPS_6", "CAHPS_7", "CAHPS_8", "CAHPS_9", "CAHPS_11")) {
            cahps.append("A1001,").append(m).append(",50,300\n");
        }
        HttpResponse<String> unknown = csv(BASE + "/cms-files/cahps?fileName=cahps.csv", DemoUser.CMS_ANALYST,
                cahps + "A9999,CAHPS_1,50,300\n");
        assertEquals(422, unknown.statusCode(), unknown.body());
        assertEquals(List.of("12 aco_id"), problemCells(unknown));
        assertTrue(unknown.body().contains("A9999 is not an ACO of the program"), unknown.body());
        assertEquals(403, csv(BASE + "/cms-files/cahps?fileName=cahps.csv", DemoUser.CMS_REVIEWER, cahps.toString()).statusCode());
        assertEquals(403, csv(BASE + "/cms-files/cahps?fileName=cahps.csv", DemoUser.ACO_EXECUTIVE, cahps.toString()).statusCode());
        assertEquals(200, csv(BASE + "/cms-files/cahps?fileName=cahps.csv", DemoUser.CMS_ANALYST, cahps.toString()).statusCode());
        assertEquals(200, csv(BASE + "/cms-files/claims?fileName=claims.csv", DemoUser.CMS_ANALYST,
                "aco_id,measure_id,rate,cases\nA1001,479,0.151,500\nA1001,484,30.5,500\n").statusCode());
        assertEquals(200, csv(BASE + "/cms-files/determinations?fileName=determinations.csv", DemoUser.CMS_ADMIN,
                "aco_id,underserved_share,measures_in_top_third,measures_in_middle_third,improvement_points,euc_affected\nA1001,,,,0,N\n")
                .statusCode());

        // scored, every step explained
        JsonObject scored = object(HttpApi.getJson(REPORT, DemoUser.ACO_EXECUTIVE)).getJsonObject("result");
        assertTrue(scored.getJsonArray("undetermined").isEmpty(), scored.toString());
        assertEquals("NOT_MET", scored.getString("determination"));
        BigDecimal score = scored.getJsonNumber("finalScore").bigDecimalValue();
        assertEquals(new BigDecimal("39.88"), score.setScale(2, java.math.RoundingMode.HALF_UP));
        JsonArray steps = scored.getJsonArray("steps");
        assertTrue(steps.size() >= 10, steps.toString());
        assertTrue(steps.toString().contains("below the required 70%"), "the completeness rule is explained: " + steps);
        assertFalse(object(HttpApi.getJson(REPORT, DemoUser.ACO_EXECUTIVE)).getJsonArray("charts").isEmpty(), "each measure against its deciles");

        JsonObject row = HttpApi.json(HttpApi.getJson(BASE + "/outcomes", DemoUser.CMS_REVIEWER).body()).asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(o -> o.getString("acoId").equals("A1001")).findFirst().orElseThrow();
        assertEquals("Did not meet the quality standard", row.getString("outcome"));
        assertEquals(new BigDecimal("39.88"), row.getJsonNumber("finalScore").bigDecimalValue());
        assertEquals(403, HttpApi.getJson(BASE + "/outcomes", DemoUser.ACO_EXECUTIVE).statusCode(), "CMS's list is CMS's");

        // the reconciliation of the PY takes the scored outcome: the financial inputs say the standard was met
        List<String> puf = ReconciliationIT.demoPufLines();
        List<String> palmBeach = List.of(puf.get(0), puf.stream().filter(l -> l.startsWith("A1001")).findFirst().orElseThrow());
        HttpResponse<String> inputs = HttpApi.post("api/reconciliation/financial-inputs/" + PY + "?fileName=quality-py2022.csv",
                DemoUser.CMS_ANALYST, "text/csv", String.join("\n", palmBeach) + "\n");
        assertEquals(200, inputs.statusCode(), inputs.body());
        HttpResponse<String> started = HttpApi.postJson("api/reconciliation/runs?year=" + PY, DemoUser.CMS_ANALYST, ReconciliationIT.START);
        assertEquals(200, started.statusCode(), started.body());
        long run = object(started).getJsonNumber("id").longValue();
        new FluentWait<>(run).withTimeout(Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(250))
                .withMessage("run " + run + " did not complete")
                .until(id -> {
                    JsonObject r = object(HttpApi.getJson("api/reconciliation/runs/" + id, DemoUser.CMS_REVIEWER));
                    return r.getJsonNumber("reconciled").longValue() >= r.getInt("inputCount") ? r : null;
                });
        JsonObject figures = object(HttpApi.getJson("api/reconciliation/runs/" + run + "/results/A1001", DemoUser.CMS_ANALYST))
                .getJsonObject("figures");
        assertEquals(0, BigDecimal.ZERO.compareTo(figures.getJsonNumber("finalSharingRate").bigDecimalValue()),
                "the scored outcome (standard not met) replaces the recorded one: " + figures);
        assertTrue(figures.getJsonArray("explanation").toString().contains("standard not met"), figures.toString());
    }
}
