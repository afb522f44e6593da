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
 */
public record QualitySubmission(int performanceYear, boolean firstYearOfFirstAgreement, boolean eucAffected,
                                List<ReportedMeasure> measures, HealthEquityInput healthEquity) {

    public QualitySubmission {
        measures = List.copyOf(Objects.requireNonNull(measures, "measures"));
        long distinct = measures.stream().map(ReportedMeasure::key).distinct().count();
        if (distinct != measures.size()) {
            throw new IllegalArgumentException("a measure appears twice in the submission");
        }
    }
}
