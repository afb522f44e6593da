package gov.cms.ssp.reconciliation.benchmark;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * One benchmark year's figures by enrollment type.
 *
 * @param perCapitaExpenditures per-capita Parts A and B expenditures of the assigned beneficiaries (PUF Per_Capita_Exp_ALL_*_BYn)
 * @param riskScores            CMS-HCC risk scores (PUF CMS_HCC_RiskScore_*_BYn); empty to skip the restatement to BY3 health status
 * @param trendToBenchmarkYear3 national growth factor from this year to BY3 (1 for BY3 itself)
 */
public record BenchmarkYear(Map<EnrollmentType, BigDecimal> perCapitaExpenditures,
                            Map<EnrollmentType, BigDecimal> riskScores,
                            Map<EnrollmentType, BigDecimal> trendToBenchmarkYear3) {

    public BenchmarkYear {
        perCapitaExpenditures = complete(perCapitaExpenditures, "perCapitaExpenditures");
        riskScores = riskScores == null || riskScores.isEmpty() ? Map.of() : complete(riskScores, "riskScores");
        trendToBenchmarkYear3 = complete(trendToBenchmarkYear3, "trendToBenchmarkYear3");
    }

    /** BY3: not trended. */
    public static BenchmarkYear third(Map<EnrollmentType, BigDecimal> perCapitaExpenditures,
                                      Map<EnrollmentType, BigDecimal> riskScores) {
        Map<EnrollmentType, BigDecimal> one = new EnumMap<>(EnrollmentType.class);
        for (EnrollmentType t : EnrollmentType.values()) {
            one.put(t, BigDecimal.ONE);
        }
        return new BenchmarkYear(perCapitaExpenditures, riskScores, one);
    }

    public boolean hasRiskScores() {
        return !riskScores.isEmpty();
    }

    static Map<EnrollmentType, BigDecimal> complete(Map<EnrollmentType, BigDecimal> values, String name) {
        if (values == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        for (EnrollmentType t : EnrollmentType.values()) {
            BigDecimal v = values.get(t);
            if (v == null || v.signum() < 0) {
                throw new IllegalArgumentException(name + " needs a non-negative value for " + t);
            }
        }
        return Map.copyOf(values);
    }
}
