package gov.cms.ssp.reconciliation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.cms.ssp.agreement.Track;
import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.BusinessException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An ACO whose figures cannot be determined is set aside with its reason in words (the run goes on),
 * and the run waits for a decision on it: the figure entered, or the ACO withheld with a reason.
 */
class AcoDeterminationTest {
    private static final ReconciliationEngine ENGINE = ReconciliationEngine.withStandardParameters();
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    private static ReconciliationInput.Builder aco(int py, Track track, int n, String benchmark, String expenditures) {
        return ReconciliationInput.builder().performanceYear(py).track(track).agreementStart(LocalDate.of(2019, 7, 1))
                .assignedBeneficiaries(n).totalBenchmark(new BigDecimal(benchmark)).totalExpenditures(new BigDecimal(expenditures))
                .quality(QualityOutcome.met(new BigDecimal("0.85")));
    }

    @Test
    void anAcoUnderFiveThousandWithoutItsCmsSetMsrIsSetAsideNotAFailure() {
        AcoDetermination d = AcoDetermination.of(ENGINE, aco(2023, Track.BASIC_A, 3_200, "40000000", "38000000").build());
        assertFalse(d.isDetermined());
        assertNull(d.result());
        assertEquals(Set.of(MissingFigure.CMS_SET_MINIMUM_SAVINGS_RATE), d.missing());
        assertEquals("The ACO has 3,200 assigned beneficiaries, fewer than 5,000, so CMS sets its minimum savings rate,"
                + " and that rate is not recorded. Enter the minimum savings rate set by CMS.", d.reasons().get(0));
        // with the figure entered it is determined
        AcoDetermination entered = AcoDetermination.of(ENGINE, aco(2023, Track.BASIC_A, 3_200, "40000000", "38000000")
                .cmsSetMinimumSavingsRate(new BigDecimal("0.039")).build());
        assertTrue(entered.isDetermined());
        assertTrue(entered.reasons().isEmpty());
        // at exactly 5,000 the table applies: nothing is missing
        assertTrue(AcoDetermination.of(ENGINE, aco(2023, Track.BASIC_A, 5_000, "40000000", "38000000").build()).isDetermined());
    }

    @Test
    void aLossUnderARevenueBasedLimitWithoutTheRevenueIsSetAside() {
        AcoDetermination d = AcoDetermination.of(ENGINE, aco(2023, Track.BASIC_E, 20_000, "200000000", "220000000").build());
        assertEquals(Set.of(MissingFigure.PARTICIPANT_REVENUE), d.missing());
        assertTrue(d.reasons().get(0).contains("participants' Medicare revenue"), d.reasons().get(0));
        // savings need no revenue
        assertTrue(AcoDetermination.of(ENGINE, aco(2023, Track.BASIC_E, 20_000, "200000000", "180000000").build()).isDetermined());
        assertTrue(AcoDetermination.of(ENGINE, aco(2023, Track.BASIC_E, 20_000, "200000000", "220000000")
                .participantRevenue(new BigDecimal("90000000")).build()).isDetermined());
    }

    @Test
    void aTrackOnePlusLossWithoutItsLimitBasisIsSetAsideAndTheRevenueIsAskedForOnceTheBasisIsRevenue() {
        ReconciliationInput.Builder loss = aco(2019, Track.TRACK_1_PLUS, 20_000, "200000000", "220000000")
                .agreementStart(LocalDate.of(2018, 1, 1));
        assertEquals(Set.of(MissingFigure.LOSS_LIMIT_BASIS), AcoDetermination.of(ENGINE, loss.build()).missing());
        assertTrue(AcoDetermination.of(ENGINE, loss.lossLimitBasis(LossLimitBasis.BENCHMARK).build()).isDetermined());
        assertEquals(Set.of(MissingFigure.PARTICIPANT_REVENUE),
                AcoDetermination.of(ENGINE, loss.lossLimitBasis(LossLimitBasis.REVENUE).build()).missing());
    }

    @Test
    void aMidYearTerminationOwingLossesNeedsItsMonthsAndAScoredYearItsScore() {
        ReconciliationInput.Builder ended = aco(2023, Track.ENHANCED, 20_000, "200000000", "220000000").midYearTermination(true);
        assertEquals(Set.of(MissingFigure.MONTHS_BEFORE_TERMINATION), AcoDetermination.of(ENGINE, ended.build()).missing());
        assertTrue(AcoDetermination.of(ENGINE, ended.monthsBeforeTermination(7).build()).isDetermined());

        AcoDetermination noScore = AcoDetermination.of(ENGINE, aco(2019, Track.TRACK_1, 20_000, "200000000", "180000000")
                .agreementStart(LocalDate.of(2017, 1, 1)).quality(new QualityOutcome(true, false, null)).build());
        assertEquals(Set.of(MissingFigure.QUALITY_SCORE), noScore.missing());
        assertTrue(noScore.reasons().get(0).contains("quality score"), noScore.reasons().get(0));
    }

