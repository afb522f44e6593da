package gov.cms.ssp.reconciliation;

import gov.cms.ssp.agreement.Track;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules of every track, worked by hand. Unless a test says otherwise: benchmark $100,000,000,
 * 60,000 beneficiaries (variable MSR 2%), agreement starting with the PY.
 */
class ReconciliationEngineTest {

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

    private static List<String> ruleNames(ReconciliationResult r) {
        return r.explanation().stream().map(ExplanationStep::rule).toList();
    }

    @Nested
    class Track1 {
        @Test
        void sharesSavingsAtHalfTheQualityScoreAfterSequestration() {
            ReconciliationResult r = engine.reconcile(aco(Track.TRACK_1, 2018, "95000000").build());
            assertEquals(PerformanceOutcome.SAVINGS_GENERATED, r.outcome());
            assertAmount("5000000", r.generatedSavingsOrLosses());
            assertAmount("0.45", r.finalSharingRate());
            // 5,000,000 × 0.45 × 0.98
            assertAmount("2205000", r.earnedSavings());
            assertAmount("2205000", r.netAmount());
            assertFalse(r.performancePaymentLimitApplied());
            assertNull(r.finalLossRate());
        }

        @Test
        void savingsRateExactlyAtTheMsrGeneratesSavings() {
            ReconciliationResult r = engine.reconcile(aco(Track.TRACK_1, 2018, "98000000").build());
            assertAmount("0.02", r.savingsRate());
            assertEquals(PerformanceOutcome.SAVINGS_GENERATED, r.outcome());
            // 2,000,000 × 0.45 × 0.98
            assertAmount("882000", r.earnedSavings());
        }

        @Test
        void oneDollarShortOfTheMsrGeneratesNothing() {
            ReconciliationResult r = engine.reconcile(aco(Track.TRACK_1, 2018, "98000001").build());
            assertEquals(PerformanceOutcome.WITHIN_CORRIDOR, r.outcome());
            assertAmount("0", r.generatedSavingsOrLosses());
            assertAmount("0", r.netAmount());
        }

        @Test
        void performancePaymentLimitBindsAtTenPercentOfTheBenchmark() {
            ReconciliationResult r = engine.reconcile(aco(Track.TRACK_1, 2018, "60000000")
                    .quality(QualityOutcome.met("1")).build());
            // 40,000,000 × 0.5 × 0.98 = 19,600,000 > 10% × 100,000,000
            assertAmount("10000000", r.earnedSavings());
            assertTrue(r.performancePaymentLimitApplied());
        }

        @Test
        void lossesBeyondTheMsrAreNeverShared() {
            ReconciliationResult r = engine.reconcile(aco(Track.TRACK_1, 2018, "110000000").build());
            assertEquals(PerformanceOutcome.LOSSES_NOT_SHARED, r.outcome());
            assertAmount("0", r.generatedSavingsOrLosses());
            assertAmount("0", r.netAmount());
        }

        @Test
        void failingTheQualityStandardSharesNothing() {
            ReconciliationResult r = engine.reconcile(aco(Track.TRACK_1, 2018, "95000000")
                    .quality(QualityOutcome.failed(new BigDecimal("0.4"))).build());
            assertAmount("5000000", r.generatedSavingsOrLosses());
            assertAmount("0", r.finalSharingRate());
            assertAmount("0", r.earnedSavings());
        }

        @Test
        void belowFiveThousandBeneficiariesUsesTheCmsSetRate() {
            ReconciliationInput.Builder small = aco(Track.TRACK_1, 2018, "96000000").assignedBeneficiaries(4_000);
            assertThrows(IllegalArgumentException.class, () -> engine.reconcile(small.build()));
            ReconciliationResult r = engine.reconcile(small.cmsSetMinimumSavingsRate(new BigDecimal("0.045")).build());
            assertAmount("0.045", r.minimumSavingsRate());
            assertEquals(PerformanceOutcome.WITHIN_CORRIDOR, r.outcome());
        }

