package gov.cms.ssp.reconciliation.benchmark;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * What the historical benchmark of a first agreement is built from (425.602).
 *
 * @param year1          BY1
 * @param year2          BY2
 * @param year3          BY3 (trend 1)
 * @param year3PersonYears assigned beneficiary person-years in BY3 by type: the mix the benchmark is restated to
 * @param weights        BY weights, normally {@link BenchmarkYearWeights#STANDARD}
 */
public record HistoricalBenchmarkInput(BenchmarkYear year1, BenchmarkYear year2, BenchmarkYear year3,
                                       Map<EnrollmentType, BigDecimal> year3PersonYears,
                                       BenchmarkYearWeights weights) {

    public HistoricalBenchmarkInput {
        Objects.requireNonNull(year1, "year1");
        Objects.requireNonNull(year2, "year2");
        Objects.requireNonNull(year3, "year3");
        year3PersonYears = BenchmarkYear.complete(year3PersonYears, "year3PersonYears");
        if (year3PersonYears.values().stream().allMatch(v -> v.signum() == 0)) {
            throw new IllegalArgumentException("BY3 has no person-years");
        }
        if (weights == null) {
            weights = BenchmarkYearWeights.STANDARD;
        }
        boolean scored = year3.hasRiskScores();
        if (scored != year1.hasRiskScores() || scored != year2.hasRiskScores()) {
            throw new IllegalArgumentException("risk scores are needed for all three benchmark years or none");
        }
    }
}