    @Test
    void aSetAsideAcoWaitsForAFigureOrAWrittenReasonAndTheRunCannotBeApprovedMeanwhile() {
        ReconciliationRun run = new ReconciliationRun(2023, 2, "cms.analyst", NOW);
        AcoDetermination missing = AcoDetermination.of(ENGINE, aco(2023, Track.BASIC_A, 3_200, "40000000", "38000000").build());
        SetAsideAco aside = new SetAsideAco(run, AcoId.of("A1001"), missing);
        assertTrue(aside.needsAttention());
        assertEquals(Set.of(MissingFigure.CMS_SET_MINIMUM_SAVINGS_RATE), aside.missing());

        BusinessException waiting = assertThrows(BusinessException.class, () -> run.approve(2, 1, "cms.lead", NOW, null));
        assertEquals("1 ACO needs attention: enter the missing figure or withhold the ACO with a reason before the run is approved.",
                waiting.getMessage());

        assertThrows(BusinessException.class, () -> aside.withhold("cms.lead", NOW, "  "), "a reason is required");
        aside.withhold("cms.lead", NOW, "CMS has not set the MSR yet; reconciled in a later revision");
        assertEquals(SetAsideAco.Decision.WITHHELD, aside.getDecision());
        assertEquals("cms.lead", aside.getDecidedBy());
        assertThrows(BusinessException.class, () -> aside.withhold("cms.lead", NOW, "again"), "decided once");
        run.approve(2, 0, "cms.lead", NOW, null);
        assertEquals(RunStatus.APPROVED, run.getStatus());
    }

    @Test
    void enteringAFigureThatStillLeavesOneMissingKeepsTheAcoWaitingWithTheNewReason() {
        ReconciliationRun run = new ReconciliationRun(2019, 1, "cms.analyst", NOW);
        ReconciliationInput.Builder loss = aco(2019, Track.TRACK_1_PLUS, 20_000, "200000000", "220000000")
                .agreementStart(LocalDate.of(2018, 1, 1));
        SetAsideAco aside = new SetAsideAco(run, AcoId.of("A1001"), AcoDetermination.of(ENGINE, loss.build()));
        aside.recomputed(AcoDetermination.of(ENGINE, loss.lossLimitBasis(LossLimitBasis.REVENUE).build()), "cms.analyst", NOW,
                "Loss sharing limit basis: revenue");
        assertTrue(aside.needsAttention());
        assertEquals(Set.of(MissingFigure.PARTICIPANT_REVENUE), aside.missing());
        aside.recomputed(AcoDetermination.of(ENGINE, loss.participantRevenue(new BigDecimal("50000000")).build()), "cms.analyst",
                NOW, "ACO participants' revenue: $50,000,000");
        assertEquals(SetAsideAco.Decision.RECOMPUTED, aside.getDecision());
        assertEquals("ACO participants' revenue: $50,000,000", aside.getDecisionNote());
    }

    @Test
    void sixMonthRunsExistOnlyInTwentyNineteen() {
        assertThrows(BusinessException.class, () -> new ReconciliationRun(2020, PerformancePeriod.JANUARY_TO_JUNE_2019, 1,
                "cms.analyst", NOW, 0, null));
        assertEquals(PerformancePeriod.JULY_TO_DECEMBER_2019, new ReconciliationRun(2019, PerformancePeriod.JULY_TO_DECEMBER_2019,
                1, "cms.analyst", NOW, 0, null).getPerformancePeriod());
    }

    @Test
    void aResultKeepsEveryInputItWasComputedFrom() {
        ReconciliationInput in = aco(2019, Track.TRACK_1_PLUS, 4_000, "50000000", "52000000").agreementStart(LocalDate.of(2018, 1, 1))
                .cmsSetMinimumSavingsRate(new BigDecimal("0.0412")).lossLimitBasis(LossLimitBasis.REVENUE)
                .participantRevenue(new BigDecimal("9000000.50")).euc(EucAdjustment.determinedReduction(new BigDecimal("1000")))
                .performancePeriod(PerformancePeriod.JANUARY_TO_JUNE_2019).midYearTermination(true).monthsBeforeTermination(5)
                .advancePaymentRecoupment(new BigDecimal("12.34")).lowRevenue(true).build();
        assertEquals(in, InputSnapshot.read(InputSnapshot.write(in)));
        ReconciliationInput fixed = aco(2024, Track.ENHANCED, 30_000, "350000000", "340000000")
                .minimumSavingsRateChoice(MinimumSavingsRateChoice.fixed("0.015")).guardrail(true).build();
        assertEquals(fixed, InputSnapshot.read(InputSnapshot.write(fixed)));
    }
}
