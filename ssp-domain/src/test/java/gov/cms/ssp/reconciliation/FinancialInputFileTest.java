package gov.cms.ssp.reconciliation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.cms.ssp.agreement.Track;
import gov.cms.ssp.shared.AcoId;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Financial inputs from a PUF-layout upload: all rows or every problem, each with row and column. */
class FinancialInputFileTest {
    static final String HEADER = "ACO_ID,Current_Track,Agreement_Period_Num,Current_Start_Date,N_AB,ABtotBnchmk,ABtotExp,"
            + "Sav_rate,MinSavPerc,GenSaveLoss,EarnSaveLoss,DisAdj,Met_QPS,Met_AltQPS,QualScore,FinalShareRate,FinalLossRate,Rev_Exp_Cat\n";
    static final String PALM_BEACH = "A1001,EN,3,07/01/2019,78364,1098668352,998768668,9.09%,2.00%,99899684,73426268,0,1,-,89.91%,75.00%,-,Low Revenue\n";
    static final String ATLANTIC = "A1026,E,3,07/01/2019,41654,562377394,528558686,6.01%,2.28%,33818708,16571167,0,1,-,73.10%,50.00%,30.00%,High Revenue\n";

    static FinancialInputFile read(String csv) {
        return FinancialInputFile.read(new StringReader(csv), 2023, "inputs.csv");
    }

    @Test
    void aPysInputsMayComeInAnotherYearsLayout() {
        // the 2023 layout (Met_AltQPS) for PY2022 inputs: the import takes it, the command would refuse it
        FinancialInputFile file = FinancialInputFile.read(new StringReader(HEADER + PALM_BEACH + ATLANTIC), 2022, "inputs.csv");
        assertTrue(file.isClean(), file.problems().toString());
        assertEquals(2022, file.entries().get(0).figures().performanceYear());
    }

    @Test
    void aCleanFileGivesTheEngineItsInputs() {
        FinancialInputFile file = read(HEADER + PALM_BEACH + ATLANTIC);
        assertTrue(file.isClean(), file.problems().toString());
        assertEquals(2, file.entries().size());
        ReconciliationInput palmBeach = file.entries().get(0).figures();
        assertEquals(AcoId.of("A1001"), file.entries().get(0).acoId());
        assertEquals(Track.ENHANCED, palmBeach.track());
        assertEquals(LocalDate.of(2019, 7, 1), palmBeach.agreementStart());
        assertEquals(0, new BigDecimal("0.02").compareTo(palmBeach.minimumSavingsRateChoice().fixedRate()), "fixed 2% MSR");
        assertTrue(file.entries().get(1).figures().minimumSavingsRateChoice().variable(), "2.28% is the variable MSR");
        // the stored figures give the engine the same input back
        FinancialInput stored = new FinancialInput(AcoId.of("A1001"), palmBeach, "inputs.csv");
        assertEquals(palmBeach, stored.toReconciliationInput());
    }

    @Test
    void everyBadRowIsNamedWithItsColumnAndNothingIsUsable() {
        FinancialInputFile file = read(HEADER
                + PALM_BEACH.replace(",78364,", ",-5,")
                + ATLANTIC.replace(",562377394,", ",56x2377394,")
                + ATLANTIC.replace("A1026,E,", "A1027,Q,")
                + PALM_BEACH);
        assertFalse(file.isClean());
        List<String> where = file.problems().stream().map(p -> p.row() + ":" + p.column()).toList();
        assertEquals(List.of("1:N_AB", "2:ABtotBnchmk", "3:Current_Track", "4:ACO_ID"), where, file.problems().toString());
        assertTrue(file.problems().get(1).message().contains("malformed number"), file.problems().toString());
        assertTrue(file.problems().get(3).message().contains("appears again"), file.problems().toString());
    }

    @Test
    void aMissingColumnOrAnUnsupportedYearIsAProblemOfTheWholeFile() {
        FinancialInputFile noColumn = read(HEADER.replace("N_AB,", "") + PALM_BEACH.replace("78364,", ""));
        assertEquals(1, noColumn.problems().size());
        assertEquals(0, noColumn.problems().get(0).row());
        assertEquals("N_AB", noColumn.problems().get(0).column());

        FinancialInputFile future = FinancialInputFile.read(new StringReader(HEADER + PALM_BEACH), 2031, "inputs.csv");
        assertEquals(-1, future.problems().get(0).row());
        assertTrue(future.problems().get(0).message().contains("2031"), future.problems().toString());
    }

    @Test
    void everyMissingColumnIsNamedInOneAnswer() {
        String header = HEADER.replace("N_AB,", "").replace("ABtotBnchmk,", "").replace("ABtotExp,", "")
                .replace("Current_Start_Date,", "").replace("MinSavPerc,", "");
        FinancialInputFile file = read(header + "A1001,EN,3,9.09%,99899684,73426268,0,1,-,89.91%,75.00%,-,Low Revenue\n");
        List<String> columns = file.problems().stream().map(ImportProblem::column).toList();
        assertEquals(List.of("Current_Start_Date (or Start_Date)", "N_AB", "ABtotBnchmk", "ABtotExp", "MinSavPerc"), columns,
                file.problems().toString());
        assertTrue(file.problems().stream().allMatch(p -> p.row() == 0 && p.message().equals("missing required column")));
    }

    @Test
    void theTemplateReadsAsItIsAndHasEveryRequiredColumn() {
        String template = FinancialInputFile.template(2023);
        assertTrue(template.startsWith("ACO_ID,Current_Track,Current_Start_Date,Agreement_Period_Num,N_AB,ABtotBnchmk,ABtotExp,MinSavPerc,"),
                template);
        FinancialInputFile file = read(template);
        assertTrue(file.isClean(), file.problems().toString());
        assertEquals(List.of(), new PlausibleRange(2023, new BigDecimal("4000"), new BigDecimal("60000"), new BigDecimal("0.5"))
                .findings(file.entries().get(0).figures()), "the example row is a plausible ACO");
    }

    @Test
    void anAcoThatRenewedEarlyHasARowForEachSixMonthPerformanceYearOfTwentyNineteenButOnlyOne() {
        String header = "ACO_ID,Current_Track_1,Current_Track_2,Current_ENHANCED,Performance_Period,Agreement_Period_Num,"
                + "Current_Start_Date,N_AB,ABtotBnchmk,ABtotExp,MinSavPerc,Met_QPS,QualScore,Rev_Exp_Cat\n";
        String january = "A1001,0,1,0,January - June 2019,2,01/01/2016,70000,1000000000,950000000,0.02,1,92.00,High Revenue\n";
        String july = "A1001,0,0,1,July - December 2019,3,07/01/2019,70000,1000000000,950000000,0.02,1,92.00,High Revenue\n";
        FinancialInputFile both = FinancialInputFile.read(new StringReader(header + january + july), 2019, "PY2019.csv");
        assertTrue(both.isClean(), both.problems().toString());
        assertEquals(List.of(PerformancePeriod.JANUARY_TO_JUNE_2019, PerformancePeriod.JULY_TO_DECEMBER_2019),
                both.entries().stream().map(e -> e.figures().performancePeriod()).toList());
        assertEquals(List.of(Track.TRACK_2, Track.ENHANCED), both.entries().stream().map(e -> e.figures().track()).toList());

        FinancialInputFile twice = FinancialInputFile.read(new StringReader(header + july + july), 2019, "PY2019.csv");
        assertEquals("A1001 appears again (first in row 1) for July–December 2019", twice.problems().get(0).message());
    }
}
