package gov.cms.ssp.reconciliation.cli;

import gov.cms.ssp.reconciliation.puf.PufColumns;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The product owner's check (issue 11 §1): empty exactly the outcome columns of a real file, run
 * the command, and compare its figures with CMS's. Every checkable row must reproduce CMS's
 * EarnSaveLoss, GenSaveLoss, FinalShareRate, FinalLossRate and (one-sided, N ≥ 5,000) MinSavPerc;
 * the run on the file as published must report the same. Expected values are the files' own columns.
 */
class EmptiedOutcomeColumnsTest {

    @TempDir
    Path dir;

    private record Run(int exitCode, List<String> lines, String err) {
        String summary() {
            return lines.get(lines.size() - 1);
        }

        Map<String, Map<String, String>> rows() throws IOException {
            String csv = String.join("\n", lines.subList(0, lines.size() - 1));
            Map<String, Map<String, String>> rows = new LinkedHashMap<>();
            try (CSVParser p = CSVParser.parse(csv, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
                for (CSVRecord r : p) {
                    rows.put(r.get("ACO_ID"), r.toMap());
                }
            }
            return rows;
        }
    }

    private static Run run(int year, Path file) {
        StringWriter out = new StringWriter();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ReconcileCommand.run(new String[] {"--year", String.valueOf(year), file.toString()}, out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString().lines().toList(), err.toString(StandardCharsets.UTF_8));
    }

    private static Path resource(String name) throws Exception {
        return Path.of(EmptiedOutcomeColumnsTest.class.getResource("/puf/" + name).toURI());
    }

    /** A copy of the file with every outcome column's cells emptied (header and other cells untouched). */
    private Path emptied(Path original) throws IOException {
        Path copy = dir.resolve(original.getFileName());
        Set<String> outcomes = new HashSet<>();
        PufColumns.OUTCOMES.forEach(c -> outcomes.add(c.toLowerCase()));
        try (Reader in = Files.newBufferedReader(original, StandardCharsets.ISO_8859_1);
             CSVParser parser = CSVParser.parse(in, CSVFormat.DEFAULT);
             Writer w = Files.newBufferedWriter(copy, StandardCharsets.ISO_8859_1);
             CSVPrinter printer = new CSVPrinter(w, CSVFormat.DEFAULT)) {
            List<Integer> emptied = new ArrayList<>();
            boolean header = true;
            for (CSVRecord r : parser) {
                List<String> cells = new ArrayList<>(r.toList());
                if (header) {
                    for (int i = 0; i < cells.size(); i++) {
                        if (outcomes.contains(cells.get(i).trim().toLowerCase())) {
                            emptied.add(i);
                        }
                    }
                    header = false;
                } else {
                    emptied.forEach(i -> cells.set(i, ""));
                }
                printer.printRecord(cells);
            }
            assertTrue(emptied.size() >= 5, "outcome columns found: " + emptied.size());
        }
        return copy;
    }

    private static Map<String, Map<String, String>> original(Path file) throws IOException {
        Map<String, Map<String, String>> rows = new HashMap<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1);
             CSVParser p = CSVParser.parse(in, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            for (CSVRecord r : p) {
                Map<String, String> row = r.toMap();
                rows.put(row.containsKey("ACO_ID") ? row.get("ACO_ID") : row.get("ACO_Num"), row);
            }
        }
        return rows;
    }

    private static BigDecimal money(String cell) {
        return new BigDecimal(cell.replace(",", "").replace("$", "").trim());
    }

    /** CMS's rate as a fraction, in whichever notation the file writes it. */
    private static BigDecimal rate(String cell, boolean percent) {
        String c = cell.trim();
        if (c.endsWith("%")) {
            return new BigDecimal(c.substring(0, c.length() - 1)).movePointLeft(2);
        }
        return percent ? new BigDecimal(c).movePointLeft(2) : new BigDecimal(c);
    }

