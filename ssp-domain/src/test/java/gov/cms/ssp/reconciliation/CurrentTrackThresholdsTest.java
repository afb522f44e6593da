package gov.cms.ssp.reconciliation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.cms.ssp.agreement.Track;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The edges of every threshold and cap of the tracks the application reconciles (BASIC A–E,
 * ENHANCED), on a $100,000,000 benchmark with 60,000 beneficiaries (variable MSR 2%) and a fixed 2%
 * MSR/MLR for the two-sided levels: exactly at a threshold and one dollar short of it.
 */
class CurrentTrackThresholdsTest {
    private static final ReconciliationEngine ENGINE = ReconciliationEngine.withStandardParameters();
    private static final BigDecimal BENCHMARK = new BigDecimal("100000000");

    private static ReconciliationResult reconcile(Track track, String expenditures) {
        return ENGINE.reconcile(ReconciliationInput.builder()
                .performanceYear(2023).track(track).agreementStart(LocalDate.of(2023, 1, 1))
                .assignedBeneficiaries(60_000).totalBenchmark(BENCHMARK).totalExpenditures(new BigDecimal(expenditures))
                .minimumSavingsRateChoice(track.isTwoSided() ? MinimumSavingsRateChoice.fixed("0.02")
                        : MinimumSavingsRateChoice.variableRate())
                .quality(QualityOutcome.met(new BigDecimal("0.9")))
                // large enough that the revenue-based limits of Levels C–E are their benchmark caps
                .participantRevenue(new BigDecimal("1000000000000"))
                .build());
    }

    private static void assertDollars(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
    }

    private static String maximumSharingRate(Track track) {
        return switch (track) {
            case BASIC_A, BASIC_B -> "0.40";
            case ENHANCED -> "0.75";
            default -> "0.50";
        };
    }

    @ParameterizedTest
    @EnumSource(value = Track.class, names = {"BASIC_A", "BASIC_B", "BASIC_C", "BASIC_D", "BASIC_E", "ENHANCED"})
    void savingsExactlyAtTheMsrAreSharedAndOneDollarShortAreNot(Track track) {
        ReconciliationResult at = reconcile(track, "98000000");
        assertEquals(PerformanceOutcome.SAVINGS_GENERATED, at.outcome());
        // first-dollar sharing: 2,000,000 × max rate × (1 − 2% sequestration)
        assertDollars(new BigDecimal("2000000").multiply(new BigDecimal(maximumSharingRate(track)))
                .multiply(new BigDecimal("0.98")).toPlainString(), at.earnedSavings());

        ReconciliationResult short1 = reconcile(track, "98000001");
        assertEquals(PerformanceOutcome.WITHIN_CORRIDOR, short1.outcome());
        assertDollars("0", short1.netAmount());
    }

    @ParameterizedTest
    @EnumSource(value = Track.class, names = {"BASIC_A", "BASIC_B", "BASIC_C", "BASIC_D", "BASIC_E", "ENHANCED"})
    void lossesExactlyAtTheMlrAreSharedByTwoSidedLevelsOnly(Track track) {
        ReconciliationResult at = reconcile(track, "102000000");
        ReconciliationResult short1 = reconcile(track, "101999999");
        if (track.isTwoSided()) {
            assertEquals(PerformanceOutcome.LOSSES_GENERATED, at.outcome());
            assertTrue(at.sharedLosses().signum() > 0, "losses owed at the MLR");
            assertEquals(PerformanceOutcome.WITHIN_CORRIDOR, short1.outcome());
        } else {
            assertTrue(at.outcome() != PerformanceOutcome.LOSSES_GENERATED, "one-sided: losses are never shared");
            assertDollars("0", at.sharedLosses());
        }
        assertDollars("0", short1.sharedLosses());
    }

    @ParameterizedTest
    @EnumSource(value = Track.class, names = {"BASIC_A", "BASIC_B", "BASIC_C", "BASIC_D", "BASIC_E", "ENHANCED"})
    void thePerformancePaymentLimitBindsOnlyAboveIt(Track track) {
        String limit = track == Track.ENHANCED ? "20000000" : "10000000";
        ReconciliationResult capped = reconcile(track, "50000000");
        assertTrue(capped.performancePaymentLimitApplied());
        assertDollars(limit, capped.earnedSavings());

        // the savings that earn exactly the limit: limit / (max rate × 0.98); ten dollars less stay under it
        // even after the final rounding to whole dollars
        BigDecimal exact = new BigDecimal(limit).divide(new BigDecimal(maximumSharingRate(track)).multiply(new BigDecimal("0.98")),
                java.math.MathContext.DECIMAL128);
        BigDecimal under = exact.setScale(0, java.math.RoundingMode.FLOOR).subtract(BigDecimal.TEN);
        ReconciliationResult below = reconcile(track, BENCHMARK.subtract(under).toPlainString());
        assertFalse(below.performancePaymentLimitApplied(), () -> "savings of " + under);
        assertTrue(below.earnedSavings().compareTo(new BigDecimal(limit)) < 0);
    }

    @ParameterizedTest
    @EnumSource(value = Track.class, names = {"BASIC_C", "BASIC_D", "BASIC_E", "ENHANCED"})
    void theLossSharingLimitCapsLargeLosses(Track track) {
        String limit = switch (track) {
            case BASIC_C -> "1000000";
            case BASIC_D -> "2000000";
            case BASIC_E -> "4000000";
            default -> "15000000";
        };
        ReconciliationResult capped = reconcile(track, "150000000");
        assertTrue(capped.lossSharingLimitApplied());
        assertDollars(limit, capped.sharedLosses());
        assertTrue(capped.isDetermined(), capped.unresolved().toString());

        ReconciliationResult small = reconcile(track, "102000000");
        assertFalse(small.lossSharingLimitApplied(), "2,000,000 of losses stay under every limit");
    }
}
