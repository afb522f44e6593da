package gov.cms.ssp.reconciliation.benchmark;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static gov.cms.ssp.reconciliation.benchmark.EnrollmentType.AGED_DUAL;
import static gov.cms.ssp.reconciliation.benchmark.EnrollmentType.AGED_NON_DUAL;
import static gov.cms.ssp.reconciliation.benchmark.EnrollmentType.DISABLED;
import static gov.cms.ssp.reconciliation.benchmark.EnrollmentType.ESRD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Worked by hand. Per-capita expenditures (ESRD, disabled, aged/dual, aged/non-dual):
 * BY1 80,000 / 10,000 / 15,000 / 10,000 trended ×1.05 / ×1.10 / ×1.10 / ×1.10;
 * BY2 84,000 / 10,500 / 15,500 / 10,400 trended ×1.02 / ×1.05 / ×1.05 / ×1.05;
 * BY3 88,000 / 11,000 / 16,000 / 11,000; BY3 person-years 100 / 900 / 1,000 / 8,000.
 */
class HistoricalBenchmarkCalculatorTest {

    private final HistoricalBenchmarkCalculator calculator = new HistoricalBenchmarkCalculator();

    private static Map<EnrollmentType, BigDecimal> of(String esrd, String disabled, String agedDual, String agedNonDual) {
        return Map.of(ESRD, new BigDecimal(esrd), DISABLED, new BigDecimal(disabled),
                AGED_DUAL, new BigDecimal(agedDual), AGED_NON_DUAL, new BigDecimal(agedNonDual));
    }

    private static HistoricalBenchmarkInput input(boolean withRisk) {
        Map<EnrollmentType, BigDecimal> neutral = withRisk ? of("1", "1", "1", "1") : Map.of();
        Map<EnrollmentType, BigDecimal> by3Risk = withRisk ? of("1", "1", "1", "1.1") : Map.of();
        return new HistoricalBenchmarkInput(
                new BenchmarkYear(of("80000", "10000", "15000", "10000"), neutral, of("1.05", "1.10", "1.10", "1.10")),
                new BenchmarkYear(of("84000", "10500", "15500", "10400"), neutral, of("1.02", "1.05", "1.05", "1.05")),
                BenchmarkYear.third(of("88000", "11000", "16000", "11000"), by3Risk),
                of("100", "900", "1000", "8000"),
                BenchmarkYearWeights.STANDARD);
    }

    private static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
    }

    @Test
    void weightsTrendedYearsTenThirtySixtyPerEnrollmentType() {
        HistoricalBenchmark b = calculator.historicalBenchmark(input(false));
        // ESRD: 0.1 × 84,000 + 0.3 × 85,680 + 0.6 × 88,000 = 8,400 + 25,704 + 52,800
        assertAmount("86904", b.perCapitaByType().get(ESRD));
        // disabled: 0.1 × 11,000 + 0.3 × 11,025 + 0.6 × 11,000
        assertAmount("11007.5", b.perCapitaByType().get(DISABLED));
        // aged/dual: 0.1 × 16,500 + 0.3 × 16,275 + 0.6 × 16,000
        assertAmount("16132.5", b.perCapitaByType().get(AGED_DUAL));
        // aged/non-dual: 0.1 × 11,000 + 0.3 × 10,920 + 0.6 × 11,000
        assertAmount("10976", b.perCapitaByType().get(AGED_NON_DUAL));
    }

    @Test
    void combinesTypesAtTheBenchmarkYear3Mix() {
        HistoricalBenchmark b = calculator.historicalBenchmark(input(false));
        // (86,904 × 100 + 11,007.5 × 900 + 16,132.5 × 1,000 + 10,976 × 8,000) / 10,000 = 122,537,650 / 10,000
        assertAmount("12253.765", b.perCapita());
        assertEquals("atEnrollmentMix", b.explanation().get(b.explanation().size() - 1).rule());
    }

    @Test
    void restatesEarlierYearsToBenchmarkYear3HealthStatus() {
        HistoricalBenchmarkInput in = input(true);
        // 10,000 × 1.10 × (1.1 / 1.0)
        assertAmount("12100", calculator.trendedToBenchmarkYear3(in.year1(), in.year3(), AGED_NON_DUAL));
        HistoricalBenchmark b = calculator.historicalBenchmark(in);
        // 0.1 × 12,100 + 0.3 × 12,012 + 0.6 × 11,000
        assertAmount("11413.6", b.perCapitaByType().get(AGED_NON_DUAL));
        assertAmount("86904", b.perCapitaByType().get(ESRD));
    }

    @Test
    void riskAdjustsToThePerformanceYearWithAnOptionalCap() {
        HistoricalBenchmark b = calculator.historicalBenchmark(input(true));
        Map<EnrollmentType, BigDecimal> pyRisk = of("1", "1", "1", "1.2");
        Map<EnrollmentType, BigDecimal> noUpdate = of("1", "1", "1", "1");
        Map<EnrollmentType, BigDecimal> mix = of("100", "900", "1000", "8000");
        // aged/non-dual × 1.2 / 1.1 = 12,451.2; (8,690,400 + 9,906,750 + 16,132,500 + 99,609,600) / 10,000
        assertAmount("13433.925", calculator.riskAdjustedBenchmark(b, pyRisk, noUpdate, mix, null));
        // ratio capped at 1.03: 11,413.6 × 1.03 = 11,756.008; (… + 94,048,064) / 10,000
        assertAmount("12877.7714", calculator.riskAdjustedBenchmark(b, pyRisk, noUpdate, mix, new BigDecimal("0.03")));
    }

    @Test
    void refusesIncompleteInputs() {
        assertThrows(IllegalArgumentException.class, () -> new BenchmarkYear(Map.of(ESRD, BigDecimal.ONE), Map.of(),
                of("1", "1", "1", "1")));
        assertThrows(IllegalArgumentException.class, () -> new BenchmarkYearWeights(
                new BigDecimal("0.2"), new BigDecimal("0.3"), new BigDecimal("0.6")));
        HistoricalBenchmark unscored = calculator.historicalBenchmark(input(false));
        Map<EnrollmentType, BigDecimal> ones = of("1", "1", "1", "1");
        assertThrows(IllegalArgumentException.class,
                () -> calculator.riskAdjustedBenchmark(unscored, ones, ones, ones, null));
    }
}
