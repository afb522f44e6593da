package gov.cms.ssp.reconciliation;

import java.math.BigDecimal;

/**
 * The quality result of the ACO for the PY (rules section 5).
 *
 * @param metQualityStandard     the quality performance standard (QPS) is met
 * @param metAlternativeStandard only the alternative QPS (sliding scale, PY2023+) is met
 * @param qualityScore           the quality score as a fraction in [0, 1], null when not reported
 */
public record QualityOutcome(boolean metQualityStandard, boolean metAlternativeStandard, BigDecimal qualityScore) {

    public QualityOutcome {
        if (qualityScore != null && (qualityScore.signum() < 0 || qualityScore.compareTo(BigDecimal.ONE) > 0)) {
            throw new IllegalArgumentException("quality score must be a fraction in [0, 1]: " + qualityScore);
        }
        if (metQualityStandard && metAlternativeStandard) {
            throw new IllegalArgumentException("the alternative standard applies only when the standard is not met");
        }
    }

    public static QualityOutcome met(BigDecimal score) {
        return new QualityOutcome(true, false, score);
    }

    public static QualityOutcome met(String score) {
        return met(new BigDecimal(score));
    }

    public static QualityOutcome metAlternative(BigDecimal score) {
        return new QualityOutcome(false, true, score);
    }

    public static QualityOutcome failed(BigDecimal score) {
        return new QualityOutcome(false, false, score);
    }

    /**
     * Pay for reporting: in the first performance year of an ACO's first agreement (PUF QualScore
     * {@code P4R} or blank before 2021), complete reporting meets the standard with full credit, so the
     * sharing rate is the track's maximum (425.502(a), PY2013–2020).
     */
    public static QualityOutcome payForReporting() {
        return new QualityOutcome(true, false, BigDecimal.ONE);
    }

    /** Not reporting fails the standard. */
    public static QualityOutcome notReported() {
        return new QualityOutcome(false, false, null);
    }

    /**
     * Whether a score meets the PY's percentile standard (PY2021+), as far as the score decides it:
     * the eCQM incentive and first-year complete reporting also satisfy the standard and are
     * decided outside (the caller then passes {@code met} directly).
     */
    public static boolean meetsPercentileStandard(ParameterYear year, BigDecimal score) {
        if (year.qualityStandardPercentile() == 0 || year.qualityStandardScore() == null) {
            throw new IllegalArgumentException("no percentile score recorded for PY " + year.performanceYear());
        }
        return score != null && score.compareTo(year.qualityStandardScore()) >= 0;
    }
}
