package gov.cms.ssp.reconciliation.benchmark;

import gov.cms.ssp.reconciliation.ExplanationStep;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A historical benchmark in BY3 dollars, unrounded (see {@link gov.cms.ssp.reconciliation.RoundingPolicy}).
 *
 * @param perCapitaByType per-capita benchmark of each enrollment type
 * @param perCapita       the benchmark per capita at the BY3 enrollment mix (PUF HistBnchmk, rounded there)
 * @param year3RiskScores the BY3 risk scores (empty when not risk adjusted), the base of later risk adjustment
 * @param explanation     the steps with their figures
 */
public record HistoricalBenchmark(Map<EnrollmentType, BigDecimal> perCapitaByType, BigDecimal perCapita,
                                  Map<EnrollmentType, BigDecimal> year3RiskScores,
                                  List<ExplanationStep> explanation) {

    public HistoricalBenchmark {
        perCapitaByType = Map.copyOf(perCapitaByType);
        year3RiskScores = Map.copyOf(year3RiskScores);
        explanation = List.copyOf(explanation);
    }
}
