package gov.cms.ssp.assignment;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command end to end on a generated population: the invariants of spec E.5 and the identities of F.6. */
class GeneratedPopulationTest {

    private static final int BENEFICIARIES = 3_000;

    @TempDir
    static Path tmp;
    private static Fixture.Result result;
    private static Path data;

    @BeforeAll
    static void generateAndAssign() throws IOException {
        data = tmp.resolve("data");
        new SyntheticYear(BENEFICIARIES, 11, 2024).write(data);
        Path out = tmp.resolve("out");
        result = Fixture.Result.run(new String[] {"--py", "2024", data.toString(), out.toString()}, out);
        assertEquals(0, result.status(), result.stderr());
    }

    @Test
    void generationIsDeterministicForASeed() throws IOException {
        Path again = tmp.resolve("again");
        new SyntheticYear(BENEFICIARIES, 11, 2024).write(again);
        for (String file : List.of(InputFiles.CLAIMS, InputFiles.ENROLLMENT, ProgramLists.PARTICIPANTS)) {
            assertArrayEquals(Files.readAllBytes(data.resolve(file)), Files.readAllBytes(again.resolve(file)), file);
        }
        long lines = Files.lines(data.resolve(InputFiles.CLAIMS)).count() - 1;
        assertTrue(lines > 20L * BENEFICIARIES && lines < 40L * BENEFICIARIES, "about 30 claim lines each: " + lines);
    }

    @Test
    void eachBeneficiaryIsAssignedAtMostOnceAndTheSummaryLineCountsTheRows() throws IOException {
        List<CSVRecord> rows = result.rows(AssignmentPipeline.ASSIGNMENT);
        Set<String> seen = new HashSet<>();
        Map<String, Integer> bySteps = new HashMap<>();
        Set<String> acos = new HashSet<>();
        for (CSVRecord row : rows) {
            assertTrue(seen.add(row.get("bene_id")), "assigned twice: row " + row.getRecordNumber());
            bySteps.merge(row.get("step"), 1, Integer::sum);
            acos.add(row.get("aco_id"));
            if (!row.get("step").equals("VA")) {
                assertEquals("N", row.get("cba_also"));
            }
        }
        Matcher line = Pattern.compile("assigned (\\d+) of (\\d+) beneficiaries to (\\d+) ACOs "
                + "\\(VA (\\d+), step 1 (\\d+), step 2 (\\d+), step 3 (\\d+)\\)").matcher(result.stdout());
        assertTrue(line.matches(), result.stdout());
        assertEquals(rows.size(), Integer.parseInt(line.group(1)));
        assertEquals(BENEFICIARIES, Integer.parseInt(line.group(2)));
        assertEquals(acos.size(), Integer.parseInt(line.group(3)));
        assertEquals(bySteps.getOrDefault("VA", 0), Integer.parseInt(line.group(4)));
        assertEquals(bySteps.getOrDefault("1", 0), Integer.parseInt(line.group(5)));
        assertEquals(bySteps.getOrDefault("2", 0), Integer.parseInt(line.group(6)));
        assertEquals(0, Integer.parseInt(line.group(7)), "no step 3 before PY2025");
        assertTrue(bySteps.getOrDefault("1", 0) > BENEFICIARIES / 5, "a national mix assigns many in step 1");
        assertTrue(bySteps.getOrDefault("2", 0) > 0 && bySteps.getOrDefault("VA", 0) > 0);
    }

    @Test
    void acoSummariesHoldTheIdentitiesOfF6() throws IOException {
        Map<String, Integer> assignedPerAco = new HashMap<>();
        for (CSVRecord row : result.rows(AssignmentPipeline.ASSIGNMENT)) {
            assignedPerAco.merge(row.get("aco_id"), 1, Integer::sum);
        }
        Map<String, BigDecimal> truncatedSums = new HashMap<>();
        for (CSVRecord row : result.rows(AssignmentPipeline.BENE_EXPENDITURE)) {
            truncatedSums.merge(row.get("aco_id") + "/" + row.get("type"), new BigDecimal(row.get("truncated")), BigDecimal::add);
            assertTrue(Integer.parseInt(row.get("months")) >= 1 && Integer.parseInt(row.get("months")) <= 12);
            BigDecimal raw = new BigDecimal(row.get("raw"));
            assertTrue(raw.signum() < 0 || new BigDecimal(row.get("truncated")).compareTo(raw) <= 0, "truncation only lowers");
        }
        Map<String, BigDecimal[]> sums = new HashMap<>();
        int rows = 0;
        for (CSVRecord row : result.rows(AssignmentPipeline.ACO_SUMMARY)) {
            rows++;
            String aco = row.get("aco_id");
            BigDecimal py = new BigDecimal(row.get("person_years"));
            BigDecimal exp = new BigDecimal(row.get("expenditure"));
            assertEquals(assignedPerAco.getOrDefault(aco, 0), Integer.parseInt(row.get("n_ab")), aco);
            if (py.signum() > 0) {
                BigDecimal pc = new BigDecimal(row.get("per_capita"));
                // per_capita × person_years ≈ expenditure, within the rounding of both to their decimals
                BigDecimal tolerance = new BigDecimal("0.005").multiply(py).add(new BigDecimal("0.01"))
                        .add(pc.abs().multiply(new BigDecimal("0.0000005")));
                assertTrue(pc.multiply(py).subtract(exp).abs().compareTo(tolerance) <= 0, aco + " " + row.get("type"));
            } else {
                assertEquals("", row.get("per_capita"));
            }
            if (row.get("type").equals("TOTAL")) {
                BigDecimal[] s = sums.get(aco);
                assertTrue(py.subtract(s[0]).abs().compareTo(new BigDecimal("0.000003")) <= 0, "PY = Σ types, " + aco);
                assertTrue(exp.subtract(s[1]).abs().compareTo(new BigDecimal("0.03")) <= 0, "EXP = Σ types, " + aco);
            } else {
                sums.computeIfAbsent(aco, a -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                sums.get(aco)[0] = sums.get(aco)[0].add(py);
                sums.get(aco)[1] = sums.get(aco)[1].add(exp);
                BigDecimal fromBenes = truncatedSums.getOrDefault(aco + "/" + row.get("type"), BigDecimal.ZERO);
                int n = assignedPerAco.getOrDefault(aco, 0);
                // CF is 1: the ACO's figure is the sum of its beneficiaries' truncated amounts, up to their roundings
                assertTrue(exp.subtract(fromBenes).abs().compareTo(new BigDecimal("0.005").multiply(BigDecimal.valueOf(n + 1))) <= 0);
            }
        }
        assertEquals(5 * sums.size(), rows);
    }
}
