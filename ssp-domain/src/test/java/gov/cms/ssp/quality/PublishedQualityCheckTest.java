package gov.cms.ssp.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.cms.ssp.quality.puf.QualityCheck;
import gov.cms.ssp.quality.puf.QualityCheck.Verdict;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Against CMS: every ACO of the PY2022 and PY2023 per-ACO results files, recomputed from the measure
 * rates the files publish with that PY's benchmarks. docs/quality.md gives these counts and explains
 * every row that is not reproduced exactly.
 */
class PublishedQualityCheckTest {

    static List<QualityCheck.Row> check(int py) throws Exception {
        try (Reader r = new InputStreamReader(PublishedQualityCheckTest.class.getResourceAsStream(
                "/puf/PY" + py + "_ACO_results.csv"), StandardCharsets.ISO_8859_1)) {
            return QualityCheck.standard(py).check(r);
        }
    }

    static Map<Verdict, Integer> tally(List<QualityCheck.Row> rows) {
        Map<Verdict, Integer> t = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            t.put(v, 0);
        }
        rows.forEach(r -> t.merge(r.verdict(), 1, Integer::sum));
        return t;
    }

    static long metQpsReproduced(List<QualityCheck.Row> rows) {
        return rows.stream().filter(r -> r.result().determination() != null && r.published().metQps() != null
                && r.result().determination().metStandard() == r.published().metQps()).count();
    }

    static Set<String> ids(List<QualityCheck.Row> rows, Verdict v) {
        return rows.stream().filter(r -> r.verdict() == v).map(r -> r.published().acoId()).collect(Collectors.toSet());
    }

    static void report(int py, List<QualityCheck.Row> rows) {
        System.out.println("PY" + py + ": " + rows.size() + " ACOs, " + tally(rows) + ", Met_QPS reproduced for "
                + metQpsReproduced(rows));
        rows.stream().filter(r -> r.verdict() != Verdict.CONSISTENT)
                .forEach(r -> System.out.println("  " + r.published().acoId() + " " + r.verdict() + ": " + r.reason()));
    }

    @Test
    void py2022ReproducesEveryQualityStandardOutcomeAndTheScoresTheBenchmarksDetermine() throws Exception {
        List<QualityCheck.Row> rows = check(2022);
        report(2022, rows);
        Map<Verdict, Integer> t = tally(rows);
        assertEquals(482, rows.size());
        // every ACO was affected by the COVID-19 EUC (DisAffQual 1): each meets the standard, as CMS published
        assertEquals(482, metQpsReproduced(rows));
        // the floored scores (70.63) and first-year pay for reporting, reproduced exactly
        assertEquals(5, t.get(Verdict.REPRODUCED));
        assertEquals(0, t.get(Verdict.NOT_CHECKABLE));
        // two first-year Web Interface ACOs score above what the rules allow (docs/quality.md: open)
        assertEquals(Set.of("A4977", "A4988"), ids(rows, Verdict.DIFFERS));
        assertEquals(475, t.get(Verdict.CONSISTENT));
    }

    @Test
    void py2023ReproducesEveryQualityStandardOutcomeAndTheScoresTheBenchmarksDetermine() throws Exception {
        List<QualityCheck.Row> rows = check(2023);
        report(2023, rows);
        Map<Verdict, Integer> t = tally(rows);
        assertEquals(453, rows.size());
        assertEquals(453, metQpsReproduced(rows));
        assertEquals(Set.of(), ids(rows, Verdict.DIFFERS));
        // with CMS's PY2023 benchmarks for 479 and 484, three first-year ACOs' pay-for-reporting floors are exact
        assertEquals(Set.of("A1070", "A5055", "A5191", "A5192", "A5220"), ids(rows, Verdict.REPRODUCED));
        // two scores the rules determine (no health equity inputs published: 0 to 10 more) are CMS's within the
        // rounding of the published rates, not to the hundredth: scored from 0.146 where CMS had the exact 479 rate
        for (String aco : List.of("A5177", "A5275")) {
            QualityCheck.Row row = rows.stream().filter(r -> r.published().acoId().equals(aco)).findFirst().orElseThrow();
            assertEquals(Verdict.CONSISTENT, row.verdict(), aco);
            assertTrue(row.reason().contains("within the rounding of the published rates"), row.reason());
        }
        // Report_WI 1 without a single published Web Interface rate
        assertEquals(Set.of("A2035", "A4950"), ids(rows, Verdict.NOT_CHECKABLE));
        assertEquals(453, t.get(Verdict.REPRODUCED) + t.get(Verdict.CONSISTENT) + t.get(Verdict.NOT_CHECKABLE));
    }

    @Test
    void aScoreTheBenchmarksDetermineIsTheFloorOrAnExactScoreAndExplainsItself() throws Exception {
        QualityCheck.Row floored = check(2022).stream().filter(r -> r.published().acoId().equals("A1023")).findFirst()
                .orElseThrow();
        assertEquals(Verdict.REPRODUCED, floored.verdict());
        assertEquals(QualityDetermination.MET_EUC_FLOOR, floored.result().determination());
        assertEquals("70.63", floored.result().publishedScore().toPlainString());
        assertNotNull(floored.result().reconciliationOutcome().orElseThrow().qualityScore());
        assertTrue(floored.result().steps().stream().anyMatch(s -> s.rule().equals("eucFloor")));
    }
}
