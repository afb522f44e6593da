package gov.cms.ssp.quality.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code ./ssp quality}: usage, exit codes and the comparison it prints. */
class QualityCommandTest {

    static Path puf(int py) throws Exception {
        return Path.of(QualityCommandTest.class.getResource("/puf/PY" + py + "_ACO_results.csv").toURI());
    }

    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = QualityCommand.run(args, out, new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void printsEveryAcoAndTheSummary() throws Exception {
        Run r = run("--year", "2023", puf(2023).toString());
        assertEquals(0, r.status(), r.err());
        String[] lines = r.out().split("\n");
        assertTrue(lines[0].startsWith("ACO_ID,Status,QualScore"));
        assertEquals(1 + 453 + 1, lines.length);
        assertEquals("quality PY2023: 453 ACOs, reproduced 5, consistent 446, differs 0, not checkable 2;"
                + " Met_QPS reproduced for 453", lines[lines.length - 1]);
        assertTrue(r.out().contains("A1070,reproduced,65.76,65.76,65.76,65.76,"), r.out().substring(0, 400));
    }

    @Test
    void aRowTheRulesCannotTakeRefusesTheFileNamingTheRow(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        java.util.List<String> lines = java.nio.file.Files.readAllLines(puf(2023), StandardCharsets.ISO_8859_1);
        java.util.List<String> header = java.util.Arrays.asList(lines.get(0).split(",", -1));
        String[] cells = lines.get(1).split(",", -1);
        cells[header.indexOf("Measure_479")] = "-5";
        Path bad = dir.resolve("bad.csv");
        java.nio.file.Files.write(bad, java.util.List.of(lines.get(0), String.join(",", cells)), StandardCharsets.ISO_8859_1);
        Run r = run("--year", "2023", bad.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("row 1: 479 (Administrative claims): the rate -5 is outside 0 to 100 percent"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void badUsageExitsTwo() throws Exception {
        assertEquals(2, run("--year", "2019", puf(2023).toString()).status());
        assertEquals(2, run(puf(2023).toString()).status());
        assertEquals(2, run("--year", "20x3", "f.csv").status());
        assertEquals(2, run("--yeah", "2023", "f.csv").status());
        Run missing = run("--year", "2023", "no-such-file.csv");
        assertEquals(1, missing.status());
        assertTrue(missing.err().contains("no such file"));
    }
}
