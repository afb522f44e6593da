package gov.cms.ssp.reconciliation;

import gov.cms.ssp.agreement.Track;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules of the program's eras (issue 11), each at its edges, worked by hand. Unless a test says
 * otherwise: benchmark $100,000,000, 60,000 beneficiaries (variable MSR 2%), quality 90%.
 */
class EraRulesTest {

    private final ReconciliationEngine engine = ReconciliationEngine.withStandardParameters();

    private static ReconciliationInput.Builder aco(Track track, int py, String expenditures) {
        return ReconciliationInput.builder()
                .performanceYear(py)
                .track(track)
                .agreementStart(LocalDate.of(py, 1, 1))
                .assignedBeneficiaries(60_000)
                .totalBenchmark("100000000")
                .totalExpenditures(expenditures)
                .quality(QualityOutcome.met("0.9"));
    }

    private static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
    }

    @Nested
    class PayForReporting {
        @Test
        void firstYearReportingEarnsTheMaximumRate() {
            ReconciliationResult r = engine.reconcile(aco(Track.TRACK_1, 2015, "95000000")
                    .quality(QualityOutcome.payForReporting()).build());
            assertAmount("0.5", r.finalSharingRate());
            // 5,000,000 × 50% × 0.98
            assertAmount("2450000", r.netAmount());
        }

        @Test
        void aScoredYearScalesTheRateByTheScore() {
            ReconciliationResult r = engine.reconcile(aco(Track.TRACK_1, 2015, "95000000").build());
            assertAmount("0.45", r.finalSharingRate());
        }
    }

    @Nested
    class SequestrationByPaymentDate {
        @ParameterizedTest(name = "PY{0}: × {1}")
        @CsvSource({"2018, 0.98", "2019, 1", "2020, 1", "2021, 0.98", "2022, 0.98"})
        void followsTheYearTheSavingsWerePaid(int py, String factor) {
            ParameterYear year = engine.parameters().forYear(py);
            assertAmount(factor, year.sequestrationFactor());
            assertFalse(year.source().isBlank());
        }

        @Test
        void py2019SavingsCarryNoReduction() {
            // 5,000,000 × 45%, paid in 2020 during the suspension
            ReconciliationResult r = engine.reconcile(aco(Track.TRACK_1, 2019, "95000000").build());
            assertAmount("2250000", r.netAmount());
        }
    }

    @Nested
    class CovidEmergency {
        @ParameterizedTest(name = "PY{0}")
        @CsvSource({"2020", "2021", "2022"})
        void forgivesEveryLossEvenUnderARevenueBasedLimit(int py) {
            ReconciliationResult r = engine.reconcile(aco(Track.BASIC_E, py, "110000000")
                    .minimumSavingsRateChoice(MinimumSavingsRateChoice.fixed("0.02")).build());
            assertEquals(PerformanceOutcome.LOSSES_GENERATED, r.outcome());
            assertAmount("0", r.netAmount());
            assertTrue(r.isDetermined(), () -> String.join("; ", r.unresolved()));
        }

        @Test
        void py2023LossesUnderARevenueLimitStayUndetermined() {
            ReconciliationResult r = engine.reconcile(aco(Track.BASIC_E, 2023, "110000000")
                    .minimumSavingsRateChoice(MinimumSavingsRateChoice.fixed("0.02")).build());
            assertFalse(r.isDetermined());
            // the bound: 30% × 10,000,000 = 3,000,000 under the 4% benchmark cap
            assertAmount("-3000000", r.netAmount());
        }
    }

    @Nested
    class SixMonthPerformanceYears2019 {
        @Test
        void sharedSavingsAreHalfTheWholeYearsAmount() {
            ReconciliationResult r = engine.reconcile(aco(Track.BASIC_B, 2019, "90000000")
                    .agreementStart(LocalDate.of(2019, 7, 1))
                    .performancePeriod(PerformancePeriod.JULY_TO_DECEMBER_2019).build());
            // 10,000,000 × 40% × 90% = 3,600,000 (no sequestration in PY2019) × 6 / 12
            assertAmount("1800000", r.netAmount());
            assertAmount("10000000", r.generatedSavingsOrLosses());
        }

        @Test
        void thePaymentLimitIsProratedWithTheSavings() {
            ReconciliationResult r = engine.reconcile(aco(Track.TRACK_1, 2019, "70000000")
                    .agreementStart(LocalDate.of(2016, 1, 1))
                    .quality(QualityOutcome.met("1"))
                    .performancePeriod(PerformancePeriod.JANUARY_TO_JUNE_2019).build());
            // 30,000,000 × 50% = 15,000,000, limited to 10% × 100,000,000, then × 6 / 12
            assertTrue(r.performancePaymentLimitApplied());
            assertAmount("5000000", r.netAmount());
        }

        @Test
        void lossesAndTheirLimitAreProrated() {
            ReconciliationResult r = engine.reconcile(aco(Track.ENHANCED, 2019, "140000000")
                    .agreementStart(LocalDate.of(2019, 7, 1))
                    .minimumSavingsRateChoice(MinimumSavingsRateChoice.fixed("0.02"))
                    .quality(QualityOutcome.met("0.8"))
                    .performancePeriod(PerformancePeriod.JULY_TO_DECEMBER_2019).build());
            // 40,000,000 × 40% = 16,000,000, limited to 15% × 100,000,000, then × 6 / 12
            assertTrue(r.lossSharingLimitApplied());
            assertAmount("-7500000", r.netAmount());
        }

        @Test
        void existOnlyIn2019() {
            assertThrows(IllegalArgumentException.class, () -> aco(Track.BASIC_B, 2020, "90000000")
                    .performancePeriod(PerformancePeriod.JULY_TO_DECEMBER_2019).build());
        }
    }

    @Nested
    class Track1PlusLossLimitBasis {
        @Test
        void benchmarkBasedLimitIsDeterminedWithoutRevenue() {
            ReconciliationResult r = engine.reconcile(aco(Track.TRACK_1_PLUS, 2018, "120000000")
                    .lossLimitBasis(LossLimitBasis.BENCHMARK).build());
            // 20,000,000 × 30% = 6,000,000, limited to 4% × 100,000,000
            assertTrue(r.isDetermined());
            assertAmount("-4000000", r.netAmount());
        }

        @Test
        void revenueBasedLimitNeedsTheRevenue() {
            ReconciliationResult without = engine.reconcile(aco(Track.TRACK_1_PLUS, 2018, "120000000")
                    .lossLimitBasis(LossLimitBasis.REVENUE).build());
            assertFalse(without.isDetermined());
            ReconciliationResult with = engine.reconcile(aco(Track.TRACK_1_PLUS, 2018, "120000000")
                    .lossLimitBasis(LossLimitBasis.REVENUE).participantRevenue(new BigDecimal("25000000")).build());
            // min(8% × 25,000,000, 4% × 100,000,000) = 2,000,000
            assertTrue(with.isDetermined());
            assertAmount("-2000000", with.netAmount());
        }
    }

    @Nested
    class Guardrail2024 {
        @Test
        void savingsAgainstTheGuardrailBenchmarkAreNotShared() {
            ReconciliationResult r = engine.reconcile(aco(Track.ENHANCED, 2024, "99500000")
                    .minimumSavingsRateChoice(MinimumSavingsRateChoice.fixed("0")).guardrail(true).build());
            assertEquals(PerformanceOutcome.WITHIN_CORRIDOR, r.outcome());
            assertAmount("0", r.netAmount());
            ReconciliationResult without = engine.reconcile(aco(Track.ENHANCED, 2024, "99500000")
                    .minimumSavingsRateChoice(MinimumSavingsRateChoice.fixed("0")).build());
            assertEquals(PerformanceOutcome.SAVINGS_GENERATED, without.outcome());
        }

        @Test
        void lossesAreSharedAgainstTheGuardrailBenchmark() {
            ReconciliationResult r = engine.reconcile(aco(Track.ENHANCED, 2024, "105000000")
                    .minimumSavingsRateChoice(MinimumSavingsRateChoice.fixed("0"))
                    .quality(QualityOutcome.met("0.8")).guardrail(true).build());
            // 5,000,000 × (1 − 75% × 80%) = 2,000,000
            assertAmount("-2000000", r.netAmount());
        }
    }

    @Nested
    class Settlement {
        @Test
        void midYearTerminationProratesLossesByTheMonthsBeforeIt() {
            ReconciliationResult r = engine.reconcile(aco(Track.ENHANCED, 2023, "110000000")
                    .minimumSavingsRateChoice(MinimumSavingsRateChoice.fixed("0.02"))
                    .quality(QualityOutcome.met("0.8"))
                    .midYearTermination(true).monthsBeforeTermination(9).build());
            // 10,000,000 × 40% = 4,000,000 × 9 / 12
            assertAmount("-3000000", r.netAmount());
            ReconciliationResult unknown = engine.reconcile(r.input().toBuilder().monthsBeforeTermination(null).build());
            assertFalse(unknown.isDetermined());
        }

        @Test
        void midYearTerminationLeavesSavingsAlone() {
            ReconciliationResult r = engine.reconcile(aco(Track.BASIC_C, 2022, "95000000")
                    .minimumSavingsRateChoice(MinimumSavingsRateChoice.fixed("0.01")).midYearTermination(true).build());
            // 5,000,000 × 50% × 0.98, as PY2022's A1080 (Prorate_Shared_Losses = 1) was paid
            assertTrue(r.isDetermined());
            assertAmount("2450000", r.netAmount());
        }

        @Test
        void advancePaymentsAreRecoupedAfterTheEarnedSavings() {
            ReconciliationResult r = engine.reconcile(aco(Track.TRACK_1, 2015, "95000000")
                    .advancePaymentRecoupment(new BigDecimal("1000000")).build());
            // EarnSaveLoss is before the recoupment: 5,000,000 × 45% × 0.98 = 2,205,000; 1,205,000 paid
            assertAmount("2205000", r.netAmount());
            assertAmount("1205000", r.settlement());
            ReconciliationResult small = engine.reconcile(r.input().toBuilder().totalExpenditures("97000000").build());
            // 3,000,000 × 45% × 0.98 = 1,323,000 earned, less the 1,000,000 recouped
            assertAmount("323000", small.settlement());
        }
    }
}
