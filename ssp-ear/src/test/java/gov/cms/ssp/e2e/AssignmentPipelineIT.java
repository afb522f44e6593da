package gov.cms.ssp.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.cms.ssp.assignment.AssignmentPipeline;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * Claims to settlement in the shipped EAR on PostgreSQL: generated years uploaded (a bad file refused
 * whole with its line and column), the Batch job for a PY and its benchmark years with results equal
 * to the command's to the cent, the financial inputs it creates and a draft reconciliation from them;
 * a partition that fails and a resumed run that counts every beneficiary exactly once; ACO reports
 * confined to their ACO, every read in the PHI access log, declined sharing withheld.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AssignmentPipelineIT {
    static final int PY = 2026;
    /** the PY of the restart test: the test server fails its bucket 3 once (-Dssp.test.assignment.failOnce) */
    static final int FAILING_PY = 2039;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SspDeployment.ear();
    }

    @Test
    @Order(1)
    void aBadFileIsRefusedWholeNamingLineAndColumn() {
        String bad = "bene_id,birth_date,sex,death_date,ssa_state_county\nB1,1950-01-01,1,,10010\nB2,1950-02-30,1,,10010\n"
                + "B3,1950-01-01,9,,10010\n";
        HttpResponse<String> r = PipelineFixture.put("api/assignment/data/2031/beneficiaries.csv", bad.getBytes(StandardCharsets.UTF_8));
        assertEquals(400, r.statusCode(), r.body());
        JsonArray fields = HttpApi.object(r).getJsonArray("fields");
        assertEquals("line 3, column birth_date", fields.getJsonObject(0).getString("field"), r.body());
        assertEquals("line 4, column sex", fields.getJsonObject(1).getString("field"), r.body());
        assertTrue(HttpApi.object(r).getString("message").contains("nothing of it was loaded"));
        assertEquals(0, HttpApi.json(HttpApi.getJson("api/assignment/data/2031", DemoUser.CMS_REVIEWER).body()).asJsonArray().size(),
                "nothing loaded");
        HttpResponse<String> reviewer = HttpApi.request("PUT", "api/assignment/data/2031/beneficiaries.csv",
                Map.of("Authorization", "Bearer " + HttpApi.token(DemoUser.CMS_REVIEWER), "Content-Type", "text/csv"),
                bad.getBytes(StandardCharsets.UTF_8));
        assertEquals(403, reviewer.statusCode());
        HttpResponse<String> unknown = PipelineFixture.put("api/assignment/data/2031/passwords.csv", bad.getBytes(StandardCharsets.UTF_8));
        assertEquals(400, unknown.statusCode());
        HttpResponse<String> skipped = HttpApi.request("PUT", "api/assignment/data/2031/claim_lines.csv/uploads/"
                + "0123456789abcdef0123456789abcdef?offset=0", Map.of("Authorization", "Bearer " + HttpApi.token(DemoUser.CMS_ANALYST),
                "Content-Type", "text/csv"), bad.getBytes(StandardCharsets.UTF_8));
        assertEquals(404, skipped.statusCode(), "a part of no upload in progress");
    }

    @Test
    @Order(2)
    void aPyAndItsBenchmarkYearsGoFromClaimsToADraftReconciliation() {
        for (int by : PipelineFixture.BENCHMARK_YEARS) {
            PipelineFixture.upload(by, false);
        }
        PipelineFixture.upload(PY, true);
        PipelineFixture.loadNationalFigures(List.of(2022, 2023, 2024, PY));
        JsonArray files = HttpApi.json(HttpApi.getJson("api/assignment/data/" + PY, DemoUser.CMS_REVIEWER).body()).asJsonArray();
        assertEquals(9, files.size(), "five claims and enrollment files, three lists, the ETA hospitals: " + files);

        JsonObject started = PipelineFixture.startRun(PY);
        long id = started.getJsonNumber("id").longValue();
        JsonObject run = PipelineFixture.awaitEnd(id);
        assertEquals("COMPLETE", run.getString("status"), run.toString());
        List<JsonObject> years = run.getJsonArray("years").getValuesAs(JsonObject.class);
        List<Integer> computed = years.stream().map(y -> y.getInt("dataYear")).toList();
        assertEquals(PY, computed.get(0), "the PY first: " + computed);
        assertTrue(computed.containsAll(PipelineFixture.BENCHMARK_YEARS) && computed.stream().allMatch(y -> y <= PY && y >= PY - 8),
                "the PY and every year loaded in the eight before it: " + computed);
        for (JsonObject y : years) {
            assertTrue(y.getBoolean("partitioned") && y.getBoolean("summarized"), y.toString());
            assertEquals(y.getInt("bucketCount"), y.getInt("bucketsDone"), "every partition committed: " + y);
            assertTrue(y.getInt("bucketCount") >= 8, "partitioned by beneficiary into parallel partitions");
            assertEquals(PipelineFixture.BENEFICIARIES, y.getJsonNumber("beneficiaries").longValue());
        }

        // the same engine as ./ssp assign: every ACO summary row to the cent
        Map<String, String> expected = PipelineFixture.commandSummary(PY);
        assertEquals(expected, PipelineFixture.runSummary(id, PY));

        // the PY's figures became A1001's financial inputs, marked as the run's
        JsonObject input = HttpApi.json(HttpApi.getJson("api/reconciliation/financial-inputs/" + PY, DemoUser.CMS_REVIEWER).body())
                .asJsonArray().getValuesAs(JsonObject.class).stream().filter(i -> i.getString("acoId").equals("A1001"))
                .findFirst().orElseThrow(() -> new AssertionError("no inputs for A1001: " + run));
        assertTrue(input.getString("source").startsWith("assignment run " + id), input.toString());
        String[] total = expected.get("A1001/TOTAL").split("\\|");
        assertEquals(Integer.parseInt(total[3]), input.getInt("assignedBeneficiaries"));
        assertEquals(0, new BigDecimal(total[1]).compareTo(input.getJsonNumber("totalExpenditures").bigDecimalValue()));
        assertTrue(input.getJsonNumber("totalBenchmark").bigDecimalValue().signum() > 0);
        assertEquals(1, run.getInt("inputsCreated"), run.toString());

        // one more click: the draft reconciliation from those inputs
        HttpResponse<String> recon = HttpApi.postJson("api/reconciliation/runs?year=" + PY, DemoUser.CMS_ANALYST, "{}");
        assertEquals(200, recon.statusCode(), recon.body());
        long reconId = HttpApi.object(recon).getJsonNumber("id").longValue();
        JsonObject done = new FluentWait<>(reconId).withTimeout(Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(250))
                .until(r -> {
                    JsonObject v = HttpApi.object(HttpApi.getJson("api/reconciliation/runs/" + r, DemoUser.CMS_REVIEWER));
                    return v.getInt("reconciled") == v.getInt("inputCount") ? v : null;
                });
        assertEquals("DRAFT", done.getString("status"));
        assertTrue(done.getInt("reconciled") >= 1);
    }

    @Test
    @Order(3)
    void aFailedPartitionIsResumedAndEveryBeneficiaryIsCountedExactlyOnce() {
        PipelineFixture.upload(FAILING_PY, true);
        long id = PipelineFixture.startRun(FAILING_PY).getJsonNumber("id").longValue();
        JsonObject failed = PipelineFixture.awaitEnd(id);
        assertEquals("FAILED", failed.getString("status"), failed.toString());
        JsonObject year = failed.getJsonArray("years").getJsonObject(0);
        assertTrue(year.getInt("bucketsDone") < year.getInt("bucketCount"), "stopped part-way: " + year);
        assertTrue(failed.getString("problem").contains("simulated failure of partition " + FAILING_PY + "/3"), failed.toString());

        HttpResponse<String> resumed = HttpApi.postJson("api/assignment/runs/" + id + "/resume", DemoUser.CMS_ANALYST, "{}");
        assertEquals(200, resumed.statusCode(), resumed.body());
        JsonObject done = PipelineFixture.awaitEnd(id);
        assertEquals("COMPLETE", done.getString("status"), done.toString());
        JsonObject y = done.getJsonArray("years").getJsonObject(0);
        assertEquals(y.getInt("bucketCount"), y.getInt("bucketsDone"));
        List<CSVRecord> assigned = PipelineFixture.rows(PipelineFixture.commandOutput(FAILING_PY).resolve(AssignmentPipeline.ASSIGNMENT));
        assertEquals(assigned.size(), y.getJsonNumber("assigned").longValue(), "no beneficiary lost or counted twice");
        assertEquals(PipelineFixture.commandSummary(FAILING_PY), PipelineFixture.runSummary(id, FAILING_PY));
        assertEquals(400, HttpApi.postJson("api/assignment/runs/" + id + "/resume", DemoUser.CMS_ANALYST, "{}").statusCode(),
                "a complete run has nothing to resume");
    }

    @Test
    @Order(4)
    void anAcoReadsOnlyItsOwnReportAndEveryReadIsLogged() throws Exception {
        String base = "api/assignment-reports/A1001/" + PY;
        JsonObject report = HttpApi.object(HttpApi.getJson(base, DemoUser.ACO_EXECUTIVE));
        int assigned = Integer.parseInt(PipelineFixture.commandSummary(PY).get("A1001/TOTAL").split("\\|")[3]);
        assertEquals(assigned, report.getInt("assigned"));
        assertEquals(assigned, report.getJsonArray("byTin").getValuesAs(JsonObject.class).stream()
                .mapToInt(c -> c.getInt("beneficiaries")).sum(), "the per-TIN counts add up");

        // a beneficiary of A1001 declines data sharing: still listed, no claims details
        String declined = PipelineFixture.rows(PipelineFixture.commandOutput(PY).resolve(AssignmentPipeline.ASSIGNMENT)).stream()
                .filter(r -> r.get("aco_id").equals("A1001")).findFirst().orElseThrow().get("bene_id");
        HttpResponse<String> badPreference = HttpApi.post("api/assignment/sharing-preferences", DemoUser.CMS_ADMIN, "text/csv",
                "bene_id,declined,recorded_on\n" + declined + ",maybe,2026-03-01\n");
        assertEquals(400, badPreference.statusCode(), badPreference.body());
        assertEquals("line 2, column declined", HttpApi.object(badPreference).getJsonArray("fields").getJsonObject(0).getString("field"));
        HttpResponse<String> preference = HttpApi.post("api/assignment/sharing-preferences", DemoUser.CMS_ADMIN, "text/csv",
                "bene_id,declined,recorded_on\n" + declined + ",Y,2026-03-01\n");
        assertEquals(200, preference.statusCode(), preference.body());

        JsonObject page = HttpApi.object(HttpApi.getJson(base + "/beneficiaries?first=0&size=10", DemoUser.ACO_STAFF));
        assertEquals(10, page.getJsonArray("rows").size());
        assertEquals(assigned, page.getJsonNumber("total").longValue());

        HttpResponse<String> csv = HttpApi.get(base + "/beneficiaries.csv", DemoUser.ACO_EXECUTIVE, "text/csv");
        assertEquals(200, csv.statusCode());
        List<String> lines = csv.body().lines().toList();
        assertEquals(assigned + 1, lines.size(), "a header and every assigned beneficiary");
        String row = lines.stream().filter(l -> l.startsWith(declined + ",")).findFirst().orElseThrow();
        assertTrue(row.endsWith(",,Declined: claims details withheld"), row);
        assertTrue(lines.stream().skip(1).filter(l -> !l.startsWith(declined + ",")).allMatch(l -> l.endsWith(",Shared")));

        HttpResponse<String> excel = HttpApi.get(base + "/beneficiaries.xlsx", DemoUser.ACO_EXECUTIVE,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertEquals(200, excel.statusCode());
        assertTrue(excel.body().startsWith("PK"), "an Office Open XML workbook (a zip)");

        // another ACO's report reads exactly like a missing one
        HttpResponse<String> others = HttpApi.getJson(base, DemoUser.ATLANTIC_STAFF);
        HttpResponse<String> none = HttpApi.getJson("api/assignment-reports/A9999/" + PY, DemoUser.ATLANTIC_STAFF);
        assertEquals(404, others.statusCode());
        assertEquals(none.statusCode(), others.statusCode());
        assertEquals(HttpApi.object(none).getString("message").replace("A9999", "#"),
                HttpApi.object(others).getString("message").replace("A1001", "#"));
        assertEquals(404, HttpApi.get(base + "/beneficiaries.csv", DemoUser.ATLANTIC_STAFF, "text/csv").statusCode());

        // the PHI access log: who, which ACO, how many; readable by CMS administrators only
        List<JsonObject> log = HttpApi.json(HttpApi.getJson("api/assignment/phi-access?acoId=A1001", DemoUser.CMS_ADMIN).body())
                .asJsonArray().getValuesAs(JsonObject.class);
        assertTrue(log.stream().anyMatch(e -> e.getString("userName").equals("aco.staff") && e.getString("action").equals("VIEW")
                && e.getInt("beneficiaries") == 10), log.toString());
        assertTrue(log.stream().anyMatch(e -> e.getString("userName").equals("aco.executive") && e.getString("action").equals("CSV")
                && e.getInt("beneficiaries") == assigned));
        assertTrue(log.stream().anyMatch(e -> e.getString("action").equals("EXCEL") && e.getInt("performanceYear") == PY));
        assertFalse(log.toString().contains(declined), "no beneficiary identifier in the log");
        assertEquals(403, HttpApi.getJson("api/assignment/phi-access", DemoUser.CMS_ANALYST).statusCode());

        // and none in the server log
        Path serverLog = Path.of(System.getProperty("ssp.test.base.dir", ".servers/test-base"), "log", "server.log");
        if (Files.exists(serverLog)) {
            try (Stream<String> server = Files.lines(serverLog, StandardCharsets.ISO_8859_1)) {
                assertFalse(server.anyMatch(l -> l.contains(declined)), "a beneficiary identifier in server.log");
            }
        }
        assertNotNull(report.getString("estimatedFrom"));
    }

    @Test
    @Order(5)
    void eachParticipantTinShowsItsEstimateAndTheAcoItsTotalAgainstTheMinimum() {
        JsonObject estimates = HttpApi.object(HttpApi.getJson("api/assignment-estimates/A1001", DemoUser.ACO_EXECUTIVE));
        assertTrue(estimates.containsKey("runId"), estimates.toString());
        int total = estimates.getInt("acoTotal");
        assertTrue(total > 0 && total < 5_000, "a small generated year: below the minimum " + estimates);
        assertEquals(403, HttpApi.getJson("api/assignment-estimates/A1001", DemoUser.ATLANTIC_STAFF).statusCode());
    }

    @Test
    @Order(6)
    void quarterlyReportsRunTheSameEngineOnTheRollingWindowAndShowTheChangesFromQuarterToQuarter() throws Exception {
        long finalRun = HttpApi.object(HttpApi.getJson("api/assignment-reports/A1001/" + PY, DemoUser.ACO_EXECUTIVE))
                .getJsonNumber("runId").longValue();
        Map<Integer, Long> runs = new java.util.HashMap<>();
        for (int quarter : List.of(1, 2)) {
            HttpResponse<String> r = HttpApi.postJson("api/assignment/runs", DemoUser.CMS_ANALYST,
                    "{\"performanceYear\":" + PY + ",\"quarter\":" + quarter + "}");
            assertEquals(200, r.statusCode(), r.body());
            JsonObject started = HttpApi.object(r);
            assertEquals(quarter, started.getInt("quarter"));
            assertEquals(1, started.getJsonArray("years").size(), "a quarterly report computes the PY only");
            JsonObject done = PipelineFixture.awaitEnd(started.getJsonNumber("id").longValue());
            assertEquals("COMPLETE", done.getString("status"), done.toString());
            assertEquals(0, done.getInt("inputsCreated"), "a quarterly report is never a reconciliation input");
            runs.put(quarter, done.getJsonNumber("id").longValue());
        }
        assertEquals(400, HttpApi.postJson("api/assignment/runs", DemoUser.CMS_ANALYST,
                "{\"performanceYear\":" + PY + ",\"quarter\":5}").statusCode());

        // the same engine on the quarter's windows, outside the server
        Map<Integer, Map<String, String>> expected = new java.util.HashMap<>();
        for (int quarter : List.of(1, 2)) {
            gov.cms.ssp.assignment.PartitionedYear engine = gov.cms.ssp.assignment.PartitionedYear.ofQuarter(PY, PY, quarter,
                    PipelineFixture.year(PY));
            Path buckets = Files.createTempDirectory("ssp-quarter-" + quarter + "-");
            int count = gov.cms.ssp.assignment.PartitionedYear.bucketCount(engine.countBeneficiaries(), 1);
            engine.partition(buckets, count);
            Map<String, String> a1001 = new java.util.HashMap<>();
            for (int b = 0; b < count; b++) {
                for (gov.cms.ssp.assignment.PartitionedYear.AssignedBeneficiary a : engine.assignBucket(buckets, count, b).assigned()) {
                    if (a.acoId().equals("A1001")) {
                        a1001.put(a.beneId(), a.participantTin() == null ? "" : a.participantTin());
                    }
                }
            }
            expected.put(quarter, a1001);
        }
        Map<String, String> q1 = expected.get(1);
        Map<String, String> q2 = expected.get(2);
        long added = q2.keySet().stream().filter(b -> !q1.containsKey(b)).count();
        long dropped = q1.keySet().stream().filter(b -> !q2.containsKey(b)).count();

        String base = "api/assignment-reports/A1001/" + PY + "/quarters";
        assertEquals(List.of(1, 2), HttpApi.json(HttpApi.getJson(base, DemoUser.ACO_EXECUTIVE).body()).asJsonArray()
                .getValuesAs(jakarta.json.JsonNumber.class).stream().map(jakarta.json.JsonNumber::intValue).toList());
        JsonObject report = HttpApi.object(HttpApi.getJson(base + "/2", DemoUser.ACO_EXECUTIVE));
        assertEquals(runs.get(2), report.getJsonNumber("runId").longValue());
        assertEquals(q2.size(), report.getInt("assigned"));
        assertEquals("Q1 " + PY, report.getString("previousLabel"));
        assertEquals(q1.size(), report.getInt("previousAssigned"));
        assertEquals(added, report.getInt("added"));
        assertEquals(dropped, report.getInt("dropped"));
        for (JsonObject tin : report.getJsonArray("byTin").getValuesAs(JsonObject.class)) {
            String t = tin.getString("tin");
            assertEquals(q2.values().stream().filter(t::equals).count(), tin.getInt("current"), "TIN " + t);
            assertEquals(q1.values().stream().filter(t::equals).count(), tin.getInt("previous"), "TIN " + t);
        }
        JsonObject first = HttpApi.object(HttpApi.getJson(base + "/1", DemoUser.ACO_STAFF));
        assertTrue(!first.containsKey("previousLabel") || first.isNull("previousLabel"), "Q1 has no previous quarter: " + first);
        assertEquals(q1.size(), first.getInt("assigned"));
        assertEquals(finalRun, HttpApi.object(HttpApi.getJson("api/assignment-reports/A1001/" + PY, DemoUser.ACO_EXECUTIVE))
                .getJsonNumber("runId").longValue(), "the PY's report stays the final run's");

        // the download: the quarter's beneficiaries, then those dropped; claims details withheld where sharing was declined
        HttpResponse<String> csv = HttpApi.get(base + "/2/beneficiaries.csv", DemoUser.ACO_EXECUTIVE, "text/csv");
        assertEquals(200, csv.statusCode());
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(csv.body())).getRecords();
        assertEquals(q2.size() + dropped, rows.size());
        assertEquals(added, rows.stream().filter(r -> r.get("Change from the previous quarter").equals("Added")).count());
        assertEquals(dropped, rows.stream().filter(r -> r.get("Change from the previous quarter").equals("Dropped")).count());
        String declined = PipelineFixture.rows(PipelineFixture.commandOutput(PY).resolve(AssignmentPipeline.ASSIGNMENT)).stream()
                .filter(r -> r.get("aco_id").equals("A1001")).findFirst().orElseThrow().get("bene_id");
        rows.stream().filter(r -> r.get("Beneficiary (MBI)").equals(declined)).forEach(r -> {
            assertEquals("", r.get("Truncated expenditure (year to date)"));
            assertEquals("Declined: claims details withheld", r.get("Data sharing"));
        });
        assertTrue(rows.stream().filter(r -> !r.get("Beneficiary (MBI)").equals(declined)).allMatch(r -> r.get("Data sharing").equals("Shared")));
        HttpResponse<String> excel = HttpApi.get(base + "/2/beneficiaries.xlsx", DemoUser.ACO_EXECUTIVE,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertEquals(200, excel.statusCode());
        assertTrue(excel.body().startsWith("PK"));
        JsonObject page = HttpApi.object(HttpApi.getJson(base + "/2/beneficiaries?first=0&size=5", DemoUser.ACO_STAFF));
        assertEquals(q2.size() + dropped, page.getJsonNumber("total").longValue());

        // another ACO's quarterly report reads like a missing one; every read is in the PHI log with its quarter
        HttpResponse<String> others = HttpApi.getJson(base + "/2", DemoUser.ATLANTIC_STAFF);
        HttpResponse<String> none = HttpApi.getJson("api/assignment-reports/A9999/" + PY + "/quarters/2", DemoUser.ATLANTIC_STAFF);
        assertEquals(404, others.statusCode());
        assertEquals(HttpApi.object(none).getString("message").replace("A9999", "#"),
                HttpApi.object(others).getString("message").replace("A1001", "#"));
        assertEquals(404, HttpApi.get(base + "/2/beneficiaries.csv", DemoUser.ATLANTIC_STAFF, "text/csv").statusCode());
        assertEquals(404, HttpApi.getJson(base + "/3", DemoUser.ACO_EXECUTIVE).statusCode(), "a quarter not computed");
        assertEquals("[]", HttpApi.getJson(base, DemoUser.ATLANTIC_STAFF).body().strip(), "no quarters of another ACO");
        List<JsonObject> log = HttpApi.json(HttpApi.getJson("api/assignment/phi-access?acoId=A1001", DemoUser.CMS_ADMIN).body())
                .asJsonArray().getValuesAs(JsonObject.class);
        for (String action : List.of("CSV", "EXCEL", "VIEW")) {
            assertTrue(log.stream().anyMatch(e -> e.getString("action").equals(action) && e.containsKey("quarter")
                    && e.getInt("quarter") == 2), action + " of Q2 recorded: " + log);
        }
        assertTrue(log.stream().anyMatch(e -> e.getString("action").equals("CSV") && e.getInt("quarter", 0) == 2
                && e.getInt("beneficiaries") == q2.size() + dropped));
    }

    @Test
    @Order(7)
    void aTinTheLastRunSawNoClaimOfHasNoEstimateRatherThanZero() {
        // a TIN the latest run estimated (it billed there), and one no claim of any run names
        String billed = HttpApi.object(HttpApi.getJson("api/assignment-estimates/A1001", DemoUser.ACO_EXECUTIVE))
                .getJsonObject("byTin").keySet().stream().sorted().findFirst().orElseThrow();
        String unseen = "987654321";
        JsonObject estimates = HttpApi.object(HttpApi.getJson("api/assignment-estimates/A1001?tin=" + billed + "&tin=" + unseen,
                DemoUser.ACO_EXECUTIVE));
        JsonObject byTin = estimates.getJsonObject("byTin");
        assertTrue(byTin.containsKey(billed), "a TIN that billed has an estimate (0 or more): " + estimates);
        assertFalse(byTin.containsKey(unseen), "no estimate for a TIN without claims: " + estimates);
        assertEquals(1, byTin.size());
    }
}
