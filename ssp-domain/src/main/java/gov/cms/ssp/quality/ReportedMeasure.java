package gov.cms.ssp.quality;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * One measure's data for the PY: as the ACO reports it (performance numerator, denominator,
 * exclusions and exceptions, and the eligible population for data completeness), or as CMS publishes
 * a rate it computed (the CAHPS for MIPS survey's summary survey measures, the claims-based 479 and
 * 484, and the rates of the per-ACO results files).
 *
 * @param key                measure and collection type
 * @param numerator          performance met, null when only a rate is known
 * @param denominator        performance denominator (after exclusions and exceptions), null when only a rate is known
 * @param exclusions         denominator exclusions and exceptions, null when unknown
 * @param eligiblePopulation cases the measure applies to (data completeness), null when CMS computed the rate
 * @param rate               the performance rate in percent (0–100; 479 as CMS writes it, a readmission rate
 *                           fraction, 484 admissions per 100 person-years), null to compute it from the counts
 * @param cases              the case count for the case minimum when only a rate is known (survey
 *                           responses, hospitalizations), null when unknown
 */
public record ReportedMeasure(MeasureKey key, Long numerator, Long denominator, Long exclusions,
                              Long eligiblePopulation, BigDecimal rate, Long cases) {

    private static final MathContext PRECISION = new MathContext(12, RoundingMode.HALF_UP);

    public ReportedMeasure {
        Objects.requireNonNull(key, "key");
        if (rate == null && (numerator == null || denominator == null)) {
            throw new IllegalArgumentException(key + ": give the numerator and denominator, or the rate");
        }
        for (Long n : new Long[] {numerator, denominator, exclusions, eligiblePopulation, cases}) {
            if (n != null && n < 0) {
                throw new IllegalArgumentException(key + ": counts must not be negative");
            }
        }
        if (numerator != null && denominator != null && numerator > denominator) {
            throw new IllegalArgumentException(key + ": the numerator " + numerator + " is above the denominator " + denominator);
        }
    }

    /** A measure reported with its counts. */
    public static ReportedMeasure counts(MeasureKey key, long numerator, long denominator, long exclusions,
                                         long eligiblePopulation) {
        return new ReportedMeasure(key, numerator, denominator, exclusions, eligiblePopulation, null, null);
    }

    /** A rate CMS computed or published; completeness and the case minimum are taken as met when cases is null. */
    public static ReportedMeasure rate(MeasureKey key, BigDecimal rate) {
        return new ReportedMeasure(key, null, null, null, null, rate, null);
    }

    /** The performance rate in percent: the given rate, or numerator / denominator × 100 (0 when nothing is in the denominator). */
    public BigDecimal performanceRate() {
        if (rate != null) {
            return rate;
        }
        if (denominator == 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(denominator), PRECISION);
    }

    /** Cases for the case minimum: the performance denominator, or the given case count; null when unknown. */
    public Long caseCount() {
        return denominator != null ? denominator : cases;
    }

    /**
     * Data completeness: (denominator + exclusions and exceptions) / eligible population; null when the
     * rate was computed by CMS (no completeness requirement on the ACO) or the population is unknown.
     */
    public BigDecimal completeness() {
        if (eligiblePopulation == null || denominator == null) {
            return null;
        }
        if (eligiblePopulation == 0) {
            return BigDecimal.ZERO;
        }
        long reported = denominator + (exclusions == null ? 0 : exclusions);
        return BigDecimal.valueOf(reported).divide(BigDecimal.valueOf(eligiblePopulation), PRECISION);
    }
}
