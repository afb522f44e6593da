package gov.cms.ssp.reconciliation.benchmark;

import java.math.BigDecimal;

/** The weights of BY1, BY2, BY3 in the historical benchmark (425.602: 10%, 30%, 60%). */
public record BenchmarkYearWeights(BigDecimal year1, BigDecimal year2, BigDecimal year3) {

    public static final BenchmarkYearWeights STANDARD =
            new BenchmarkYearWeights(new BigDecimal("0.1"), new BigDecimal("0.3"), new BigDecimal("0.6"));

    public BenchmarkYearWeights {
        if (year1.add(year2).add(year3).compareTo(BigDecimal.ONE) != 0) {
            throw new IllegalArgumentException("benchmark year weights must add up to 1");
        }
    }
}
