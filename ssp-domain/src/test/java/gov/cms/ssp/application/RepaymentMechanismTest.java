package gov.cms.ssp.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RepaymentMechanismTest {
    @Test
    void theLesserOfHalfAPercentOfExpendituresAndOnePercentOfRevenue() {
        // 0.5% of 200,000,000 = 1,000,000; 1% of 50,000,000 = 500,000 -> revenue wins
        assertEquals(new BigDecimal("500000"), RepaymentMechanism.requiredAmount(new BigDecimal("200000000"), new BigDecimal("50000000")));
        // 0.5% of 80,000,000 = 400,000; 1% of 90,000,000 = 900,000 -> expenditures win
        assertEquals(new BigDecimal("400000"), RepaymentMechanism.requiredAmount(new BigDecimal("80000000"), new BigDecimal("90000000")));
    }

    @Test
    void equalBoundsGiveThatAmount() {
        assertEquals(new BigDecimal("100000"), RepaymentMechanism.requiredAmount(new BigDecimal("20000000"), new BigDecimal("10000000")));
    }

    @Test
    void centsAreRoundedUpToTheNextDollarSoTheMinimumIsNeverUnderstated() {
        // 0.5% of 1,000,001 = 5,000.005 -> 5,001
        assertEquals(new BigDecimal("5001"), RepaymentMechanism.requiredAmount(new BigDecimal("1000001"), new BigDecimal("99999999")));
        assertEquals(new BigDecimal("0"), RepaymentMechanism.requiredAmount(BigDecimal.ZERO, new BigDecimal("100")));
    }

    @Test
    void negativeOrMissingFiguresAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> RepaymentMechanism.requiredAmount(new BigDecimal("-1"), BigDecimal.ONE));
        assertThrows(NullPointerException.class, () -> RepaymentMechanism.requiredAmount(null, BigDecimal.ONE));
    }
}