        @Test
        void explainsEveryStepInOrder() {
            ReconciliationResult r = engine.reconcile(aco(Track.TRACK_1, 2018, "95000000").build());
            assertEquals(List.of("savingsRate", "minimumSavingsRate", "generatedSavingsOrLosses", "finalSharingRate",
                    "sharedSavings", "sequestration", "performancePaymentLimit", "earnedSavings"), ruleNames(r));
            ExplanationStep sequestration = r.explanation().get(5);
            assertAmount("2205000", sequestration.result());
            assertTrue(r.explain().contains("sequestration: 2,250,000 × (1 − 0.02)"), r.explain());
        }
    }

    @Nested
    class Track1Plus {
        private ReconciliationInput.Builder losing() {
            return aco(Track.TRACK_1_PLUS, 2018, "105000000").minimumSavingsRateChoice(MinimumSavingsRateChoice.fixed("0.01"));
        }

        @Test
        void sharesLossesAtThirtyPercentUnderTheBenchmarkLimit() {
            ReconciliationResult r = engine.reconcile(losing().lossLimitBasis(LossLimitBasis.BENCHMARK).build());
            assertEquals(PerformanceOutcome.LOSSES_GENERATED, r.outcome());
            assertAmount("-5000000", r.generatedSavingsOrLosses());
            assertAmount("0.30", r.finalLossRate());
            assertAmount("1500000", r.sharedLosses());
            assertAmount("-1500000", r.netAmount());
            assertFalse(r.lossSharingLimitApplied());
        }

        @Test
        void revenueBasedLimitBindsAtEightPercentOfRevenue() {
            ReconciliationResult r = engine.reconcile(losing().lossLimitBasis(LossLimitBasis.REVENUE)
                    .participantRevenue(new BigDecimal("10000000")).build());
            assertAmount("800000", r.sharedLosses());
            assertTrue(r.lossSharingLimitApplied());
            assertTrue(r.isDetermined());
        }

        @Test
        void revenueBasedLimitWithoutRevenueIsOnlyAnUpperBound() {
            ReconciliationResult r = engine.reconcile(losing().lossLimitBasis(LossLimitBasis.REVENUE).build());
            assertFalse(r.isDetermined());
            assertTrue(r.unresolved().get(0).contains("8% of ACO participant revenue"), r.unresolved().toString());
            assertAmount("1500000", r.sharedLosses());
        }

        @Test
        void unknownBasisIsUnresolvedWithTheFourPercentCapAsBound() {
            ReconciliationResult r = engine.reconcile(losing().build());
            assertFalse(r.isDetermined());
            assertTrue(r.unresolved().get(0).contains("basis unknown"), r.unresolved().toString());
            assertAmount("1500000", r.sharedLosses());
            ReconciliationResult big = engine.reconcile(losing().totalExpenditures("120000000").build());
            // 20,000,000 × 30% = 6,000,000 above 4% × 100,000,000
            assertAmount("4000000", big.sharedLosses());
        }
    }

    @Nested
    class Track2 {
        private ReconciliationInput.Builder losing(int agreementStartYear, String quality) {
            return aco(Track.TRACK_2, 2018, "120000000")
                    .agreementStart(LocalDate.of(agreementStartYear, 1, 1))
                    .minimumSavingsRateChoice(MinimumSavingsRateChoice.fixed("0"))
                    .quality(QualityOutcome.met(quality));
        }

        @Test
        void lossRateIsOneMinusTheSharingRate() {
            ReconciliationResult r = engine.reconcile(losing(2016, "0.9").build());
            assertAmount("0.54", r.finalSharingRate());
            assertAmount("0.46", r.finalLossRate());
            // 20,000,000 × 0.46, under the PY3 limit of 10,000,000
            assertAmount("9200000", r.sharedLosses());
        }

        @Test
        void lossRateIsCappedAtSixtyPercent() {
            ReconciliationResult r = engine.reconcile(losing(2016, "0.5").build());
            // 1 − 0.6 × 0.5 = 0.7 -> 0.6
            assertAmount("0.60", r.finalLossRate());
        }

        @Test
        void lossLimitGrowsWithTheYearOfTheAgreement() {
            assertAmount("5000000", engine.reconcile(losing(2018, "0.9").build()).sharedLosses());
            assertAmount("7500000", engine.reconcile(losing(2017, "0.9").build()).sharedLosses());
            ReconciliationResult third = engine.reconcile(losing(2016, "0.9").build());
            assertAmount("9200000", third.sharedLosses());
            assertFalse(third.lossSharingLimitApplied());
        }

