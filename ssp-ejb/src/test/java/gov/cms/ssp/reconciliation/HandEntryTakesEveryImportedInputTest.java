package gov.cms.ssp.reconciliation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.cms.ssp.agreement.Track;
import gov.cms.ssp.reconciliation.puf.PufResultsWriter;
import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.BusinessException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand entry takes every input the financial-input import takes: a row of CMS's layout with every
 * input column filled is imported, the same figures are typed in, and the engine gets the same input
 * from both. (The bounds of each figure are checked through the API in ReconciliationIT.)
 */
class HandEntryTakesEveryImportedInputTest {
    private static final ReconciliationEngine ENGINE = ReconciliationEngine.withStandardParameters();
    private static final AcoId ACO = AcoId.of("A1234");

    private static ReconciliationInput imported(ReconciliationInput in) {
        String csv = PufResultsWriter.write(in.performanceYear(), List.of(new PufResultsWriter.Line(ACO.value(), "An ACO", in,
                ReconciledFigures.of(ENGINE.reconcile(in.toBuilder().participantRevenue(new BigDecimal("50000000")).monthsBeforeTermination(
                        in.midYearTermination() ? 6 : null).build())))));
        FinancialInputFile file = FinancialInputFile.read(new StringReader(csv), in.performanceYear(), "inputs.csv");
        assertTrue(file.isClean(), file.problems().toString());
        return file.entries().get(0).figures();
    }

    /** The same figures whatever the scale they are written with (0.01 = 0.0100). */
    private static void assertSame(ReconciliationInput expected, ReconciliationInput actual) {
        assertEquals(normalised(expected), normalised(actual));
    }

    private static String normalised(ReconciliationInput in) {
        return InputSnapshot.write(in).replaceAll("(\\.\\d*?)0+\n", "$1\n").replaceAll("\\.\n", "\n");
    }

    private static EstimateRequest figures(ReconciliationInput in, BigDecimal fixedMsr) {
        return new EstimateRequest(in.performanceYear(), in.agreementStart(), in.agreementPeriodNumber(), in.assignedBeneficiaries(),
                in.totalBenchmark(), in.totalExpenditures(), QualityStandard.MET, in.quality().qualityScore(), fixedMsr,
                null, in.lowRevenue());
    }

    @Test
    void aTrackOnePlusRowOfTheFirstSixMonthsOfTwentyNineteenWithEveryInputColumn() {
        ReconciliationInput in = ReconciliationInput.builder().performanceYear(2019).track(Track.TRACK_1_PLUS)
                .agreementStart(LocalDate.of(2016, 1, 1)).agreementPeriodNumber(2).assignedBeneficiaries(4_200)
                .totalBenchmark("52000000").totalExpenditures("55000000")
                .cmsSetMinimumSavingsRate(new BigDecimal("0.0412")).quality(QualityOutcome.met(new BigDecimal("0.9125")))
                .lossLimitBasis(LossLimitBasis.REVENUE).lowRevenue(true)
                .euc(EucAdjustment.determinedReduction(new BigDecimal("15000")))
                .performancePeriod(PerformancePeriod.JANUARY_TO_JUNE_2019)
                .advancePaymentRecoupment(new BigDecimal("250000")).build();
        ReconciliationInput fromFile = imported(in);
        HandEnteredInput typed = new HandEnteredInput(ACO.value(), Track.TRACK_1_PLUS, figures(in, null),
                new BigDecimal("0.0412"), new BigDecimal("15000"), LossLimitBasis.REVENUE, PerformancePeriod.JANUARY_TO_JUNE_2019,
                false, false, null, new BigDecimal("250000"));
        assertSame(fromFile, FinancialInputService.figuresOf(ACO, typed, null));
    }

    @Test
    void anEnhancedRowOfTwentyTwentyFourUnderTheGuardrailAfterAMidYearTermination() {
        ReconciliationInput in = ReconciliationInput.builder().performanceYear(2024).track(Track.ENHANCED)
                .agreementStart(LocalDate.of(2022, 1, 1)).agreementPeriodNumber(3).assignedBeneficiaries(21_000)
                .totalBenchmark("260000000").totalExpenditures("270000000")
                .minimumSavingsRateChoice(MinimumSavingsRateChoice.fixed("0.01")).quality(QualityOutcome.met(new BigDecimal("0.8")))
                .guardrail(true).midYearTermination(true).build();
        ReconciliationInput fromFile = imported(in);
        HandEnteredInput typed = new HandEnteredInput(ACO.value(), Track.ENHANCED, figures(in, new BigDecimal("0.01")),
                null, null, null, null, true, true, null, null);
        assertSame(fromFile, FinancialInputService.figuresOf(ACO, typed, null));
        // the months the file cannot say are entered by hand
        HandEnteredInput withMonths = new HandEnteredInput(ACO.value(), Track.ENHANCED, figures(in, new BigDecimal("0.01")),
                null, null, null, null, true, true, 7, null);
        assertSame(fromFile.toBuilder().monthsBeforeTermination(7).build(), FinancialInputService.figuresOf(ACO, withMonths, null));
    }

    @Test
    void inputsThatDoNotFitTheTrackOrYearAreRefusedInWords() {
        ReconciliationInput in = ReconciliationInput.builder().performanceYear(2023).track(Track.BASIC_B)
                .agreementStart(LocalDate.of(2022, 1, 1)).assignedBeneficiaries(9_000).totalBenchmark("100000000")
                .totalExpenditures("98000000").quality(QualityOutcome.met(new BigDecimal("0.8"))).build();
        BusinessException basis = assertThrows(BusinessException.class, () -> FinancialInputService.figuresOf(ACO,
                new HandEnteredInput(ACO.value(), Track.BASIC_B, figures(in, null), null, null, LossLimitBasis.REVENUE, null, null,
                        null, null, null), null));
        assertTrue(basis.getMessage().contains("Track 1+ only"), basis.getMessage());
        assertThrows(BusinessException.class, () -> FinancialInputService.figuresOf(ACO, new HandEnteredInput(ACO.value(),
                Track.BASIC_B, figures(in, null), null, null, null, PerformancePeriod.JULY_TO_DECEMBER_2019, null, null, null, null), null));
        assertThrows(BusinessException.class, () -> FinancialInputService.figuresOf(ACO, new HandEnteredInput(ACO.value(),
                Track.BASIC_B, figures(in, null), null, null, null, null, true, null, null, null), null), "guardrail before 2024");
        assertThrows(BusinessException.class, () -> FinancialInputService.figuresOf(ACO, new HandEnteredInput(ACO.value(),
                Track.BASIC_B, figures(in, null), null, null, null, null, null, false, 4, null), null), "months without a termination");
    }
}
