package gov.cms.ssp.quality;

import java.util.List;
import java.util.Objects;

/**
 * Everything the scoring of one ACO's PY needs: the measures it reported through the APP and those
 * CMS loaded (CAHPS for MIPS, claims-based), and the facts about the ACO the rules look at.
 *
 * @param performanceYear           the PY
 * @param firstYearOfFirstAgreement the PY is the first of the ACO's first agreement (pay for reporting, 425.512(a)(2))
 * @param eucAffected               CMS determined the ACO was affected by an extreme and uncontrollable
 *                                  circumstance (425.512(b)): its score is at least the percentile score
 * @param measures                  the measures' data, at most one row per measure and collection type
 * @param healthEquity              CMS's health equity inputs (PY2023+), null when not (yet) determined
 * @param improvementPoints         the quality improvement score CMS determined from the ACO's prior-PY score
 *                                  (percentage points, 0 to the PY's cap; 0 without a prior score), null when
 *                                  not (yet) determined
 */
public record QualitySubmission(int performanceYear, boolean firstYearOfFirstAgreement, boolean eucAffected,
                                List<ReportedMeasure> measures, HealthEquityInput healthEquity,
                                java.math.BigDecimal improvementPoints) {

    public QualitySubmission {
        measures = List.copyOf(Objects.requireNonNull(measures, "measures"));
        long distinct = measures.stream().map(ReportedMeasure::key).distinct().count();
        if (distinct != measures.size()) {
            throw new IllegalArgumentException("a measure appears twice in the submission");
        }
        if (improvementPoints != null && improvementPoints.signum() < 0) {
            throw new IllegalArgumentException("improvement points must not be negative");
        }
    }

    /** A submission whose bonuses CMS has determined as none (no health equity inputs, no improvement). */
    public static QualitySubmission of(int performanceYear, boolean firstYearOfFirstAgreement, boolean eucAffected,
                                       List<ReportedMeasure> measures) {
        return new QualitySubmission(performanceYear, firstYearOfFirstAgreement, eucAffected, measures, null,
                java.math.BigDecimal.ZERO);
    }
}
