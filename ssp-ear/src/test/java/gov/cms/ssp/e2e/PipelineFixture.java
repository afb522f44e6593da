package gov.cms.ssp.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gov.cms.ssp.assignment.AssignmentPipeline;
import gov.cms.ssp.assignment.PartitionedYear;
import gov.cms.ssp.assignment.SyntheticYear;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * Generated years for the claims-to-settlement tests: every year from the same seed and size, so the
 * ACOs and TINs of a PY's lists are those its benchmark years' claims were billed by (A1000–A1002;
 * A1001 is the demo's Palm Beach ACO, with an agreement from 2025, benchmark years 2022–2024).
 */
final class PipelineFixture {
    static final int BENEFICIARIES = 1_500;
    static final long SEED = 3;
    static final List<Integer> BENCHMARK_YEARS = List.of(2022, 2023, 2024);

    private PipelineFixture() {
    }

    /**
     * How the fixture calls the application: the managed test server with the analyst's token by default,
     * FaultToleranceIT's own server with its own.
     */
    interface Api {
        HttpResponse<String> call(String method, String path, String contentType, byte[] body);
    }

    static final Api TEST_SERVER = (method, path, type, body) -> HttpApi.request(method, path, Map.of("Authorization", "Bearer "
            + HttpApi.token(DemoUser.CMS_ANALYST), "Content-Type", type, "Accept", "application/json"), body);

    /** A generated year in a temp folder (generated once per JVM). */
    static Path year(int year) {
        return year(year, BENEFICIARIES);
    }

    /** A generated year of this many beneficiaries, the same seed (generated once per JVM). */
    static synchronized Path year(int year, int beneficiaries) {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "ssp-pipeline-it-" + SEED + "-" + beneficiaries, Integer.toString(year));
        try {
            if (!Files.exists(dir.resolve("done"))) {
                new SyntheticYear(beneficiaries, SEED, year).write(dir);
                Files.writeString(dir.resolve("done"), "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /** Uploads a year's per-beneficiary files (and, for a PY, its program files) as the analyst; claims in parts. */
    static void upload(int year, boolean programFiles) {
        upload(TEST_SERVER, year, BENEFICIARIES, programFiles);
    }

    static void upload(Api api, int year, int beneficiaries, boolean programFiles) {
        Path dir = year(year, beneficiaries);
        for (String name : PartitionedYear.BENEFICIARY_FILES) {
            if (name.equals("claim_lines.csv")) {
                uploadInParts(api, year, name, bytes(dir.resolve(name)), 700_000);
            } else {
                HttpResponse<String> r = put(api, "api/assignment/data/" + year + "/" + name, bytes(dir.resolve(name)));
                assertEquals(200, r.statusCode(), name + ": " + r.body());
            }
        }
        if (programFiles) {
            for (String name : Stream.concat(PartitionedYear.PROGRAM_FILES.stream(), PartitionedYear.OPTIONAL_FILES.stream())
                    .filter(n -> Files.exists(dir.resolve(n))).toList()) {
                HttpResponse<String> r = put(api, "api/assignment/data/" + year + "/" + name, bytes(dir.resolve(name)));
                assertEquals(200, r.statusCode(), name + ": " + r.body());
            }
        }
    }

    /** The chunked upload the page uses: begin, parts at their offsets, complete. */
    static HttpResponse<String> uploadInParts(Api api, int year, String name, byte[] content, int partSize) {
        String base = "api/assignment/data/" + year + "/" + name + "/uploads";
        HttpResponse<String> begun = api.call("POST", base, "application/json", new byte[0]);
        assertEquals(200, begun.statusCode(), begun.body());
        String token = HttpApi.object(begun).getString("token");
        for (int offset = 0; offset < content.length; offset += partSize) {
            byte[] part = Arrays.copyOfRange(content, offset, Math.min(content.length, offset + partSize));
            HttpResponse<String> sent = put(api, base + "/" + token + "?offset=" + offset, part);
            assertEquals(200, sent.statusCode(), sent.body());
            assertEquals(Math.min(content.length, offset + partSize), HttpApi.object(sent).getJsonNumber("received").longValue());
        }
        HttpResponse<String> done = api.call("POST", base + "/" + token + "/complete", "application/json", new byte[0]);
        assertEquals(200, done.statusCode(), done.body());
        return done;
    }

    static HttpResponse<String> put(String path, byte[] body) {
        return put(TEST_SERVER, path, body);
    }

    static HttpResponse<String> put(Api api, String path, byte[] body) {
        return api.call("PUT", path, "application/octet-stream", body);
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** National figures for the years (CMS administrator): flat per capita, no truncation point (derived by the run). */
    static void loadNationalFigures(List<Integer> years) {
        StringBuilder csv = new StringBuilder("year,enrollment_type,national_per_capita,truncation_point\n");
        for (int y : years) {
            csv.append(y).append(",ESRD,90000,\n").append(y).append(",DIS,12000,\n").append(y).append(",AGDU,15000,\n")
                    .append(y).append(",AGND,10000,\n");
        }
        HttpResponse<String> r = HttpApi.post("api/assignment/reference/national", DemoUser.CMS_ADMIN, "text/csv", csv.toString());
        assertEquals(200, r.statusCode(), r.body());
        // a generated year's ACOs are small: the MSR CMS sets for them (3.9%, the rate at 5,000)
        StringBuilder msr = new StringBuilder("year,aco_id,cms_set_msr\n");
        for (int y : years) {
            msr.append(y).append(",A1001,0.039\n");
        }
        HttpResponse<String> m = HttpApi.post("api/assignment/reference/aco-msr", DemoUser.CMS_ADMIN, "text/csv", msr.toString());
        assertEquals(200, m.statusCode(), m.body());
    }

    static JsonObject startRun(int py) {
        HttpResponse<String> r = HttpApi.postJson("api/assignment/runs", DemoUser.CMS_ANALYST, "{\"performanceYear\":" + py + "}");
        assertEquals(200, r.statusCode(), r.body());
        return HttpApi.object(r);
    }

    static JsonObject run(long id) {
        return HttpApi.object(HttpApi.getJson("api/assignment/runs/" + id, DemoUser.CMS_REVIEWER));
    }

    /** Waits (with a deadline) until the run is no longer computing; returns its last view. */
    static JsonObject awaitEnd(long id) {
        return new FluentWait<>(id).withTimeout(Duration.ofMinutes(5)).pollingEvery(Duration.ofMillis(500))
                .withMessage("assignment run " + id + " did not end").until(runId -> {
                    JsonObject r = run(runId);
                    return r.getString("status").equals("RUNNING") ? null : r;
                });
    }

    /** The command's outputs for a generated year (the same engine, run outside the server). */
    static Path commandOutput(int py) {
        return commandOutput(py, BENEFICIARIES);
    }

    static synchronized Path commandOutput(int py, int beneficiaries) {
        Path out = year(py, beneficiaries).resolveSibling(py + "-out");
        try {
            if (!Files.exists(out.resolve(AssignmentPipeline.ACO_SUMMARY))) {
                new AssignmentPipeline(py, py, year(py, beneficiaries)).run(out);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    static List<CSVRecord> rows(Path file) {
        try (CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            return p.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** aco_summary.csv of the command as "aco/type" → "person_years|expenditure|per_capita|n_ab". */
    static Map<String, String> commandSummary(int py) {
        return commandSummary(py, BENEFICIARIES);
    }

    static Map<String, String> commandSummary(int py, int beneficiaries) {
        Map<String, String> summary = new HashMap<>();
        for (CSVRecord row : rows(commandOutput(py, beneficiaries).resolve(AssignmentPipeline.ACO_SUMMARY))) {
            summary.put(row.get("aco_id") + "/" + row.get("type"), row.get("person_years") + "|" + row.get("expenditure") + "|"
                    + row.get("per_capita") + "|" + row.get("n_ab"));
        }
        return summary;
    }

    /** The run's summary of a year in the same form. */
    static Map<String, String> runSummary(long runId, int year) {
        return summary(HttpApi.getJson("api/assignment/runs/" + runId + "/summary/" + year, DemoUser.CMS_REVIEWER));
    }

    /** An answer of GET api/assignment/runs/{id}/summary/{year} in that form. */
    static Map<String, String> summary(HttpResponse<String> answer) {
        assertEquals(200, answer.statusCode(), answer.body());
        Map<String, String> summary = new HashMap<>();
        for (JsonObject row : HttpApi.json(answer.body()).asJsonArray().getValuesAs(JsonObject.class)) {
            summary.put(row.getString("acoId") + "/" + row.getString("type"),
                    new java.math.BigDecimal(row.getJsonNumber("months").longValue()).divide(java.math.BigDecimal.valueOf(12), 6,
                            java.math.RoundingMode.HALF_UP).toPlainString() + "|" + money(row, "expenditure") + "|"
                            + money(row, "perCapita") + "|" + row.getInt("assigned"));
        }
        return summary;
    }

    private static String money(JsonObject row, String field) {
        return row.isNull(field) || !row.containsKey(field) ? "" : row.getJsonNumber(field).bigDecimalValue().setScale(2).toPlainString();
    }
}