    @ParameterizedTest(name = "PY{0}")
    @CsvSource({"2015, PY2015_ACO_results.csv", "2018, PY2018_ACO_results.csv",
            "2022, PY2022_ACO_results.csv", "2023, PY2023_ACO_results.csv"})
    void computesEveryRowFromTheInputsAloneAndReproducesCms(int year, String name) throws Exception {
        Path file = resource(name);
        Run published = run(year, file);
        Run blank = run(year, emptied(file));
        assertEquals(0, published.exitCode(), published.err());
        assertEquals(0, blank.exitCode(), blank.err());
        Map<String, Map<String, String>> cms = original(file);
        Map<String, Map<String, String>> fromInputs = blank.rows();
        Map<String, Map<String, String>> checked = published.rows();
        assertEquals(cms.keySet(), fromInputs.keySet(), "one row per ACO");

        // 2015 has no Met_QPS column: an ACO that failed the quality standard is told apart only by
        // CMS's FinalShareRate of 0 (an outcome), so those rows are the expected misses of that layout
        Set<String> qualityFailuresNotInTheFile = new HashSet<>();
        if (!cms.values().iterator().next().containsKey("Met_QPS")) {
            cms.forEach((id, r) -> {
                if (money(r.get("FinalShareRate")).signum() == 0) {
                    qualityFailuresNotInTheFile.add(id);
                }
            });
        }

        long notCheckable = 0;
        boolean percentRates = year == 2015;   // QualScore/FinalShareRate as plain percent numbers
        for (Map.Entry<String, Map<String, String>> e : fromInputs.entrySet()) {
            String id = e.getKey();
            Map<String, String> ours = e.getValue();
            Map<String, String> theirs = cms.get(id);
            String status = ours.get("Status");
            assertTrue(Set.of("computed", "not-checkable").contains(status), id + " " + status + " " + ours.get("Reason"));
            // the same figures, whether or not CMS's results are in the file
            for (String column : List.of("Status", "MinSavPerc", "GenSaveLoss", "FinalShareRate", "FinalLossRate", "EarnSaveLoss")) {
                if (!column.equals("Status")) {
                    assertEquals(checked.get(id).get(column), ours.get(column), id + " " + column);
                }
            }
            assertTrue(!ours.get("EarnSaveLoss").isEmpty() && !ours.get("GenSaveLoss").isEmpty(), id + " computed values filled");
            if (status.equals("not-checkable")) {
                notCheckable++;
                assertTrue(ours.get("Reason").contains("participant revenue"), id + ": " + ours.get("Reason"));
                assertEquals("not-checkable", checked.get(id).get("Status"), id);
                continue;
            }
            if (qualityFailuresNotInTheFile.contains(id)) {
                continue;
            }
            BigDecimal tolerance = new BigDecimal(ours.get("EarnSaveLoss_Tolerance"));
            BigDecimal gap = money(ours.get("EarnSaveLoss")).subtract(money(theirs.get("EarnSaveLoss"))).abs();
            assertTrue(gap.compareTo(tolerance) <= 0, id + " EarnSaveLoss " + ours.get("EarnSaveLoss") + " vs CMS "
                    + theirs.get("EarnSaveLoss") + " (tolerance " + tolerance + ")");
            assertTrue(money(ours.get("GenSaveLoss")).subtract(money(theirs.get("GenSaveLoss"))).abs().compareTo(BigDecimal.ONE) <= 0,
                    id + " GenSaveLoss " + ours.get("GenSaveLoss") + " vs CMS " + theirs.get("GenSaveLoss"));
            BigDecimal share = rate(ours.get("FinalShareRate"), percentRates);
            BigDecimal cmsShare = rate(theirs.get("FinalShareRate"), percentRates);
            assertTrue(share.subtract(cmsShare).abs().compareTo(new BigDecimal("0.0001")) <= 0,
                    id + " FinalShareRate " + ours.get("FinalShareRate") + " vs CMS " + theirs.get("FinalShareRate"));
            if (theirs.containsKey("FinalLossRate") && !theirs.get("FinalLossRate").isBlank() && !ours.get("FinalLossRate").isEmpty()) {
                assertTrue(rate(ours.get("FinalLossRate"), false).subtract(rate(theirs.get("FinalLossRate"), false)).abs()
                        .compareTo(new BigDecimal("0.0001")) <= 0, id + " FinalLossRate");
            }
        }
        assertEquals("reproduced 0 of 0 checkable rows (" + notCheckable + " not checkable)", blank.summary());

        // the run on the file as CMS published it: every checkable row reproduced but the explained 2015 misses
        List<String> differing = checked.entrySet().stream().filter(e -> e.getValue().get("Status").equals("differs"))
                .map(Map.Entry::getKey).sorted().toList();
        assertEquals(qualityFailuresNotInTheFile.stream().sorted().toList(), differing);
        long checkable = cms.size() - notCheckable;
        assertEquals("reproduced " + (checkable - differing.size()) + " of " + checkable + " checkable rows ("
                + notCheckable + " not checkable)", published.summary());
        assertTrue(notCheckable * 20 <= cms.size(), notCheckable + " not checkable");
    }
}
