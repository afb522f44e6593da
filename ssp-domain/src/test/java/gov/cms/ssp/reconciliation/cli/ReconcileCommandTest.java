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
}
