package gov.cms.ssp.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.cms.ssp.participant.RowProblem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class QualityReportRowsTest {
    private static final QualityReferenceData PY2023 = QualityReferenceData.standard(2023);
    private static final String HEADER = String.join(",", QualityReportRows.COLUMNS) + "\n";

    private static QualityReportRows file(String rows) {
        return QualityReportRows.read(PY2023, (HEADER + rows).getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> problems(QualityReportRows r) {
        return r.problems().stream().map(p -> p.row() + " " + p.column()).toList();
    }

    @Test
    void aCleanFileGivesEveryMeasureWithItsCounts() {
        QualityReportRows r = file("001,ECQM,120,1000,20,1100\n236,MIPS_CQM,700,1000,0,1000\n");
        assertTrue(r.isClean(), r.problems().toString());
        assertEquals(2, r.measures().size());
        ReportedMeasure m = r.measures().get(0);
        assertEquals(MeasureKey.of("001", CollectionType.ECQM), m.key());
        assertEquals(0, new java.math.BigDecimal("12").compareTo(m.performanceRate()));
        assertEquals(0, new java.math.BigDecimal("1020").divide(new java.math.BigDecimal("1100"), new java.math.MathContext(12))
                .compareTo(m.completeness()));
    }

    @Test
    void everyBadRowIsNamedByRowAndColumnAndNothingIsKept() {
        QualityReportRows r = file("""
                001,ECQM,1001,1000,0,1000
                134,ECQM,-5,100,0,100
                999,ECQM,1,10,0,10
                001,ECQM,1,10,0,10
                CAHPS_1,CAHPS,1,10,0,10
                236,ECQM,10,100,5,100
                236,MIPS_CQM,x,100,0,100
                """);
        assertFalse(r.isClean());
        assertTrue(r.measures().isEmpty(), "nothing half-saved");
        assertEquals(List.of("2 performance_met", "3 performance_met", "4 measure_id", "5 measure_id", "6 collection_type",
                "7 eligible_population", "8 performance_met"), problems(r));
        String text = r.problems().stream().map(RowProblem::problem).toList().toString();
        assertTrue(text.contains("above the performance denominator"), text);
        assertTrue(text.contains("a negative count: -5"), text);
        assertTrue(text.contains("999 (eCQM) is not in the PY2023 measure set"), text);
        assertTrue(text.contains("appears again (first on row 2)"), text);
        assertTrue(text.contains("loaded by CMS"), text);
    }

    @Test
    void numeratorEqualToTheDenominatorIsARateOfExactly100Percent() {
        QualityReportRows r = file("001,ECQM,1000,1000,0,1000\n");
        assertTrue(r.isClean(), r.problems().toString());
        assertEquals(0, java.math.BigDecimal.valueOf(100).compareTo(r.measures().get(0).performanceRate()));
    }

    @Test
    void theFormIsCheckedRowByRowLikeAFile() {
        QualityReportRows r = QualityReportRows.check(PY2023, List.of(
                List.of("001", "ECQM", "10", "100", "0", "100"),
                List.of("", "", "", "100", "0", "100")));
        assertEquals(List.of("2 collection_type", "2 measure_id", "2 performance_met"), problems(r));
        assertTrue(QualityReportRows.check(PY2023, List.of(List.of("001", "ECQM", "10", "100", "0", "100"))).isClean());
    }
}
