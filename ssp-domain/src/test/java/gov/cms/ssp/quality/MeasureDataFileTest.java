package gov.cms.ssp.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.cms.ssp.participant.RowProblem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad measure data: every problem by line and column, nothing usable from a file with any problem. */
class MeasureDataFileTest {

    static final String HEADER = String.join(",", MeasureDataFile.COLUMNS);
    static final QualityReferenceData PY2023 = QualityReferenceData.standard(2023);

    static MeasureDataFile read(MeasureDataFile.Sender sender, String... rows) {
        return MeasureDataFile.read(PY2023, (HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n")
                .getBytes(StandardCharsets.UTF_8), sender);
    }

    static void assertProblem(MeasureDataFile f, int line, String column, String text) {
        assertTrue(f.problems().stream().anyMatch(p -> p.row() == line && p.column().equals(column)
                && p.problem().contains(text)), () -> "no problem on line " + line + ", " + column + " with '" + text
                + "' in " + f.problems());
    }

    @Test
    void aCleanFileGivesTheMeasures() {
        MeasureDataFile f = read(MeasureDataFile.Sender.ACO, "001,eCQM,30,100,5,120,,", "134,ECQM,70,100,0,100,,",
                "236,MIPS CQM,60,100,0,100,,");
        assertTrue(f.isClean(), f.problems().toString());
        assertEquals(3, f.measures().size());
        assertEquals(0, new java.math.BigDecimal("30").compareTo(f.measures().get(0).performanceRate()));
    }

    @Test
    void numeratorAboveDenominatorIsNamedByLineAndColumn() {
        MeasureDataFile f = read(MeasureDataFile.Sender.ACO, "001,ECQM,30,100,0,100,,", "134,ECQM,101,100,0,120,,");
        assertProblem(f, 3, "performance_met", "performance met (101) is above the performance denominator (100)");
        assertTrue(f.measures().isEmpty());
    }

    @Test
    void negativeCountsAreRefused() {
        MeasureDataFile f = read(MeasureDataFile.Sender.ACO, "001,ECQM,-3,100,0,100,,", "134,ECQM,3,100,-1,100,,");
        assertProblem(f, 2, "performance_met", "a negative count: '-3'");
        assertProblem(f, 3, "exclusions_exceptions", "a negative count: '-1'");
    }

    @Test
    void ratesOutsideZeroToHundredPercentAreRefused() {
        MeasureDataFile f = read(MeasureDataFile.Sender.CMS, "CAHPS_1,CAHPS,,,,,100.5,", "CAHPS_2,CAHPS,,,,,-2,",
                "479,ADMINISTRATIVE_CLAIMS,,,,,abc,");
        assertProblem(f, 2, "rate", "'100.5' is not a rate from 0 to 100 percent");
        assertProblem(f, 3, "rate", "'-2' is not a rate from 0 to 100 percent");
        assertProblem(f, 4, "rate", "'abc' is not a number");
    }

    @Test
    void measuresOutsideThePyMeasureSetAreRefused() {
        MeasureDataFile f = read(MeasureDataFile.Sender.ACO, "999,ECQM,1,20,0,20,,", "113,ECQM,1,20,0,20,,",
                "001,CARRIER PIGEON,1,20,0,20,,");
        assertProblem(f, 2, "measure_id", "999 (eCQM) is not in the PY2023 measure set");
        assertProblem(f, 3, "measure_id", "113 (eCQM) is not in the PY2023 measure set");
        assertProblem(f, 4, "collection_type", "'CARRIER PIGEON' is not a collection type");
    }

    @Test
    void duplicateMeasureRowsAreRefused() {
        MeasureDataFile f = read(MeasureDataFile.Sender.ACO, "001,ECQM,30,100,0,100,,", "134,ECQM,70,100,0,100,,",
                "001,eCQM,31,100,0,100,,");
        assertProblem(f, 4, "measure_id", "001 (eCQM) appears again (first on line 2)");
        assertEquals(1, f.problems().size());
        assertTrue(f.measures().isEmpty());
    }

    @Test
    void eachSenderSendsOnlyItsOwnMeasures() {
        MeasureDataFile aco = read(MeasureDataFile.Sender.ACO, "CAHPS_1,CAHPS,,,,,80,");
        assertProblem(aco, 2, "collection_type", "loaded by CMS");
        MeasureDataFile cms = read(MeasureDataFile.Sender.CMS, "001,ECQM,30,100,0,100,,");
        assertProblem(cms, 2, "collection_type", "reported by the ACO");
    }

    @Test
    void missingCountsAndMoreCasesThanTheEligiblePopulationAreNamed() {
        MeasureDataFile f = read(MeasureDataFile.Sender.ACO, "001,ECQM,30,,0,100,,", "134,ECQM,70,100,10,100,,");
        assertProblem(f, 2, "performance_denominator", "required for a measure the ACO reports");
        assertProblem(f, 3, "eligible_population", "more than the eligible population (100)");
    }

    @Test
    void wrongColumnsAreAProblemOfTheFile() {
        MeasureDataFile f = MeasureDataFile.read(PY2023, "measure,rate\r\n001,30\r\n".getBytes(StandardCharsets.UTF_8),
                MeasureDataFile.Sender.ACO);
        assertFalse(f.isClean());
        RowProblem p = f.problems().get(0);
        assertEquals(0, p.row());
        assertTrue(p.problem().startsWith("Missing column"), p.problem());
    }

    @Test
    void cleanDataScoresEndToEnd() {
        MeasureDataFile aco = read(MeasureDataFile.Sender.ACO, "001,ECQM,30,100,0,100,,", "134,ECQM,70,100,0,100,,",
                "236,ECQM,60,100,0,100,,");
        MeasureDataFile cms = read(MeasureDataFile.Sender.CMS, "CAHPS_1,CAHPS,,,,,85,", "479,ADMINISTRATIVE_CLAIMS,,,,,0.15,300");
        List<ReportedMeasure> all = new java.util.ArrayList<>(aco.measures());
        all.addAll(cms.measures());
        QualityResult r = QualityScoring.standard(2023).score(new QualitySubmission(2023, false, false, all,
                new HealthEquityInput(java.math.BigDecimal.ZERO, 0, 0), java.math.BigDecimal.ZERO));
        // 479 is scored from CMS's PY2023 deciles (0.15 is in decile 7, from 0.151 down to 0.1471); 484 was not calculated
        assertTrue(r.isDetermined(), r.undetermined().toString());
        MeasureResult readmission = r.measures().stream().filter(m -> m.key().measureId().equals("479")).findFirst().orElseThrow();
        assertEquals(MeasureStatus.SCORED, readmission.status());
        assertEquals(7, readmission.decile());
    }
}