        @Test
        void agreementsBefore2016HaveAFlatTwoPercentCorridor() {
            ReconciliationInput old = aco(Track.TRACK_2, 2015, "101500000")
                    .agreementStart(LocalDate.of(2014, 1, 1))
                    .minimumSavingsRateChoice(MinimumSavingsRateChoice.fixed("0")).build();
            ReconciliationResult r = engine.reconcile(old);
            assertAmount("0.02", r.minimumSavingsRate());
            assertAmount("0.02", r.minimumLossRate());
            assertEquals(PerformanceOutcome.WITHIN_CORRIDOR, r.outcome());
            ReconciliationResult chosen = engine.reconcile(old.toBuilder().performanceYear(2016)
                    .agreementStart(LocalDate.of(2016, 1, 1)).build());
            assertEquals(PerformanceOutcome.LOSSES_GENERATED, chosen.outcome());
        }

        @Test
        void savingsAreCappedAtFifteenPercent() {
            ReconciliationResult r = engine.reconcile(aco(Track.TRACK_2, 2018, "50000000")
                    .quality(QualityOutcome.met("1")).build());
            // 50,000,000 × 0.6 × 0.98 = 29,400,000 > 15,000,000
            assertAmount("15000000", r.earnedSavings());
        }
    }

    @Nested
    class Track3AndEnhanced {
        private ReconciliationInput.Builder losing(Track track, int py, QualityOutcome quality) {
            return aco(track, py, "110000000").minimumSavingsRateChoice(MinimumSavingsRateChoice.fixed("0.02"))
                    .quality(quality);
        }

        @Test
        void lossRateHasAFloorOfFortyPercent() {
            // 1 − 0.75 × 1 = 0.25 -> 0.40
            ReconciliationResult r = engine.reconcile(losing(Track.TRACK_3, 2018, QualityOutcome.met("1")).build());
            assertAmount("0.40", r.finalLossRate());
            assertAmount("4000000", r.sharedLosses());
        }

        @Test
        void lossRateBetweenTheBoundsFollowsTheQualityScore() {
            // 1 − 0.75 × 0.4 = 0.70
            ReconciliationResult r = engine.reconcile(losing(Track.TRACK_3, 2018, QualityOutcome.met("0.4")).build());
            assertAmount("0.70", r.finalLossRate());
        }

        @Test
        void failingTheStandardMeansTheSeventyFivePercentCap() {
            ReconciliationResult t3 = engine.reconcile(losing(Track.TRACK_3, 2018,
                    QualityOutcome.failed(new BigDecimal("0.45"))).build());
            assertAmount("0.75", t3.finalLossRate());
            ReconciliationResult en = engine.reconcile(losing(Track.ENHANCED, 2023, QualityOutcome.notReported()).build());
            assertAmount("0.75", en.finalLossRate());
            assertAmount("7500000", en.sharedLosses());
        }

        @Test
        void enhancedLossRateUsesTheQualityScoreWhenTheStandardIsMet() {
            // 1 − 0.75 × 0.7 = 0.475; the sharing rate is the full 75% in PY2023
            ReconciliationResult r = engine.reconcile(losing(Track.ENHANCED, 2023, QualityOutcome.met("0.7")).build());
            assertAmount("0.75", r.finalSharingRate());
            assertAmount("0.475", r.finalLossRate());
            assertAmount("4750000", r.sharedLosses());
        }

        @Test
        void lossLimitIsFifteenPercentOfTheBenchmark() {
            ReconciliationResult r = engine.reconcile(losing(Track.ENHANCED, 2023, QualityOutcome.met("0.4"))
                    .totalExpenditures("130000000").build());
            // 30,000,000 × 0.70 = 21,000,000 > 15,000,000
            assertAmount("15000000", r.sharedLosses());
            assertTrue(r.lossSharingLimitApplied());
        }

