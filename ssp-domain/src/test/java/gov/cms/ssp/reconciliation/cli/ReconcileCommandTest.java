package gov.cms.ssp.reconciliation.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReconcileCommandTest {

    private static final Pattern SUMMARY = Pattern.compile("reproduced (\\d+) of (\\d+) checkable rows \\((\\d+) not checkable\\)");

    private final StringWriter out = new StringWriter();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    private int run(String... args) {
        return ReconcileCommand.run(args, out, err);
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(ReconcileCommandTest.class.getResource("/puf/" + name).toURI());
    }

    @ParameterizedTest(name = "PY{0}")
    @CsvSource({"2018, PY2018_ACO_results.csv, 548, 0.", "2023, PY2023_ACO_results.csv, 453, %"})
    void writesOneRowPerAcoThenTheSummary(int year, String file, int acos, String rateMark) throws Exception {
        assertEquals(0, run("--year", String.valueOf(year), resource(file).toString()), err());
        List<String> lines = out.toString().lines().toList();
        assertTrue(lines.get(0).startsWith("ACO_ID,Status,MinSavPerc,GenSaveLoss,FinalShareRate,FinalLossRate,EarnSaveLoss,Reason"));
        assertEquals(acos + 2, lines.size());
        Matcher summary = SUMMARY.matcher(lines.get(lines.size() - 1));
        assertTrue(summary.matches(), lines.get(lines.size() - 1));
        assertEquals(summary.group(1), summary.group(2), "every checkable row reproduced");
        assertEquals(acos, Integer.parseInt(summary.group(2)) + Integer.parseInt(summary.group(3)));
        // computed rates are written in the year's notation
        String firstRow = lines.get(1);
        assertTrue(firstRow.split(",")[2].contains(rateMark), firstRow);
        assertTrue(lines.subList(1, lines.size() - 1).stream()
                .allMatch(l -> l.matches("A\\d+,(reproduced|differs|not-checkable),.*")));
    }

    @Test
    void badUsageIsOneLineAndExitCode2() {
        assertEquals(2, run());
        assertEquals(1, err().lines().count(), err());
        assertTrue(err().contains("usage: reconcile --year YYYY FILE.csv"));
        assertEquals(2, new ReconcileCommandTest().run("--year", "20x8", "f.csv"));
        assertEquals(2, new ReconcileCommandTest().run("--year", "2030", "f.csv"));
        assertEquals(2, new ReconcileCommandTest().run("--bogus", "f.csv"));
    }

    @Test
    void missingFileIsExitCode1() {
        assertEquals(1, run("--year", "2018", "/no/such/file.csv"));
        assertTrue(err().startsWith("reconcile: no such file"), err());
    }

    @Test
    void badFileIsOneLineNamingRowAndColumn(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "ACO_ID,Current_Track,Current_Start_Date,N_AB,ABtotBnchmk,ABtotExp,"
                + "MinSavPerc,GenSaveLoss,EarnSaveLoss,Met_QPS,QualScore,FinalShareRate\n"
                + "A1,E,01/01/2021,6000,1000,9oo,2.00%,0,0,1,90.00%,50.00%\n");
        assertEquals(1, run("--year", "2023", bad.toString()));
        assertEquals(1, err().lines().count(), err());
        assertTrue(err().contains("row 1 (line 2), column ABtotExp: malformed number '9oo'"), err());
        assertEquals("", out.toString());
    }

    @Test
    void fileOfAnotherYearSaysWhichLayoutItLooksLike() throws Exception {
        assertEquals(1, run("--year", "2023", resource("PY2018_ACO_results.csv").toString()));
        assertEquals("", out.toString(), "nothing half-written");
        assertTrue(err().contains("PY2018_ACO_results.csv: header: this file does not have the layout of PY2023"), err());
        assertTrue(err().contains("looks like a PY2018–2020 per-ACO results file"), err());
        assertTrue(err().contains("Current_Track_1"), err());

        ReconcileCommandTest other = new ReconcileCommandTest();
        assertEquals(1, other.run("--year", "2018", resource("PY2023_ACO_results.csv").toString()));
        assertTrue(other.err().contains("looks like a PY2023–2024 per-ACO results file"), other.err());
        assertEquals("", other.out.toString());
    }

    @Test
    void everyBadRowIsListedAndNothingIsWritten(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "ACO_ID,Current_Track,Current_Start_Date,N_AB,ABtotBnchmk,ABtotExp,MinSavPerc,Met_QPS,QualScore\n"
                + "A1,E,01/01/2021,6000,1000,900,2.00%,1,90.00%\n"
                + "A2,E,13/45/2021,6000,1000,900,2.00%,1,90.00%\n"
                + "A3,E,01/01/2021,6000,1000,900,2.00%,maybe,90.00%\n"
                + "A4,Z,01/01/2021,6000,1000,900,2.00%,1,90.00%\n");
        assertEquals(1, run("--year", "2023", bad.toString()));
        assertEquals("", out.toString());
        List<String> problems = err().lines().toList();
        assertEquals(3, problems.size(), err());
        assertTrue(problems.get(0).contains("bad.csv: row 2 (line 3), column Current_Start_Date: invalid date '13/45/2021'"), err());
        assertTrue(problems.get(1).contains("bad.csv: row 3 (line 4), column Met_QPS: expected 0 or 1, found 'maybe'"), err());
        assertTrue(problems.get(2).contains("bad.csv: row 4 (line 5), column Current_Track: unknown track 'Z'"), err());
    }

    @Test
    void rowsWithoutPublishedResultsAreComputed(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("new-year.csv");
        // N 10,000 -> MSR 3%; 5,000,000 × 40% × 0.98 = 1,960,000
        Files.writeString(file, "ACO_ID,Current_Track,Current_Start_Date,N_AB,ABtotBnchmk,ABtotExp,MinSavPerc,Met_QPS,QualScore,"
                + "EarnSaveLoss\nA1,B,1/1/22 00:00,10000,\"100,000,000\",\"95,000,000\",3.00%,1,90.00%,\n");
        assertEquals(0, run("--year", "2023", file.toString()), err());
        List<String> lines = out.toString().lines().toList();
        assertTrue(lines.get(1).startsWith("A1,computed,3.00%,5000000,40.00%,,1960000,"), lines.get(1));
        assertEquals("reproduced 0 of 0 checkable rows (0 not checkable)", lines.get(2));
    }
}
