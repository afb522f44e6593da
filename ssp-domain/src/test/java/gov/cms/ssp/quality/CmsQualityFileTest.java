package gov.cms.ssp.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CmsQualityFileTest {
    private static final QualityReferenceData PY2023 = QualityReferenceData.standard(2023);
    private static final QualityReferenceData PY2022 = QualityReferenceData.standard(2022);

    private static CmsQualityFile read(CmsQualityFile.Kind kind, QualityReferenceData ref, String text) {
        return CmsQualityFile.read(kind, ref, text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> problems(CmsQualityFile f) {
        return f.problems().stream().map(p -> p.row() + " " + p.column()).toList();
    }

    @Test
    void surveyResultsPerAcoAndMeasure() {
        CmsQualityFile f = read(CmsQualityFile.Kind.CAHPS, PY2023, "aco_id,measure_id,rate,cases\nA1001,CAHPS_1,83.5,300\nA1026,CAHPS_1,80,\n");
        assertTrue(f.isClean(), f.problems().toString());
        assertEquals(2, f.measures().size());
        assertEquals(MeasureKey.of("CAHPS_1", CollectionType.CAHPS), f.measures().get(0).measure().key());
        assertEquals(300L, f.measures().get(0).measure().cases());
        assertNull(f.measures().get(1).measure().cases());
    }

    @Test
    void badRowsAreNamedAndNothingIsLoaded() {
        CmsQualityFile f = read(CmsQualityFile.Kind.CLAIMS, PY2023, """
                aco_id,measure_id,rate,cases
                A1001,479,101,
                A1001,484,-1,
                ZZ,479,15,
                A1026,001,15,
                A1026,479,15,-3
                A1001,479,15,
                """);
        assertTrue(f.measures().isEmpty());
        assertEquals(List.of("2 rate", "3 rate", "4 aco_id", "5 measure_id", "6 cases", "7 measure_id"), problems(f));
    }

    @Test
    void determinationsNeedHealthEquityInputsOnlyFromPy2023() {
        String header = String.join(",", CmsQualityFile.DETERMINATION_COLUMNS) + "\n";
        CmsQualityFile py2022 = read(CmsQualityFile.Kind.DETERMINATIONS, PY2022, header + "A1001,,,,0,N\n");
        assertTrue(py2022.isClean(), py2022.problems().toString());
        assertNull(py2022.determinations().get(0).healthEquity());
        CmsQualityFile py2023 = read(CmsQualityFile.Kind.DETERMINATIONS, PY2023, header + "A1001,,,,0,N\nA1026,0.3,2,1,1.5,Y\nA1026,1.2,1,1,x,maybe\n");
        assertEquals(List.of("2 underserved_share", "4 aco_id", "4 euc_affected", "4 improvement_points", "4 underserved_share"),
                problems(py2023));
        CmsQualityFile ok = read(CmsQualityFile.Kind.DETERMINATIONS, PY2023, header + "A1026,0.3,2,1,1.5,Y\n");
        assertEquals(new BigDecimal("0.3"), ok.determinations().get(0).healthEquity().underservedShare());
        assertTrue(ok.determinations().get(0).eucAffected());
    }

    @Test
    void interoperabilityScoresPerTinWithTheirEligibleClinicians() {
        CmsQualityFile f = read(CmsQualityFile.Kind.INTEROPERABILITY, PY2023,
                "aco_id,tin,pi_score,eligible_clinicians\nA1001,900100101,92.5,12\nA1001,900100102,0,3\n");
        assertTrue(f.isClean(), f.problems().toString());
        assertEquals(2, f.interoperability().size());
        assertEquals(new BigDecimal("92.5"), f.interoperability().get(0).tin().score());
        assertEquals(12, f.interoperability().get(0).tin().eligibleClinicians());
        CmsQualityFile bad = read(CmsQualityFile.Kind.INTEROPERABILITY, PY2023, """
                aco_id,tin,pi_score,eligible_clinicians
                A1001,12345,50,1
                A1001,900100101,100.5,1
                A1001,900100102,50,-2
                A1001,900100103,50,2
                A1001,900100103,60,2
                """);
        assertTrue(bad.interoperability().isEmpty(), "nothing half-loaded");
        assertEquals(List.of("2 tin", "3 pi_score", "4 eligible_clinicians", "6 tin"), problems(bad));
    }

    @Test
    void theFormsDeterminationIsCheckedAsARowOfTheFile() {
        List<gov.cms.ssp.participant.RowProblem> problems = new java.util.ArrayList<>();
        assertNull(CmsQualityFile.determination(PY2023, List.of("A1001", "", "", "", "x", "Y"), problems));
        assertEquals(List.of("1 underserved_share", "1 improvement_points"),
                problems.stream().map(p -> p.row() + " " + p.column()).toList());
        problems.clear();
        CmsQualityFile.Determination d = CmsQualityFile.determination(PY2023, List.of("A1001", "0.25", "2", "1", "0", "N"), problems);
        assertTrue(problems.isEmpty(), problems.toString());
        assertEquals(2, d.healthEquity().measuresInTopThird());
    }
}