        @Test
        void paymentLimitIsTwentyPercent() {
            ReconciliationResult r = engine.reconcile(aco(Track.ENHANCED, 2023, "50000000")
                    .minimumSavingsRateChoice(MinimumSavingsRateChoice.fixed("0")).build());
            // 50,000,000 × 0.75 × 0.98 = 36,750,000 > 20,000,000
            assertAmount("20000000", r.earnedSavings());
            assertTrue(r.performancePaymentLimitApplied());
        }

        @Test
        void lossesExplainEveryStepInOrder() {
            ReconciliationResult r = engine.reconcile(losing(Track.ENHANCED, 2023, QualityOutcome.met("0.7")).build());
            assertEquals(List.of("savingsRate", "minimumSavingsRate", "minimumLossRate", "generatedSavingsOrLosses",
                    "finalSharingRate", "sharedLossRate", "lossesAtLossRate", "lossSharingLimit", "eucReduction",
                    "sharedLosses"), ruleNames(r));
        }
    }

    @Nested
    class Basic {
        private ReconciliationInput.Builder losing(Track level, String revenue) {
            return aco(level, 2023, "110000000").minimumSavingsRateChoice(MinimumSavingsRateChoice.fixed("0.02"))
                    .participantRevenue(revenue == null ? null : new BigDecimal(revenue));
        }

        @Test
        void levelsAAndBAreOneSidedAtFortyPercent() {
            ReconciliationResult r = engine.reconcile(aco(Track.BASIC_B, 2023, "95000000").build());
            assertAmount("0.40", r.finalSharingRate());
            // 5,000,000 × 0.4 × 0.98
            assertAmount("1960000", r.earnedSavings());
            assertNull(engine.reconcile(aco(Track.BASIC_A, 2023, "110000000").build()).finalLossRate());
        }

        @Test
        void levelCLimitIsTwoPercentOfRevenueCappedAtOnePercentOfBenchmark() {
            // 10,000,000 × 0.3 = 3,000,000; min(2% × 40,000,000, 1% × 100,000,000) = 800,000
            assertAmount("800000", engine.reconcile(losing(Track.BASIC_C, "40000000").build()).sharedLosses());
            // min(2% × 400,000,000, 1,000,000) = 1,000,000
            assertAmount("1000000", engine.reconcile(losing(Track.BASIC_C, "400000000").build()).sharedLosses());
        }

        @Test
        void levelDLimitIsFourPercentOfRevenueCappedAtTwoPercentOfBenchmark() {
            assertAmount("1600000", engine.reconcile(losing(Track.BASIC_D, "40000000").build()).sharedLosses());
            assertAmount("2000000", engine.reconcile(losing(Track.BASIC_D, "400000000").build()).sharedLosses());
        }

        @Test
        void levelELimitIsEightPercentOfRevenueCappedAtFourPercentOfBenchmark() {
            ReconciliationResult notBinding = engine.reconcile(losing(Track.BASIC_E, "40000000").build());
            // 8% × 40,000,000 = 3,200,000 > 3,000,000
            assertAmount("3000000", notBinding.sharedLosses());
            assertFalse(notBinding.lossSharingLimitApplied());
            assertAmount("1600000", engine.reconcile(losing(Track.BASIC_E, "20000000").build()).sharedLosses());
            ReconciliationResult capped = engine.reconcile(losing(Track.BASIC_E, "1000000000")
                    .totalExpenditures("150000000").build());
            // 50,000,000 × 0.3 = 15,000,000; min(80,000,000, 4,000,000)
            assertAmount("4000000", capped.sharedLosses());
        }

        @Test
        void revenueLimitWithoutRevenueIsReportedAsUnresolved() {
            ReconciliationResult r = engine.reconcile(losing(Track.BASIC_D, null).build());
            assertFalse(r.isDetermined());
            assertTrue(r.unresolved().get(0).contains("4% of ACO participant revenue"));
        }

        @Test
        void savingsDoNotNeedRevenue() {
            ReconciliationResult r = engine.reconcile(aco(Track.BASIC_E, 2023, "95000000")
                    .minimumSavingsRateChoice(MinimumSavingsRateChoice.fixed("0.02")).build());
            assertTrue(r.isDetermined());
            assertAmount("2450000", r.earnedSavings());
        }
    }

    @Nested
    class QualityEras {
        @Test
        void upTo2020TheRateIsMaxTimesQualityScore() {
            assertAmount("0.36", engine.reconcile(aco(Track.BASIC_A, 2020, "95000000").build()).finalSharingRate());
        }

