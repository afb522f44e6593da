package gov.cms.ssp.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.cms.ssp.quality.puf.QualityCheck;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Against CMS: every ACO of the PY2022 and PY2023 per-ACO results files, recomputed from the measure
 * rates the files publish with that PY's benchmarks (docs/quality.md explains every row that is not
 * reproduced).
 */
class PublishedQualityCheckTest {

    static List<QualityCheck.Row> check(int py) throws Exception {
        try (Reader r = new InputStreamReader(PublishedQualityCheckTest.class.getResourceAsStream(
                "/puf/PY" + py + "_ACO_results.csv"), StandardCharsets.ISO_8859_1)) {
            return QualityCheck.standard(py).check(r);
        }
    }

    static Map<QualityCheck.Verdict, Integer> tally(List<QualityCheck.Row> rows) {
        Map<QualityCheck.Verdict, Integer> t = new EnumMap<>(QualityCheck.Verdict.class);
        for (QualityCheck.Verdict v : QualityCheck.Verdict.values()) {
            t.put(v, 0);
        }
        rows.forEach(r -> t.merge(r.verdict(), 1, Integer::sum));
        return t;
    }

    @Test
    void explore() throws Exception {
        for (int py : List.of(2022, 2023)) {
            List<QualityCheck.Row> rows = check(py);
            System.out.println("PY" + py + " " + tally(rows));
            rows.stream().filter(r -> r.verdict() != QualityCheck.Verdict.REPRODUCED).limit(15)
                    .forEach(r -> System.out.println(r.published().acoId() + " " + r.verdict() + " " + r.reason()));
        }
    }
}
