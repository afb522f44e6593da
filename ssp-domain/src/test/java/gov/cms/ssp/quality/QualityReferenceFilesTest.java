package gov.cms.ssp.quality;

import static gov.cms.ssp.quality.QualityFixture.MEASURES;
import static gov.cms.ssp.quality.QualityFixture.benchmarks;
import static gov.cms.ssp.quality.QualityFixture.parameters;
import static gov.cms.ssp.quality.QualityFixture.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.cms.ssp.reconciliation.ParameterYear;
import gov.cms.ssp.reconciliation.ProgramParameters;
import org.junit.jupiter.api.Test;

/** The reference files: the repository's own load, and bad files named by file, line and column. */
class QualityReferenceFilesTest {

    static void assertProblem(QualityReferenceFiles.Reading r, int line, String column, String text) {
        assertNull(r.data());
        assertTrue(r.problems().stream().anyMatch(p -> p.row() == line && p.column().equals(column)
                && p.problem().contains(text)), () -> "no problem on line " + line + ", " + column + " with '" + text
                + "' in " + r.problems());
    }

    @Test
    void theRepositoryCarriesEachPyAndItsPercentileScoreAgreesWithTheReconciliation() {
        for (int py : QualityReferenceData.standardYears()) {
            QualityReferenceData d = QualityReferenceData.standard(py);
            assertEquals(py, d.performanceYear());
            ParameterYear year = ProgramParameters.standard().forYear(py);
            assertEquals(year.qualityStandardPercentile(), d.parameters().standardPercentile());
            assertEquals(0, year.qualityStandardScore().movePointRight(2).compareTo(d.parameters().standardScore()));
            assertTrue(d.measure(MeasureKey.of("001", CollectionType.ECQM)).orElseThrow().outcome());
            assertTrue(d.benchmark(MeasureKey.of("CAHPS_1", CollectionType.CAHPS)).isPresent());
            assertTrue(d.benchmarks().stream().allMatch(b -> !b.source().isBlank()));
        }
    }

    @Test
    void aPyWithoutReferenceDataSaysSo() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> QualityReferenceData.standard(2019));
        assertTrue(e.getMessage().contains("no quality reference data for performance year 2019"));
    }

    @Test
    void aBenchmarkOfAMeasureOutsideTheSetIsRefused() {
        String b = benchmarks(false) + "999,ECQM,N,1,10,20,30,40,50,60,70,80,90,N,N,x\r\n";
        assertProblem(read(parameters(2023), MEASURES, b), 8, "benchmarks.csv: measure_id", "999 (eCQM) is not in the PY's measure set");
    }

    @Test
    void duplicateRowsAreRefused() {
        String b = benchmarks(false) + "134,ECQM,N,1,10,20,30,40,50,60,70,80,90,N,N,x\r\n";
        assertProblem(read(parameters(2023), MEASURES, b), 8, "benchmarks.csv: measure_id", "134 (eCQM) appears again (first on line 3)");
        String m = MEASURES + "134,ECQM,Again,134,N,N,20,Y\r\n";
        assertProblem(read(parameters(2023), m, benchmarks(false)), 10, "measures.csv: measure_id", "appears again (first on line 3)");
        String p = parameters(2023) + "standard_score,70,\r\n";
        assertProblem(read(p, MEASURES, benchmarks(false)), 22, "parameters.csv: name", "standard_score appears again");
    }

    @Test
    void decileRatesOutsideZeroToHundredAndOutOfOrderAreRefused() {
        String b = benchmarks(false).replace("236,ECQM,N,1,10,", "236,ECQM,N,1,110,");
        assertProblem(read(parameters(2023), MEASURES, b), 4, "benchmarks.csv: decile_2", "'110' is not a rate from 0 to 100 percent");
        String order = benchmarks(false).replace("236,ECQM,N,1,10,20,", "236,ECQM,N,1,30,20,");
        assertProblem(read(parameters(2023), MEASURES, order), 4, "benchmarks.csv: decile_1", "must rise from decile 1 to decile 10");
        String inverse = benchmarks(false).replace("236,ECQM,N,", "236,ECQM,Y,");
        assertProblem(read(parameters(2023), MEASURES, inverse), 4, "benchmarks.csv: inverse", "is not inverse");
    }

    @Test
    void badParametersAreNamed() {
        // a changed row is the fixture's last, line 21
        assertProblem(read(parameters(2023, "data_completeness,70"), MEASURES, benchmarks(false)), 21,
                "parameters.csv: value", "data_completeness: '70' is outside 0 to 1");
        assertProblem(read(parameters(2023, "incentive,MAYBE"), MEASURES, benchmarks(false)), 21,
                "parameters.csv: value", "'MAYBE' is not NONE, SCORE or MEASURES");
        assertProblem(read(parameters(2022), MEASURES, benchmarks(false)), 2, "parameters.csv: value", "the file is for PY2022, not PY2023");
        String missing = parameters(2023).replace("standard_score,75,\r\n", "");
        assertProblem(read(missing, MEASURES, benchmarks(false)), 0, "parameters.csv: name", "missing parameter standard_score");
        assertProblem(read(parameters(2023) + "bonus_points,5,\r\n", MEASURES, benchmarks(false)), 22,
                "parameters.csv: name", "'bonus_points' is not a quality parameter");
    }

    @Test
    void badMeasureRowsAreNamed() {
        String m = MEASURES + "370,WEB_INTERFACE,,370,maybe,N,-1,Y\r\n";
        QualityReferenceFiles.Reading r = read(parameters(2023), m, benchmarks(false));
        assertProblem(r, 10, "measures.csv: title", "required");
        assertProblem(r, 10, "measures.csv: outcome", "'maybe' is not Y or N");
        assertProblem(r, 10, "measures.csv: case_minimum", "'-1' is not a whole number of 0 or more");
    }

    @Test
    void py2024CarriesTheFortiethPercentileAndCmssPublishedBenchmarks() {
        QualityReferenceData d = QualityReferenceData.standard(2024);
        assertEquals(40, d.parameters().standardPercentile());
        assertEquals(0, new java.math.BigDecimal("0.75").compareTo(d.parameters().dataCompleteness()));
        assertTrue(d.inMeasureSet(MeasureKey.of("001", CollectionType.MEDICARE_CQM)), "Medicare CQMs from PY2024");
        assertTrue(d.benchmark(MeasureKey.of("001", CollectionType.ECQM)).isPresent());
        assertTrue(d.benchmark(MeasureKey.of("CAHPS_1", CollectionType.CAHPS)).isPresent());
        assertTrue(d.benchmark(MeasureKey.of("134", CollectionType.ECQM)).isPresent(), "the performance-period benchmark");
        assertTrue(d.benchmark(MeasureKey.of("479", CollectionType.ADMINISTRATIVE_CLAIMS)).isPresent(), "published for PY2024");
        assertTrue(d.benchmark(MeasureKey.of("484", CollectionType.ADMINISTRATIVE_CLAIMS)).get().inverse());
        assertTrue(d.benchmark(MeasureKey.of("370", CollectionType.WEB_INTERFACE)).isEmpty(), "none published for 370 as Web Interface");
    }
}
