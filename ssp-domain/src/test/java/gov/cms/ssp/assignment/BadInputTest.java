package gov.cms.ssp.assignment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import static gov.cms.ssp.assignment.Fixture.A1_TIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad input: exit 2, the file, line and column named, nothing written to OUT_DIR. */
class BadInputTest {

    @TempDir
    Path tmp;

    private Fixture.Result runWith(Consumer<Fixture> change) throws IOException {
        Fixture f = Fixture.standard(tmp.resolve("data"), 2024).bene("B1").bene("B2");
        f.carrier("B1", A1_TIN, "08", "99214", "2024-03-01", "300");
        change.accept(f);
        Fixture.Result result = f.assign();
        assertEquals(2, result.status(), result.stderr());
        assertFalse(Files.exists(result.out()), "nothing written");
        return result;
    }

    private static void assertNames(Fixture.Result result, String file, int line, String column) {
        assertTrue(result.stderr().contains(file + " line " + line + " column " + column), result.stderr());
    }

    @Test
    void aHeaderWithAQuoteNeverClosedIsBadInputOfLineOneNotAnIoFailure() throws IOException {
        Fixture.Result result = Fixture.standard(tmp.resolve("data"), 2024).bene("B1")
                .file("va_designations.csv", "\"bene_id,npi,tin,designation_date", "B1,,,2024-01-01").assign();
        assertEquals(2, result.status(), result.stderr());
        assertTrue(result.stderr().contains("va_designations.csv line 1: unreadable header"), result.stderr());
        assertFalse(Files.exists(result.out()), "nothing written");
    }

    @Test
    void unknownClaimTypeIsNamed() throws IOException {
        Fixture.Result result = runWith(f -> f.rawLine(
                "X1,1,B1,CARIER,2024-03-01,2024-03-01,,111111111,,,08,99213,11,,10,10,0,0,0,0,0,N,2024-04-01"));
        assertNames(result, "claim_lines.csv", 3, "claim_type");
    }

    @Test
    void malformedDateIsNamed() throws IOException {
        Fixture.Result result = runWith(f -> f.rawLine(
                "X1,1,B1,CARRIER,2024-02-30,2024-03-01,,111111111,,,08,99213,11,,10,10,0,0,0,0,0,N,2024-04-01"));
        assertNames(result, "claim_lines.csv", 3, "from_date");
    }

    @Test
    void malformedAmountIsNamed() throws IOException {
        Fixture.Result result = runWith(f -> f.rawLine(
                "X1,1,B1,CARRIER,2024-03-01,2024-03-01,,111111111,,,08,99213,11,,1e3,10,0,0,0,0,0,N,2024-04-01"));
        assertNames(result, "claim_lines.csv", 3, "allowed_amount");
    }

    @Test
    void duplicateClaimLineKeyIsNamed() throws IOException {
        Fixture.Result result = runWith(f -> f.rawLine(
                "C1,1,B1,CARRIER,2024-03-02,2024-03-02,,111111111,,,08,99213,11,,10,10,0,0,0,0,0,N,2024-04-01"));
        assertNames(result, "claim_lines.csv", 3, "line_num");
    }

    @Test
    void claimLineOfAnUnknownBeneficiaryIsNamed() throws IOException {
        Fixture.Result result = runWith(f -> f.rawLine(
                "X1,1,B9,CARRIER,2024-03-01,2024-03-01,,111111111,,,08,99213,11,,10,10,0,0,0,0,0,N,2024-04-01"));
        assertNames(result, "claim_lines.csv", 3, "bene_id");
        assertFalse(result.stderr().contains("B9"), "beneficiary identifiers are PHI: never in messages");
    }

    @Test
    void unknownEnrollmentFlagAndOverlappingMonthAreNamed() throws IOException {
        Fixture.Result flag = runWith(f -> f.months("B2", "2022-01", "2022-01", m -> m.put("part_b", "X")));
        // B1 has 51 rows (2021-10 … 2025-12) after the header: B2's 2022-01 row is line 2 + 51 + 3
        assertNames(flag, "enrollment_months.csv", 56, "part_b");
    }

