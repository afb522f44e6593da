package gov.cms.ssp.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Decile boundaries and partial points of 414.1380(b)(1), for ordinary, inverse and collapsed benchmarks. */
class MeasureBenchmarkTest {

    static void assertPoints(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), "expected " + expected + ", was " + actual);
    }

    static MeasureBenchmark benchmark(boolean inverse, String... starts) {
        List<BigDecimal> deciles = new ArrayList<>();
        Arrays.stream(starts).forEach(s -> deciles.add(s == null ? null : new BigDecimal(s)));
        return new MeasureBenchmark(MeasureKey.of("134", CollectionType.ECQM), inverse, deciles, false, false, "test");
    }

    static final MeasureBenchmark FLAT = benchmark(false, "1", "10", "20", "30", "40", "50", "60", "70", "80", "90");
    static final MeasureBenchmark INVERSE = benchmark(true, "99", "90", "80", "70", "60", "50", "40", "30", "20", "10");

    static BigDecimal points(MeasureBenchmark b, String rate) {
        return b.rawPoints(new BigDecimal(rate)).stripTrailingZeros();
    }

    @Test
    void aRateExactlyAtADecileStartIsInThatDecileWithWholePoints() {
        assertEquals(8, FLAT.decileOf(new BigDecimal("70")));
        assertPoints("8", points(FLAT, "70"));
        assertEquals(7, FLAT.decileOf(new BigDecimal("69.99")));
        assertPoints("7.999", points(FLAT, "69.99"));
    }

    @Test
    void partialPointsAreTheShareOfTheWayToTheNextDecile() {
        assertPoints("5.5", points(FLAT, "45"));
        assertPoints("1.5", points(FLAT, "5.5"));
    }

    @Test
    void decileTenEarnsTenAndBelowEveryDecileEarnsNothingBeforeTheFloor() {
        assertPoints("10", points(FLAT, "90"));
        assertPoints("10", points(FLAT, "100"));
        assertEquals(0, FLAT.decileOf(new BigDecimal("0.99")));
        assertPoints("0", points(FLAT, "0.99"));
    }

    @Test
    void anInverseMeasureCountsDownLowerIsBetter() {
        assertEquals(10, INVERSE.decileOf(new BigDecimal("10")));
        assertPoints("10", points(INVERSE, "10"));
        assertEquals(9, INVERSE.decileOf(new BigDecimal("10.01")));
        assertPoints("9.999", points(INVERSE, "10.01"));
        assertPoints("9.5", points(INVERSE, "15"));
        assertEquals(0, INVERSE.decileOf(new BigDecimal("99.5")));
    }

    @Test
    void collapsedDecilesJumpToTheNextPublishedDecile() {
        // PY2022 134 as a MIPS CQM: decile 9 has no rate of its own, decile 10 is exactly 100
        MeasureBenchmark b = benchmark(false, null, null, "37.96", "66.96", "84.57", "92.91", "98.12", "99.69", null, "100.00");
        assertEquals(8, b.decileOf(new BigDecimal("99.99")));
        assertPoints("8.354838709677", points(b, "99.8").setScale(12, java.math.RoundingMode.HALF_UP));
        assertPoints("10", points(b, "100"));
        assertEquals(0, b.decileOf(new BigDecimal("37.95")));
    }

    @Test
    void theDecileGivesThePercentileOfPerformanceReached() {
        assertEquals(0, FLAT.percentileReached(new BigDecimal("9.99")));
        assertEquals(10, FLAT.percentileReached(new BigDecimal("10")));
        assertEquals(30, FLAT.percentileReached(new BigDecimal("30")));
        assertEquals(10, INVERSE.percentileReached(new BigDecimal("90")));
        assertEquals(0, INVERSE.percentileReached(new BigDecimal("90.01")));
    }

    @Test
    void decilesOutOfOrderAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> benchmark(false, "1", "20", "10", "30", "40", "50", "60", "70", "80", "90"));
        assertThrows(IllegalArgumentException.class, () -> benchmark(true, "1", "10", "20", "30", "40", "50", "60", "70", "80", "90"));
    }
}
