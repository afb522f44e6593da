package gov.cms.ssp.assignment;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The batch job's cut of the pipeline gives exactly what the command writes, whatever order buckets run in. */
class PartitionedYearTest {

    @TempDir
    Path tmp;

    @Test
    void bucketsInReverseOrderGiveTheCommandsAssignmentsAndSummaryToTheCent() throws Exception {
        Path data = tmp.resolve("data");
        new SyntheticYear(2_500, 5, 2024).write(data);
        Path out = tmp.resolve("out");
        Fixture.Result cli = Fixture.Result.run(new String[] {"--py", "2024", data.toString(), out.toString()}, out);
        assertEquals(0, cli.status(), cli.stderr());

        PartitionedYear year = PartitionedYear.of(2024, 2024, data);
        int buckets = PartitionedYear.bucketCount(year.countBeneficiaries(), 7);
        assertEquals(7, buckets, "a small year is still cut into several partitions");
        Path bucketDir = tmp.resolve("buckets");
        assertEquals(2_500, year.partition(bucketDir, buckets));
        List<PartitionedYear.AssignedBeneficiary> assigned = new ArrayList<>();
        Map<EnrollmentType, List<PartitionedYear.AssignableAmount>> derived = new EnumMap<>(EnrollmentType.class);
        int seen = 0;
        for (int bucket = buckets - 1; bucket >= 0; bucket--) {
            PartitionedYear.BucketOutcome outcome = year.assignBucket(bucketDir, buckets, bucket);
            seen += outcome.beneficiaries();
            assigned.addAll(outcome.assigned());
            outcome.assignable().forEach(a -> derived.computeIfAbsent(a.type(), t -> new ArrayList<>()).add(a));
        }
        assertEquals(2_500, seen);

        Map<String, String> expected = new HashMap<>();
        for (CSVRecord row : cli.rows(AssignmentPipeline.ASSIGNMENT)) {
            expected.put(row.get("bene_id"), row.get("aco_id") + "/" + row.get("step") + "/" + row.get("cba_also"));
        }
        assertEquals(expected.size(), assigned.size());
        for (PartitionedYear.AssignedBeneficiary a : assigned) {
            assertEquals(expected.get(a.beneId()), a.acoId() + "/" + a.step().code() + "/" + (a.cbaAlso() ? "Y" : "N"));
        }

        PartitionedYear.Totals totals = year.totals(derived);
        Map<String, BigDecimal> truncated = new HashMap<>();
        for (PartitionedYear.AssignedBeneficiary a : assigned) {
            totals.countBeneficiary(a.acoId());
            a.months().forEach((type, months) ->
                    truncated.put(a.beneId() + "/" + type, totals.add(a.acoId(), type, months, a.raw().get(type))));
        }
        for (CSVRecord row : cli.rows(AssignmentPipeline.BENE_EXPENDITURE)) {
            assertEquals(new BigDecimal(row.get("truncated")), truncated.get(row.get("bene_id") + "/" + row.get("type")));
        }
        Map<String, String> summary = new HashMap<>();
        for (PartitionedYear.SummaryRow row : totals.summary(year.acos())) {
            summary.put(row.acoId() + "/" + (row.type() == null ? "TOTAL" : row.type().name()),
                    OutputFormat.personYears(row.months()) + "|" + text(row.expenditure()) + "|" + text(row.perCapita()) + "|" + row.assigned());
        }
        List<CSVRecord> rows = cli.rows(AssignmentPipeline.ACO_SUMMARY);
        assertEquals(rows.size(), summary.size());
        for (CSVRecord row : rows) {
            assertEquals(row.get("person_years") + "|" + row.get("expenditure") + "|" + row.get("per_capita") + "|" + row.get("n_ab"),
                    summary.get(row.get("aco_id") + "/" + row.get("type")), row.toString());
        }
    }

    @Test
    void aFileCheckNamesEveryBadRowWithLineAndColumn() throws IOException {
        String claims = "bene_id,birth_date,sex,death_date,ssa_state_county\n"
                + "B1,1950-01-01,1,,10010\n"
                + "B2,1950-13-01,1,,10010\n"
                + "B3,1950-01-01,7,,10010\n"
                + "B4,1950-01-01,2,,10010\n";
        InputStream in = new ByteArrayInputStream(claims.getBytes(StandardCharsets.UTF_8));
        List<BadInputException> problems = PartitionedYear.checkFile("beneficiaries.csv", in, 100);
        assertEquals(2, problems.size(), problems.toString());
        assertEquals(3, problems.get(0).line());
        assertEquals("birth_date", problems.get(0).column());
        assertEquals(4, problems.get(1).line());
        assertEquals("sex", problems.get(1).column());
        assertTrue(PartitionedYear.checkFile("beneficiaries.csv",
                new ByteArrayInputStream("bene_id,sex\nB1,1\n".getBytes(StandardCharsets.UTF_8)), 100).get(0)
                .getMessage().contains("header lacks"));
    }

    @Test
    void aGeneratedFileIsWellFormed() throws IOException {
        Path data = tmp.resolve("ok");
        new SyntheticYear(300, 2, 2024).write(data);
        for (String name : PartitionedYear.BENEFICIARY_FILES) {
            try (InputStream in = Files.newInputStream(data.resolve(name))) {
                assertEquals(List.of(), PartitionedYear.checkFile(name, in, 10), name);
            }
        }
        assertEquals(null, PartitionedYear.checkProgramFiles(data, 2024));
    }

    private static String text(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