        @Test
        void in2021And2022MeetingTheStandardGivesTheMaximum() {
            assertAmount("0.40", engine.reconcile(aco(Track.BASIC_A, 2021, "95000000").build()).finalSharingRate());
            assertAmount("0", engine.reconcile(aco(Track.BASIC_A, 2022, "95000000")
                    .quality(QualityOutcome.metAlternative(new BigDecimal("0.8"))).build()).finalSharingRate());
        }

        @Test
        void from2023TheAlternativeStandardScalesByTheScore() {
            ReconciliationResult r = engine.reconcile(aco(Track.BASIC_A, 2023, "95000000")
                    .quality(QualityOutcome.metAlternative(new BigDecimal("0.8"))).build());
            assertAmount("0.32", r.finalSharingRate());
            assertAmount("0", engine.reconcile(aco(Track.BASIC_A, 2023, "95000000")
                    .quality(QualityOutcome.failed(new BigDecimal("0.8"))).build()).finalSharingRate());
        }

        @Test
        void percentileStandardComesFromTheParameterTable() {
            ParameterYear py2024 = engine.parameters().forYear(2024);
            assertEquals(40, py2024.qualityStandardPercentile());
            assertTrue(QualityOutcome.meetsPercentileStandard(py2024, new BigDecimal("0.7705")));
            assertFalse(QualityOutcome.meetsPercentileStandard(py2024, new BigDecimal("0.7704")));
            assertThrows(IllegalArgumentException.class,
                    () -> QualityOutcome.meetsPercentileStandard(engine.parameters().forYear(2019), BigDecimal.ONE));
        }
    }

    @Nested
    class SequestrationAndEuc {
        @Test
        void sequestrationIsTakenFromTheParameterTable() {
            ParameterYear noSequestration = new ParameterYear(2018, BigDecimal.ZERO, 0, null,
                    new BigDecimal("0.08"), new BigDecimal("0.04"), "test");
            ReconciliationEngine without = new ReconciliationEngine(ProgramParameters.of(List.of(noSequestration)));
            ReconciliationInput in = aco(Track.TRACK_1, 2018, "95000000").build();
            assertAmount("2250000", without.reconcile(in).earnedSavings());
            assertAmount("2205000", engine.reconcile(in).earnedSavings());
            assertThrows(IllegalArgumentException.class, () -> without.reconcile(in.toBuilder().performanceYear(2019)
                    .build()));
        }

        @Test
        void eucReducesLossesByAffectedMonthsAndBeneficiaries() {
            ReconciliationResult r = engine.reconcile(aco(Track.ENHANCED, 2023, "110000000")
                    .minimumSavingsRateChoice(MinimumSavingsRateChoice.fixed("0.02"))
                    .quality(QualityOutcome.met("0.7"))
                    .euc(EucAdjustment.affected(new BigDecimal("0.5"), new BigDecimal("0.8"))).build());
            // 4,750,000 × 0.5 × 0.8 = 1,900,000
            assertAmount("1900000", r.eucReduction());
            assertAmount("2850000", r.sharedLosses());
            assertAmount("-2850000", r.netAmount());
        }

        @Test
        void eucAppliesAfterTheLossLimit() {
            ReconciliationResult r = engine.reconcile(aco(Track.BASIC_C, 2023, "110000000")
                    .minimumSavingsRateChoice(MinimumSavingsRateChoice.fixed("0.02"))
                    .participantRevenue(new BigDecimal("40000000"))
                    .euc(EucAdjustment.affected(BigDecimal.ONE, new BigDecimal("0.5"))).build());
            // limit 800,000, then half of it
            assertAmount("400000", r.eucReduction());
            assertAmount("400000", r.sharedLosses());
        }

        @Test
        void aDeterminedReductionNeverExceedsTheLosses() {
            ReconciliationResult r = engine.reconcile(aco(Track.ENHANCED, 2021, "110000000")
                    .minimumSavingsRateChoice(MinimumSavingsRateChoice.fixed("0.02"))
                    .euc(EucAdjustment.determinedReduction(new BigDecimal("99000000"))).build());
            assertAmount("0", r.sharedLosses());
            assertTrue(r.eucReduction().signum() > 0);
        }
    }

