package gov.cms.ssp.assignment;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Spec G: benchmark-year figures of the pipeline into the historical benchmark and ABtotBnchmk = UB × PY. */
class PipelineBenchmarkTest {

    private static final Map<EnrollmentType, BigDecimal> FLAT = Map.of(EnrollmentType.ESRD, new BigDecimal("90000"),
            EnrollmentType.DIS, new BigDecimal("12000"), EnrollmentType.AGDU, new BigDecimal("15000"),
            EnrollmentType.AGND, new BigDecimal("10000"));

    private static AcoYearFigures year(int y, long agnd, String pcAgnd, long agdu, String pcAgdu) {
        return new AcoYearFigures(y, "A1", Map.of(EnrollmentType.AGND, agnd, EnrollmentType.AGDU, agdu),
                Map.of(EnrollmentType.AGND, new BigDecimal(pcAgnd), EnrollmentType.AGDU, new BigDecimal(pcAgdu)),
                BigDecimal.ZERO, 3);
    }

    private static List<PipelineBenchmark.NationalYear> national(Map<EnrollmentType, BigDecimal> by1) {
        return List.of(new PipelineBenchmark.NationalYear(2021, by1), new PipelineBenchmark.NationalYear(2022, FLAT),
                new PipelineBenchmark.NationalYear(2023, FLAT), new PipelineBenchmark.NationalYear(2024, FLAT));
    }

    @Test
    void case20TheUpdatedBenchmarkTimesPersonYearsIsTheTotalBenchmark() {
        AcoYearFigures by = year(2023, 24, "11000", 6, "11000");
        AcoYearFigures py = year(2024, 24, "9500", 6, "16000");
        PipelineBenchmark.Result result = new PipelineBenchmark().benchmark(List.of(by, by, by), py, national(FLAT), List.of(), true);
        assertEquals(0, new BigDecimal("11000").compareTo(result.updatedPerCapita()));
        assertEquals(new BigDecimal("27500.00"), result.totalBenchmark());
    }

    @Test
    void anEarlierYearIsTrendedByNationalGrowthAndWeightedTenPercent() {
        Map<EnrollmentType, BigDecimal> lower = Map.of(EnrollmentType.ESRD, new BigDecimal("90000"),
                EnrollmentType.DIS, new BigDecimal("12000"), EnrollmentType.AGDU, new BigDecimal("15000"),
                EnrollmentType.AGND, new BigDecimal("8000"));
        AcoYearFigures by1 = year(2021, 12, "8000", 0, "0");
        AcoYearFigures by3 = year(2023, 12, "10000", 0, "0");
        // BY1 8,000 × 10,000/8,000 = 10,000 in BY3 terms: the benchmark stays 10,000 per capita
        PipelineBenchmark.Result result = new PipelineBenchmark().benchmark(List.of(by1, by3, by3), year(2024, 12, "1", 0, "0"),
                national(lower), List.of(), true);
        assertEquals(0, new BigDecimal("10000").compareTo(result.updatedPerCapita()), result.updatedPerCapita().toPlainString());
        assertEquals(new BigDecimal("10000.00"), result.totalBenchmark());
    }

    @Test
    void riskGrowthIsCappedAtThreePercent() {
        AcoYearFigures by = year(2023, 12, "10000", 0, "0");
        Map<EnrollmentType, BigDecimal> one = Map.of(EnrollmentType.ESRD, BigDecimal.ONE, EnrollmentType.DIS, BigDecimal.ONE,
                EnrollmentType.AGDU, BigDecimal.ONE, EnrollmentType.AGND, BigDecimal.ONE);
        Map<EnrollmentType, BigDecimal> higher = Map.of(EnrollmentType.ESRD, BigDecimal.ONE, EnrollmentType.DIS, BigDecimal.ONE,
                EnrollmentType.AGDU, BigDecimal.ONE, EnrollmentType.AGND, new BigDecimal("1.10"));
        PipelineBenchmark.Result result = new PipelineBenchmark().benchmark(List.of(by, by, by), year(2024, 12, "1", 0, "0"),
                national(FLAT), List.of(one, one, one, higher), true);
        assertEquals(new BigDecimal("10300.00"), result.totalBenchmark());
    }
}
