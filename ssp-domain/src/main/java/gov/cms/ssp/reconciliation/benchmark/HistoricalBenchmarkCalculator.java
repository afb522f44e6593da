package gov.cms.ssp.reconciliation.benchmark;

import gov.cms.ssp.reconciliation.ExplanationStep;
import gov.cms.ssp.reconciliation.RoundingPolicy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The historical benchmark of a first agreement from benchmark-year per-capita expenditures
 * (42 CFR 425.602, rules section 4 step 2), and its risk adjustment to a performance year:
 * <ol>
 *   <li>BY1 and BY2 per-capita expenditures are trended to BY3 with national growth and, when risk
 *       scores are given, restated to BY3 health status (× BY3 risk / BYn risk), per enrollment type;</li>
 *   <li>the three years are weighted 10% / 30% / 60% per enrollment type;</li>
 *   <li>the types are combined at the BY3 enrollment mix (person-years).</li>
 * </ol>
 * No rounding (see {@link RoundingPolicy}); CMS publishes the result rounded to the dollar.
 */
public final class HistoricalBenchmarkCalculator {

    public HistoricalBenchmark historicalBenchmark(HistoricalBenchmarkInput in) {
        List<ExplanationStep> steps = new ArrayList<>();
        Map<EnrollmentType, BigDecimal> byType = new EnumMap<>(EnrollmentType.class);
        BenchmarkYearWeights w = in.weights();
        for (EnrollmentType t : EnrollmentType.values()) {
            BigDecimal y1 = trendedToBenchmarkYear3(in.year1(), in.year3(), t);
            BigDecimal y2 = trendedToBenchmarkYear3(in.year2(), in.year3(), t);
            BigDecimal y3 = in.year3().perCapitaExpenditures().get(t);
            steps.add(new ExplanationStep("trendedToBenchmarkYear3", t + ": BY1 " + y1.toPlainString()
                    + ", BY2 " + y2.toPlainString() + ", BY3 " + y3.toPlainString(), null));
            BigDecimal weighted = weightedBenchmarkYears(w, y1, y2, y3);
            steps.add(new ExplanationStep("weightedBenchmarkYears", t + ": " + w.year1() + " × BY1 + "
                    + w.year2() + " × BY2 + " + w.year3() + " × BY3", weighted));
            byType.put(t, weighted);
        }
        BigDecimal perCapita = atEnrollmentMix(byType, in.year3PersonYears());
        steps.add(new ExplanationStep("atEnrollmentMix", "per-type benchmarks weighted by BY3 person-years "
                + in.year3PersonYears(), perCapita));
        return new HistoricalBenchmark(byType, perCapita, in.year3().riskScores(), steps);
    }

    /** A benchmark year's per-capita expenditure of one type in BY3 terms: × trend × (BY3 risk / BYn risk). */
    public BigDecimal trendedToBenchmarkYear3(BenchmarkYear year, BenchmarkYear year3, EnrollmentType type) {
        BigDecimal trended = year.perCapitaExpenditures().get(type).multiply(year.trendToBenchmarkYear3().get(type));
        if (!year.hasRiskScores()) {
            return trended;
        }
        BigDecimal risk = year.riskScores().get(type);
        if (risk.signum() == 0) {
            throw new IllegalArgumentException("risk score of " + type + " is zero");
        }
        return RoundingPolicy.divide(trended.multiply(year3.riskScores().get(type)), risk);
    }

    /** 10% BY1 + 30% BY2 + 60% BY3 (or the given weights). */
    public BigDecimal weightedBenchmarkYears(BenchmarkYearWeights weights, BigDecimal year1, BigDecimal year2,
                                             BigDecimal year3) {
        return weights.year1().multiply(year1).add(weights.year2().multiply(year2)).add(weights.year3().multiply(year3));
    }

    /** Per-type amounts combined at an enrollment mix of person-years. */
    public BigDecimal atEnrollmentMix(Map<EnrollmentType, BigDecimal> perCapitaByType,
                                      Map<EnrollmentType, BigDecimal> personYears) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal people = BigDecimal.ZERO;
        for (EnrollmentType t : EnrollmentType.values()) {
            BigDecimal n = personYears.getOrDefault(t, BigDecimal.ZERO);
            total = total.add(perCapitaByType.get(t).multiply(n));
            people = people.add(n);
        }
        if (people.signum() == 0) {
            throw new IllegalArgumentException("no person-years to weight by");
        }
        return RoundingPolicy.divide(total, people);
    }

    /**
     * The benchmark risk adjusted to a performance year: each type × (PY risk / BY3 risk), the ratio
     * capped at {@code 1 + riskGrowthCap} when a cap is given (e.g. 0.03 for the 3% cap of newer
     * agreements), then × the update factor of the type, combined at the PY enrollment mix.
     */
    public BigDecimal riskAdjustedBenchmark(HistoricalBenchmark benchmark,
                                            Map<EnrollmentType, BigDecimal> performanceYearRiskScores,
                                            Map<EnrollmentType, BigDecimal> updateFactors,
                                            Map<EnrollmentType, BigDecimal> performanceYearPersonYears,
                                            BigDecimal riskGrowthCap) {
        if (benchmark.year3RiskScores().isEmpty()) {
            throw new IllegalArgumentException("the historical benchmark has no BY3 risk scores to adjust from");
        }
        Map<EnrollmentType, BigDecimal> adjusted = new EnumMap<>(EnrollmentType.class);
        for (EnrollmentType t : EnrollmentType.values()) {
            BigDecimal ratio = RoundingPolicy.divide(performanceYearRiskScores.get(t), benchmark.year3RiskScores().get(t));
            if (riskGrowthCap != null) {
                ratio = ratio.min(BigDecimal.ONE.add(riskGrowthCap));
            }
            adjusted.put(t, benchmark.perCapitaByType().get(t).multiply(ratio)
                    .multiply(updateFactors.getOrDefault(t, BigDecimal.ONE)));
        }
        return atEnrollmentMix(adjusted, performanceYearPersonYears);
    }
}