    @Nested
    class MsrChoicesAndReducedSharing {
        @Test
        void zeroMsrSharesFromTheFirstDollar() {
            ReconciliationResult r = engine.reconcile(aco(Track.BASIC_E, 2023, "99999999")
                    .minimumSavingsRateChoice(MinimumSavingsRateChoice.fixed("0")).build());
            assertEquals(PerformanceOutcome.SAVINGS_GENERATED, r.outcome());
            assertAmount("1", r.generatedSavingsOrLosses());
        }

        @Test
        void variableChoiceOfATwoSidedAcoUsesTheTable() {
            ReconciliationResult r = engine.reconcile(aco(Track.BASIC_E, 2023, "97600000")
                    .assignedBeneficiaries(20_000).build());
            assertAmount("0.025", r.minimumSavingsRate());
            assertAmount("0.025", r.minimumLossRate());
            assertEquals(PerformanceOutcome.WITHIN_CORRIDOR, r.outcome());
        }

        @Test
        void onlyTheChoicesOfTheRegulationAreAccepted() {
            assertThrows(IllegalArgumentException.class, () -> MinimumSavingsRateChoice.fixed("0.03"));
        }

        @Test
        void lowRevenueAcoInA2024AgreementSharesSavingsBelowItsMsrAtHalfRate() {
            ReconciliationInput in = aco(Track.BASIC_C, 2024, "99000000")
                    .minimumSavingsRateChoice(MinimumSavingsRateChoice.fixed("0.02"))
                    .lowRevenue(true).build();
            ReconciliationResult r = engine.reconcile(in);
            assertEquals(PerformanceOutcome.REDUCED_SAVINGS_GENERATED, r.outcome());
            // 1,000,000 × 0.25 × 0.98
            assertAmount("245000", r.earnedSavings());
            ReconciliationResult older = engine.reconcile(in.toBuilder().agreementStart(LocalDate.of(2023, 1, 1)).build());
            assertEquals(PerformanceOutcome.WITHIN_CORRIDOR, older.outcome());
            ReconciliationResult enhanced = engine.reconcile(in.withTrack(Track.ENHANCED));
            assertEquals(PerformanceOutcome.WITHIN_CORRIDOR, enhanced.outcome());
        }
    }

    @Nested
    class WhatIf {
        @Test
        void evaluatesEveryCurrentTrack() {
            ReconciliationInput in = aco(Track.BASIC_C, 2023, "95000000")
                    .minimumSavingsRateChoice(MinimumSavingsRateChoice.fixed("0.02")).build();
            Map<Track, ReconciliationResult> all = engine.reconcileUnderEveryCurrentTrack(in);
            assertEquals(ReconciliationEngine.CURRENT_TRACKS, List.copyOf(all.keySet()));
            assertAmount("1960000", all.get(Track.BASIC_A).earnedSavings());
            assertAmount("2450000", all.get(Track.BASIC_E).earnedSavings());
            assertAmount("3675000", all.get(Track.ENHANCED).earnedSavings());
            assertNull(all.get(Track.BASIC_B).finalLossRate());
            assertEquals(Track.ENHANCED, all.get(Track.ENHANCED).input().track());
        }
    }

    @Nested
    class Validation {
        @Test
        void rejectsImpossibleInputs() {
            assertThrows(IllegalArgumentException.class, () -> aco(Track.TRACK_1, 2018, "1").totalBenchmark("-5").build());
            assertThrows(IllegalArgumentException.class, () -> aco(Track.TRACK_1, 2018, "1")
                    .agreementStart(LocalDate.of(2019, 1, 1)).build());
            assertThrows(IllegalArgumentException.class, () -> QualityOutcome.met("1.2"));
            assertThrows(IllegalArgumentException.class, () -> aco(Track.TRACK_1, 2018, "1").assignedBeneficiaries(0).build());
        }

        @Test
        void unknownPerformanceYearIsRefused() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> engine.reconcile(aco(Track.BASIC_A, 2040, "95000000").build()));
            assertTrue(e.getMessage().contains("2040"));
        }
    }
}