    @Test
    void overlappingEnrollmentRowsAreNamed() throws IOException {
        Path data = tmp.resolve("data");
        Fixture f = Fixture.standard(data, 2024).bene("B1");
        f.write();
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(data.resolve("enrollment_months.csv")));
        lines.add(lines.get(5));
        Files.write(data.resolve("enrollment_months.csv"), lines);
        Path out = tmp.resolve("out");
        Fixture.Result result = Fixture.Result.run(new String[] {"--py", "2024", data.toString(), out.toString()}, out);
        assertEquals(2, result.status());
        assertNames(result, "enrollment_months.csv", lines.size(), "month");
        assertFalse(Files.exists(out));
    }

    @Test
    void enrollmentOfAnUnknownBeneficiaryAndDuplicateBeneficiaryAreNamed() throws IOException {
        Path data = tmp.resolve("data");
        Fixture f = Fixture.standard(data, 2024).bene("B1");
        f.write();
        Files.writeString(data.resolve("enrollment_months.csv"), "B7,2024-01,Y,Y,N,N,N,0,NA,10010\n",
                java.nio.file.StandardOpenOption.APPEND);
        Path out = tmp.resolve("out");
        Fixture.Result unknown = Fixture.Result.run(new String[] {"--py", "2024", data.toString(), out.toString()}, out);
        assertEquals(2, unknown.status());
        assertNames(unknown, "enrollment_months.csv", 53, "bene_id");

        Files.writeString(data.resolve("beneficiaries.csv"), "B1,1950-03-01,2,,10010\n", java.nio.file.StandardOpenOption.APPEND);
        Fixture.Result duplicate = Fixture.Result.run(new String[] {"--py", "2024", data.toString(), out.toString()}, out);
        assertEquals(2, duplicate.status());
        assertNames(duplicate, "beneficiaries.csv", 3, "bene_id");
    }

    @Test
    void unknownSexAndAssignmentMethodAreNamed() throws IOException {
        Path data = tmp.resolve("data");
        Fixture f = Fixture.standard(data, 2024).bene("B1");
        f.write();
        Files.writeString(data.resolve("aco_settings.csv"), "A9,2024,HYBRID,1,2024-01-01\n", java.nio.file.StandardOpenOption.APPEND);
        Path out = tmp.resolve("out");
        Fixture.Result result = Fixture.Result.run(new String[] {"--py", "2024", data.toString(), out.toString()}, out);
        assertEquals(2, result.status());
        assertNames(result, "aco_settings.csv", 4, "assignment_method");
    }

    @Test
    void anExistingOutDirIsLeftAsItWasOnBadInput() throws IOException {
        Path data = tmp.resolve("data");
        Fixture f = Fixture.standard(data, 2024).bene("B1");
        f.rawLine("X1,1,B1,CARRIER,2024-03-01,2024-03-01,,111111111,,,08,99213,11,,10,10,0,0,0,0,0,Q,2024-04-01");
        f.write();
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("assignment.csv"), "earlier run\n");
        Fixture.Result result = Fixture.Result.run(new String[] {"--py", "2024", data.toString(), out.toString()}, out);
        assertEquals(2, result.status());
        assertNames(result, "claim_lines.csv", 2, "covid_episode_trigger");
        assertEquals("earlier run\n", Files.readString(out.resolve("assignment.csv")));
        assertEquals(1, Files.list(out).count());
        try (var siblings = Files.list(tmp)) {
            assertTrue(siblings.noneMatch(p -> p.getFileName().toString().startsWith(".assign-stage-")), "staging removed");
        }
    }

    @Test
    void badUsageExitsTwo() {
        Fixture.Result result = Fixture.Result.run(new String[] {"--py", "20x4", "a", "b"}, tmp.resolve("b"));
        assertEquals(2, result.status());
        assertTrue(result.stderr().contains(AssignCommand.USAGE));
    }
}
