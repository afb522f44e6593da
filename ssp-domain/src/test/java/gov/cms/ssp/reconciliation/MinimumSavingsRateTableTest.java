package gov.cms.ssp.reconciliation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.math.RoundingMode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MinimumSavingsRateTableTest {

    @ParameterizedTest(name = "N = {0} -> MSR {1}")
    @CsvSource({
            "5000, 0.039",     // first band starts at 3.9%
            "5999, 0.036",     // ... and ends at 3.6%
            "6000, 0.036",
            "6999, 0.034",
            "7000, 0.034",
            "9999, 0.030",
            "10000, 0.030",
            "14999, 0.027",
            "49999, 0.022",
            "50000, 0.022",
            "59999, 0.020",
            "60000, 0.020",
            "250000, 0.020"
    })
    void bandEdgesHaveTheRatesOfTheRegulation(int n, String expected) {
        assertEquals(0, new BigDecimal(expected).compareTo(MinimumSavingsRateTable.rateFor(n).orElseThrow()));
    }

    @ParameterizedTest(name = "N = {0} -> MSR {1}")
    @CsvSource({
            // worked examples of the rules document: 3.1 − 0.1 × 139/999 and 2.5 − 0.3 × 18,660/29,999
            "9139, 0.0308609",
            "38660, 0.0231339",
            // 3.9 − 0.3 × 500/999 = 3.9 − 0.15015
            "5500, 0.0374985"
    })
    void interpolatesLinearlyInsideABand(int n, String expected) {
        BigDecimal rate = MinimumSavingsRateTable.rateFor(n).orElseThrow().setScale(7, RoundingMode.HALF_UP);
        assertEquals(new BigDecimal(expected), rate);
    }

    @Test
    void belowFiveThousandTheRateIsCmsSet() {
        assertTrue(MinimumSavingsRateTable.rateFor(4999).isEmpty());
        assertTrue(MinimumSavingsRateTable.rateFor(1).isEmpty());
    }

    @Test
    void neverRisesWithMoreBeneficiaries() {
        BigDecimal previous = BigDecimal.ONE;
        for (int n = 5_000; n <= 70_000; n += 7) {
            BigDecimal rate = MinimumSavingsRateTable.rateFor(n).orElseThrow();
            assertTrue(rate.compareTo(previous) <= 0, "MSR rose at N = " + n);
            previous = rate;
        }
    }
}
