package gov.cms.ssp.e2e;

import static gov.cms.ssp.e2e.HttpApi.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.support.ui.FluentWait;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reconciliation in the shipped EAR: the what-if estimate API, financial inputs, a reconciliation
 * run as a batch job, approval, release and what each ACO may see.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReconciliationIT {

    /** Palm Beach ACO (A1001), PY2023, as CMS published it: ENHANCED, fixed 2% MSR, 89.91% quality. */
    static final String PALM_BEACH_2023 = """
            {"performanceYear": 2023, "agreementStart": "2019-07-01", "agreementPeriodNumber": 3,
             "assignedBeneficiaries": 78364, "totalBenchmark": 1098668352, "totalExpenditures": 998768668,
             "qualityStandard": "MET", "qualityScore": 0.8991, "fixedMinimumSavingsRate": 0.02}""";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SspDeployment.ear();
    }

    @Test
    void estimateShowsEveryCurrentTrackWithItsExplanation() {
        HttpResponse<String> r = HttpApi.postJson("api/reconciliation/estimate", DemoUser.ACO_EXECUTIVE, PALM_BEACH_2023);
        assertEquals(200, r.statusCode(), r.body());
        JsonArray tracks = HttpApi.json(r.body()).asJsonArray();
        assertEquals(List.of("BASIC_A", "BASIC_B", "BASIC_C", "BASIC_D", "BASIC_E", "ENHANCED"),
                tracks.getValuesAs(JsonObject.class).stream().map(t -> t.getString("track")).toList());
        JsonObject enhanced = tracks.getJsonObject(5);
        assertEquals("SAVINGS_GENERATED", enhanced.getString("outcome"));
        // CMS paid Palm Beach 73,426,268 for PY2023 (PUF EarnSaveLoss); the engine reproduces it within $2
        BigDecimal net = enhanced.getJsonNumber("netAmount").bigDecimalValue();
        assertTrue(net.subtract(new BigDecimal("73426268")).abs().compareTo(new BigDecimal("2")) <= 0, net.toString());
        assertTrue(enhanced.getJsonArray("explanation").size() >= 5, "explained step by step");
        assertEquals("savingsRate", enhanced.getJsonArray("explanation").getJsonObject(0).getString("rule"));
        // BASIC A shares at most 40%, capped at 10% of the benchmark: less than ENHANCED
        BigDecimal basicA = tracks.getJsonObject(0).getJsonNumber("netAmount").bigDecimalValue();
        assertTrue(basicA.compareTo(net) < 0, basicA + " < " + net);
    }

    @Test
    void estimateIsOpenToCmsAndClinicians() {
        assertEquals(200, HttpApi.postJson("api/reconciliation/estimate", DemoUser.CMS_ANALYST, PALM_BEACH_2023).statusCode());
        assertEquals(200, HttpApi.postJson("api/reconciliation/estimate", DemoUser.CLINICIAN, PALM_BEACH_2023).statusCode());
    }

    @Test
    void invalidEstimateNamesEachField() {
        HttpResponse<String> r = HttpApi.postJson("api/reconciliation/estimate", DemoUser.ACO_STAFF, """
                {"performanceYear": 2031, "assignedBeneficiaries": -5, "totalExpenditures": 100,
                 "qualityStandard": "MET", "qualityScore": 1.5}""");
        assertEquals(400, r.statusCode(), r.body());
        JsonObject error = object(r);
        assertEquals("invalid-input", error.getString("error"));
        List<String> fields = error.getJsonArray("fields").getValuesAs(JsonObject.class).stream()
                .map(f -> f.getString("field")).toList();
        assertEquals(List.of("assignedBeneficiaries", "performanceYear", "qualityScore", "totalBenchmark"), fields);
        assertTrue(r.body().contains("Performance year must be between 2019 and 2026"), r.body());
        assertTrue(r.body().contains("Assigned beneficiaries must be a positive whole number"), r.body());
    }

    @Test
    void malformedEstimateIsA400NotA500() {
        HttpResponse<String> notJson = HttpApi.postJson("api/reconciliation/estimate", DemoUser.ACO_STAFF, "{\"assignedBeneficiaries\": \"many\"");
        assertEquals(400, notJson.statusCode(), notJson.body());
        assertEquals("invalid-input", object(notJson).getString("error"));
        HttpResponse<String> unknownStandard = HttpApi.postJson("api/reconciliation/estimate", DemoUser.ACO_STAFF,
                PALM_BEACH_2023.replace("\"MET\"", "\"EXCELLENT\""));
        assertEquals(400, unknownStandard.statusCode(), unknownStandard.body());
        HttpResponse<String> noScore = HttpApi.postJson("api/reconciliation/estimate", DemoUser.ACO_STAFF,
                PALM_BEACH_2023.replace("\"qualityScore\": 0.8991,", ""));
        assertEquals(400, noScore.statusCode(), noScore.body());
        assertTrue(object(noScore).getString("message").contains("Quality score is required"), noScore.body());
    }

    @Test
    void estimateWithoutATokenIs401() {
        assertEquals(401, HttpApi.postJson("api/reconciliation/estimate", null, PALM_BEACH_2023).statusCode());
    }

    // ------------------------------------------------------------------ financial inputs

    /** The header and the six demo ACOs' rows of CMS's PY2023 per-ACO results file. */
    static List<String> demoPufLines() {
        Path puf = Path.of(System.getProperty("ssp.puf2023", "../ssp-domain/src/test/resources/puf/PY2023_ACO_results.csv"));
        Set<String> demo = Set.of("A1001", "A1026", "A1247", "A2490", "A2660", "A4678");
        try {
            List<String> all = Files.readAllLines(puf);
            List<String> lines = new ArrayList<>();
            lines.add(all.get(0));
            all.stream().skip(1).filter(l -> demo.contains(l.substring(0, Math.min(5, l.length())))).forEach(lines::add);
            assertEquals(7, lines.size(), "the six demo ACOs are in the PY2023 file");
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces one cell of a data line (no quoted commas before the cell's column in these rows' numbers). */
    static String withCell(List<String> lines, int row, String column, String value) {
        List<String> header = Arrays.asList(lines.get(0).split(",", -1));
        List<String> cells = parseLine(lines.get(row));
        cells.set(header.indexOf(column), value);
        return cells.stream().map(c -> c.contains(",") ? "\"" + c + "\"" : c).collect(Collectors.joining(","));
    }

    private static List<String> parseLine(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private static HttpResponse<String> upload(int year, String fileName, DemoUser user, List<String> lines) {
        return HttpApi.post("api/reconciliation/financial-inputs/" + year + "?fileName=" + fileName, user, "text/csv",
                String.join("\n", lines) + "\n");
    }

    private static List<String> sourcesOf(int year) {
        return HttpApi.json(HttpApi.getJson("api/reconciliation/financial-inputs/" + year, DemoUser.CMS_REVIEWER).body())
                .asJsonArray().getValuesAs(JsonObject.class).stream()
                .map(i -> i.getString("acoId") + "=" + i.getString("source")).toList();
    }

    @Test
    void aCleanFileIsImportedWholeAndABadOneNotAtAllWithEveryProblemNamed() {
        List<String> lines = demoPufLines();
        HttpResponse<String> clean = upload(2022, "py2022-clean.csv", DemoUser.CMS_ANALYST, lines);
        assertEquals(200, clean.statusCode(), clean.body());
        assertEquals(6, object(clean).getInt("saved"));
        List<String> before = sourcesOf(2022);
        assertEquals(6, before.size(), before.toString());
        assertTrue(before.stream().allMatch(s -> s.endsWith("=py2022-clean.csv")), before.toString());
        String audit = HttpApi.getJson("api/audit", DemoUser.CMS_ADMIN).body();
        assertTrue(audit.contains("Financial input") && audit.contains("A1001 PY2022") && audit.contains("cms.analyst"),
                "imported inputs are in the audit trail: " + audit);

        List<String> bad = new ArrayList<>(lines);
        bad.set(2, withCell(lines, 2, "N_AB", "-5"));
        bad.set(3, withCell(lines, 3, "ABtotBnchmk", "12x34"));
        bad.set(4, withCell(lines, 4, "Current_Track", "Z"));
        bad.set(5, withCell(lines, 5, "ACO_ID", "A9999"));
        HttpResponse<String> refused = upload(2022, "py2022-bad.csv", DemoUser.CMS_ANALYST, bad);
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(object(refused).getString("message").contains("nothing was imported"), refused.body());
        List<String> fields = object(refused).getJsonArray("fields").getValuesAs(JsonObject.class).stream()
                .map(f -> f.getString("field")).toList();
        assertEquals(List.of("row 2, N_AB", "row 3, ABtotBnchmk", "row 4, Current_Track", "row 5, ACO_ID"), fields, refused.body());
        assertTrue(refused.body().contains("malformed number '12x34'"), refused.body());
        assertTrue(refused.body().contains("A9999 is not an ACO of the program"), refused.body());
        assertEquals(before, sourcesOf(2022), "nothing of the bad file was saved");

        List<String> noColumn = lines.stream().map(l -> l.replace(",N_AB,", ",Beneficiaries,")).toList();
        HttpResponse<String> missing = upload(2022, "py2022-columns.csv", DemoUser.CMS_ANALYST, noColumn);
        assertEquals(400, missing.statusCode(), missing.body());
        assertEquals("header, N_AB", object(missing).getJsonArray("fields").getJsonObject(0).getString("field"), missing.body());

        HttpResponse<String> future = upload(2031, "py2031.csv", DemoUser.CMS_ANALYST, lines);
        assertEquals(400, future.statusCode(), future.body());
        assertTrue(object(future).getString("message").contains("outside that range"), future.body());

        HttpResponse<String> notCsv = upload(2022, "inputs.xlsx", DemoUser.CMS_ANALYST, lines);
        assertEquals(400, notCsv.statusCode(), notCsv.body());

        assertEquals(403, upload(2022, "py2022-clean.csv", DemoUser.CMS_REVIEWER, lines).statusCode(), "reviewers only read");
        assertEquals(403, upload(2022, "py2022-clean.csv", DemoUser.ACO_EXECUTIVE, lines).statusCode());
        assertEquals(before, sourcesOf(2022));
    }

    // ------------------------------------------------------------------ runs, approval, release, settlements

    private static JsonObject run(long id) {
        return object(HttpApi.getJson("api/reconciliation/runs/" + id, DemoUser.CMS_REVIEWER));
    }

    private static JsonObject waitUntilComplete(long id) {
        return new FluentWait<>(id).withTimeout(Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(250))
                .withMessage("run " + id + " did not complete")
                .until(runId -> {
                    JsonObject r = run(runId);
                    return r.getJsonNumber("reconciled").longValue() >= r.getInt("inputCount") ? r : null;
                });
    }

    /** The reason is read only when PY2023 was released already (by this or another test): then the run is a correction. */
    static final String START = "{\"reason\":\"Test run of the demo inputs\"}";

    @Test
    void aRunReconcilesEveryAcoAndAcosSeeOnlyTheirOwnReleasedSettlement() {
        assertEquals(403, HttpApi.postJson("api/reconciliation/runs?year=2023", DemoUser.CMS_REVIEWER, START).statusCode(),
                "only analysts start runs");
        HttpResponse<String> started = HttpApi.postJson("api/reconciliation/runs?year=2023", DemoUser.CMS_ANALYST, START);
        assertEquals(200, started.statusCode(), started.body());
        long id = object(started).getJsonNumber("id").longValue();
        assertEquals("DRAFT", object(started).getString("status"));

        JsonObject done = waitUntilComplete(id);
        int acos = done.getInt("inputCount");
        assertTrue(acos >= 6, done.toString());
        assertEquals(acos, done.getJsonNumber("reconciled").intValue(), "one result per ACO, none twice");

        JsonArray results = HttpApi.json(HttpApi.getJson("api/reconciliation/runs/" + id + "/results", DemoUser.CMS_REVIEWER).body())
                .asJsonArray();
        assertEquals(acos, results.size());
        JsonArray enhanced = HttpApi.json(HttpApi.getJson("api/reconciliation/runs/" + id + "/results?track=ENHANCED",
                DemoUser.CMS_REVIEWER).body()).asJsonArray();
        assertTrue(enhanced.getValuesAs(JsonObject.class).stream().allMatch(r -> r.getString("track").equals("ENHANCED")));
        assertTrue(enhanced.getValuesAs(JsonObject.class).stream().anyMatch(r -> r.getString("acoId").equals("A1001")));
        JsonArray corridor = HttpApi.json(HttpApi.getJson("api/reconciliation/runs/" + id + "/results?outcome=WITHIN_CORRIDOR",
                DemoUser.CMS_REVIEWER).body()).asJsonArray();
        assertTrue(corridor.getValuesAs(JsonObject.class).stream().noneMatch(r -> r.getString("acoId").equals("A1001")));
        JsonArray byName = HttpApi.json(HttpApi.getJson("api/reconciliation/runs/" + id + "/results?aco=palm%20beach",
                DemoUser.CMS_REVIEWER).body()).asJsonArray();
        assertEquals(List.of("A1001"), byName.getValuesAs(JsonObject.class).stream().map(r -> r.getString("acoId")).toList(),
                "the ACO filter matches names as well as IDs");

        // Palm Beach's settlement reproduces CMS's published PY2023 payment within the PUF's rounding
        JsonObject palmBeach = object(HttpApi.getJson("api/reconciliation/runs/" + id + "/results/A1001", DemoUser.CMS_ANALYST));
        BigDecimal net = palmBeach.getJsonObject("figures").getJsonNumber("netAmount").bigDecimalValue();
        assertTrue(net.subtract(new BigDecimal("73426268")).abs().compareTo(new BigDecimal("2")) <= 0, net.toString());

        String mine = "api/settlements/" + id + "/A1001";
        assertEquals(404, HttpApi.getJson(mine, DemoUser.ACO_EXECUTIVE).statusCode(), "a draft never reaches an ACO");
        assertEquals(400, HttpApi.postJson("api/reconciliation/runs/" + id + "/release", DemoUser.CMS_ANALYST, "{}").statusCode(),
                "a draft cannot be released");
        assertEquals(403, HttpApi.postJson("api/reconciliation/runs/" + id + "/approve", DemoUser.CMS_REVIEWER, "{}").statusCode());
        HttpResponse<String> ownApproval = HttpApi.postJson("api/reconciliation/runs/" + id + "/approve", DemoUser.CMS_ANALYST, "{}");
        assertEquals(400, ownApproval.statusCode(), "four eyes: " + ownApproval.body());
        assertTrue(object(ownApproval).getString("message").contains("another analyst must approve"), ownApproval.body());
        HttpResponse<String> approved = HttpApi.postJson("api/reconciliation/runs/" + id + "/approve", DemoUser.CMS_LEAD,
                "{\"note\":\"Checked the six ACOs against their inputs\"}");
        assertEquals(200, approved.statusCode(), approved.body());
        assertEquals("APPROVED", object(approved).getString("status"));
        assertEquals("cms.lead", object(approved).getString("approvedBy"));
        assertEquals("Checked the six ACOs against their inputs", object(approved).getString("approvalNote"));
        assertEquals(404, HttpApi.getJson(mine, DemoUser.ACO_EXECUTIVE).statusCode(), "approved is not released");
        assertEquals(400, HttpApi.post("api/reconciliation/runs/" + id + "/resume", DemoUser.CMS_ANALYST, "application/json", "{}").statusCode(),
                "a complete run has nothing to resume");

        HttpResponse<String> released = HttpApi.postJson("api/reconciliation/runs/" + id + "/release", DemoUser.CMS_ANALYST, "{}");
        assertEquals(200, released.statusCode(), released.body());
        assertEquals("RELEASED", object(released).getString("status"));

        HttpResponse<String> own = HttpApi.getJson(mine, DemoUser.ACO_EXECUTIVE);
        assertEquals(200, own.statusCode(), own.body());
        assertEquals(net, object(own).getJsonObject("figures").getJsonNumber("netAmount").bigDecimalValue());
        assertEquals(200, HttpApi.getJson(mine, DemoUser.ACO_STAFF).statusCode());
        assertEquals(403, HttpApi.getJson(mine, DemoUser.ATLANTIC_STAFF).statusCode(), "another ACO's figures stay hidden");
        assertEquals(403, HttpApi.getJson("api/settlements/" + id + "/A1026", DemoUser.ACO_EXECUTIVE).statusCode());
        assertEquals(200, HttpApi.getJson("api/settlements/" + id + "/A1026", DemoUser.ATLANTIC_STAFF).statusCode());
        assertEquals(403, HttpApi.getJson(mine, DemoUser.CMS_ANALYST).statusCode(), "the ACO view is for the ACO's own people");

        JsonArray list = HttpApi.json(HttpApi.getJson("api/settlements", DemoUser.ACO_EXECUTIVE).body()).asJsonArray();
        assertTrue(list.getValuesAs(JsonObject.class).stream().allMatch(s -> s.getString("acoId").equals("A1001")), list.toString());
        assertTrue(list.getValuesAs(JsonObject.class).stream().anyMatch(s -> s.getJsonNumber("runId").longValue() == id));

        HttpResponse<String> pdf = HttpApi.get(mine + "/pdf", DemoUser.ACO_EXECUTIVE, "application/pdf");
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.body().startsWith("%PDF-"), "a PDF document");
        HttpResponse<String> csv = HttpApi.get(mine + "/csv", DemoUser.ACO_EXECUTIVE, "text/csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().contains("Net settlement"), csv.body());
        assertTrue(csv.body().contains("Step 1: Savings rate,"), "the explanation steps are in the CSV, in words: " + csv.body());
        assertTrue(!csv.body().contains("savingsRate") && !csv.body().matches("(?s).*\\d\\.\\d{12,}.*"),
                "no rule identifiers, no long decimals: " + csv.body());
        assertTrue(pdf.body().contains("LiberationSans"), "the PDF embeds a font that has −, ≥ and ×");
        HttpResponse<String> othersPdf = HttpApi.get("api/settlements/" + id + "/A1026/pdf", DemoUser.ACO_EXECUTIVE, "application/pdf");
        assertEquals(403, othersPdf.statusCode(), othersPdf.body());
        assertTrue(!othersPdf.body().startsWith("%PDF"), "no report of another ACO");
    }

    @Test
    void aReleasedYearIsRunAgainOnlyAsAnExplainedRevisionWhichTheAcoSees() {
        long first = object(HttpApi.postJson("api/reconciliation/runs?year=2023", DemoUser.CMS_ANALYST, START)).getJsonNumber("id").longValue();
        waitUntilComplete(first);
        assertEquals(200, HttpApi.postJson("api/reconciliation/runs/" + first + "/approve", DemoUser.CMS_LEAD, "{}").statusCode());
        JsonObject released = object(HttpApi.postJson("api/reconciliation/runs/" + first + "/release", DemoUser.CMS_LEAD, "{}"));
        int revision = released.getInt("revision");

        HttpResponse<String> silent = HttpApi.postJson("api/reconciliation/runs?year=2023", DemoUser.CMS_ANALYST, "{}");
        assertEquals(400, silent.statusCode(), silent.body());
        assertTrue(object(silent).getString("message").contains("released already (revision " + revision + ")"), silent.body());

        HttpResponse<String> corrected = HttpApi.postJson("api/reconciliation/runs?year=2023", DemoUser.CMS_ANALYST,
                "{\"reason\":\"Corrected EUC reduction for A1026\"}");
        assertEquals(200, corrected.statusCode(), corrected.body());
        long second = object(corrected).getJsonNumber("id").longValue();
        assertEquals(revision + 1, object(corrected).getInt("revision"));
        waitUntilComplete(second);
        assertEquals(200, HttpApi.postJson("api/reconciliation/runs/" + second + "/approve", DemoUser.CMS_LEAD, "{}").statusCode());
        assertEquals(200, HttpApi.postJson("api/reconciliation/runs/" + second + "/release", DemoUser.CMS_ANALYST, "{}").statusCode());

        JsonObject inForce = HttpApi.json(HttpApi.getJson("api/settlements", DemoUser.ATLANTIC_STAFF).body()).asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(x -> x.getJsonObject("figures") != null && x.getInt("revision") == revision + 1)
                .findFirst().orElseThrow(() -> new AssertionError("the ACO does not see the corrected revision"));
        assertEquals(second, inForce.getJsonNumber("runId").longValue(), "the latest release is the one in force");
        assertEquals("Corrected EUC reduction for A1026", inForce.getString("revisionReason"));
    }
}
