package gov.cms.ssp.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.cms.ssp.agreement.Track;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RepaymentMechanismRuleTest {
    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void takesHalfAPercentOfExpendituresWhenThatIsTheLesser() {
        // 0.5% of 480,000,000 = 2,400,000; 1% of 250,000,000 = 2,500,000
        assertEquals(d("2400000"), RepaymentMechanismRule.requiredAmount(Track.ENHANCED, d("480000000"), d("250000000")));
    }

    @Test
    void takesOnePercentOfRevenueWhenThatIsTheLesser() {
        // 0.5% of 480,000,000 = 2,400,000; 1% of 90,000,000 = 900,000
        assertEquals(d("900000"), RepaymentMechanismRule.requiredAmount(Track.BASIC_E, d("480000000"), d("90000000")));
    }

    @Test
    void equalBasesGiveTheSameAmount() {
        assertEquals(d("1000000"), RepaymentMechanismRule.requiredAmount(Track.BASIC_C, d("200000000"), d("100000000")));
    }

    @Test
    void trackTwoIsOnePercentOfExpendituresWhateverTheRevenue() {
        assertEquals(d("4800000"), RepaymentMechanismRule.requiredAmount(Track.TRACK_2, d("480000000"), null));
    }

    @Test
    void oneSidedAcosNeedNoMechanism() {
        assertEquals(BigDecimal.ZERO, RepaymentMechanismRule.requiredAmount(Track.BASIC_A, d("480000000"), d("250000000")));
        assertEquals(BigDecimal.ZERO, RepaymentMechanismRule.requiredAmount(Track.BASIC_B, null, null));
    }

    @Test
    void roundsToWholeDollarsHalfUpOnlyAtTheEnd() {
        // 0.5% of 100,000,099 = 500,000.495 → 500,000; 0.5% of 100,000,100 = 500,000.50 → 500,001
        assertEquals(d("500000"), RepaymentMechanismRule.requiredAmount(Track.BASIC_D, d("100000099"), d("900000000")));
        assertEquals(d("500001"), RepaymentMechanismRule.requiredAmount(Track.BASIC_D, d("100000100"), d("900000000")));
    }

    @Test
    void refusesMissingOrNegativeFiguresForTwoSidedAcos() {
        assertThrows(IllegalArgumentException.class, () -> RepaymentMechanismRule.requiredAmount(Track.ENHANCED, null, d("1")));
        assertThrows(IllegalArgumentException.class, () -> RepaymentMechanismRule.requiredAmount(Track.ENHANCED, d("1"), d("-1")));
    }

    @Test
    void anIncreaseOfExactlyOneMillionMustBeFundedWithinNinetyDays() {
        var r = RepaymentMechanismRule.recompute(Track.ENHANCED, d("480000000"), d("250000000"), d("1400000"),
                LocalDate.of(2026, 10, 20));
        assertEquals(d("2400000"), r.required());
        assertEquals(d("1000000"), r.increase());
        assertTrue(r.materialIncrease());
        assertEquals(LocalDate.of(2027, 1, 18), r.fundingDeadline());
    }

    @Test
    void anIncreaseOneDollarBelowAMillionIsNotFlagged() {
        var r = RepaymentMechanismRule.recompute(Track.ENHANCED, d("480000000"), d("250000000"), d("1400001"),
                LocalDate.of(2026, 10, 20));
        assertEquals(d("999999"), r.increase());
        assertFalse(r.materialIncrease());
        assertNull(r.fundingDeadline());
    }

    @Test
    void aDecreaseIsNeverFlaggedAndNoPriorAmountCountsAsZero() {
        var lower = RepaymentMechanismRule.recompute(Track.ENHANCED, d("100000000"), d("250000000"), d("3000000"),
                LocalDate.of(2026, 10, 20));
        assertEquals(d("-2500000"), lower.increase());
        assertFalse(lower.materialIncrease());
        var first = RepaymentMechanismRule.recompute(Track.ENHANCED, d("480000000"), d("250000000"), null,
                LocalDate.of(2026, 10, 20));
        assertEquals(d("2400000"), first.increase());
        assertTrue(first.materialIncrease());
    }
}
