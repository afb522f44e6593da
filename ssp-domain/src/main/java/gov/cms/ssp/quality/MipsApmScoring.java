package gov.cms.ssp.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The MIPS APM scoring standard as it applies to a Shared Savings Program ACO in BASIC Levels A–D (every
 * SSP ACO reports through the APP, 42 CFR 414.1367): the APM Entity group's MIPS final score, which each
 * of its MIPS eligible clinicians receives. Quality is the ACO's quality performance category score;
 * Promoting Interoperability the average of its participant TINs' scores weighted by each TIN's number of
 * MIPS eligible clinicians; improvement activities the score CMS assigns APP participants unless the ACO
 * earned more; cost is not assessed. The PY's weights are reference data ({@code parameters.csv}). Pure.
 */
public final class MipsApmScoring {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** One participant TIN's Promoting Interoperability score (0–100) and its number of MIPS eligible clinicians. */
    public record TinInteroperability(String tin, BigDecimal score, int eligibleClinicians) {
        public TinInteroperability {
            Objects.requireNonNull(tin, "tin");
            Objects.requireNonNull(score, "score");
            if (score.signum() < 0 || score.compareTo(HUNDRED) > 0 || eligibleClinicians < 0) {
                throw new IllegalArgumentException("a TIN's PI score is 0 to 100 and its clinicians 0 or more");
            }
        }
    }

    /**
     * The APM Entity's MIPS scores, out of 100 each, with the explanation; a category CMS has not yet
     * determined is null, and so is the final score.
     */
    public record Result(BigDecimal quality, BigDecimal promotingInteroperability, BigDecimal improvementActivities,
                         BigDecimal finalScore, List<ScoringStep> steps, List<String> undetermined) {
        public Result {
            steps = List.copyOf(steps);
            undetermined = List.copyOf(undetermined);
        }

        public boolean isDetermined() {
            return finalScore != null;
        }
    }

    private MipsApmScoring() {
    }

    /**
     * @param p                    the PY's parameters (their MIPS APM weights)
     * @param qualityScore         the ACO's quality performance category score (before the SSP's EUC floor), null
     *                             while undetermined
     * @param tins                 the participant TINs' PI scores as CMS loaded them, null when not loaded yet
     * @param reportedActivities   the improvement activities score the ACO earned by reporting, null when it reported none
     */
    public static Result score(QualityParameters p, BigDecimal qualityScore, List<TinInteroperability> tins,
                               BigDecimal reportedActivities) {
        List<ScoringStep> steps = new ArrayList<>();
        List<String> undetermined = new ArrayList<>();
        QualityParameters.MipsApmParameters w = p.mipsApm();
        if (w == null) {
            undetermined.add("the PY" + p.performanceYear() + " reference data have no MIPS APM category weights");
            return new Result(null, null, null, null, steps, undetermined);
        }
        BigDecimal quality = qualityScore == null ? null : qualityScore.min(HUNDRED);
        if (quality == null) {
            undetermined.add("the quality performance category score is not determined");
        }
        steps.add(new ScoringStep("mipsQuality", null, quality == null ? "not determined yet"
                : "the ACO's quality performance category score, weighted " + QualityWording.share(w.qualityWeight()),
                quality, ScoringStep.Unit.SCORE));
        BigDecimal pi = promotingInteroperability(tins, steps, w);
        if (pi == null) {
            undetermined.add(tins == null ? "CMS has not loaded the participant TINs' Promoting Interoperability scores"
                    : "no participant TIN has a MIPS eligible clinician");
        }
        BigDecimal ia = improvementActivities(w, reportedActivities, steps);
        steps.add(new ScoringStep("costNotAssessed", null, "cost is not assessed under the APM Performance Pathway: weight "
                + QualityWording.share(w.costWeight()), null, ScoringStep.Unit.NONE));
        BigDecimal finalScore = null;
        if (quality != null && pi != null) {
            finalScore = quality.multiply(w.qualityWeight()).add(pi.multiply(w.interoperabilityWeight()))
                    .add(ia.multiply(w.improvementActivitiesWeight())).setScale(2, RoundingMode.HALF_UP);
            steps.add(new ScoringStep("mipsFinalScore", null, QualityWording.score(quality) + " × " + QualityWording.share(w.qualityWeight())
                    + " + " + QualityWording.score(pi) + " × " + QualityWording.share(w.interoperabilityWeight())
                    + " + " + QualityWording.score(ia) + " × " + QualityWording.share(w.improvementActivitiesWeight())
                    + ", rounded to hundredths", finalScore, ScoringStep.Unit.SCORE));
        }
        return new Result(quality, pi, ia, finalScore, steps, undetermined);
    }

    /**
     * Promoting Interoperability at the APM Entity level: Σ (TIN score × its MIPS eligible clinicians) ÷ Σ MIPS eligible
     * clinicians; a TIN without eligible clinicians weighs nothing. Null when not loaded or no TIN has one.
     */
    static BigDecimal promotingInteroperability(List<TinInteroperability> tins, List<ScoringStep> steps,
                                                QualityParameters.MipsApmParameters w) {
        if (tins == null) {
            steps.add(new ScoringStep("promotingInteroperability", null, "CMS has not loaded the participant TINs' scores yet",
                    null, ScoringStep.Unit.NONE));
            return null;
        }
        BigDecimal weighted = BigDecimal.ZERO;
        long clinicians = 0;
        for (TinInteroperability t : tins) {
            weighted = weighted.add(t.score().multiply(BigDecimal.valueOf(t.eligibleClinicians())));
            clinicians += t.eligibleClinicians();
        }
        if (clinicians == 0) {
            steps.add(new ScoringStep("promotingInteroperability", null, "no participant TIN has a MIPS eligible clinician",
                    null, ScoringStep.Unit.NONE));
            return null;
        }
        BigDecimal pi = weighted.divide(BigDecimal.valueOf(clinicians), 4, RoundingMode.HALF_UP);
        steps.add(new ScoringStep("promotingInteroperability", null, "average of " + tins.size() + " participant TINs' scores weighted by"
                + " their " + clinicians + " MIPS eligible clinicians, weighted " + QualityWording.share(w.interoperabilityWeight()),
                pi, ScoringStep.Unit.SCORE));
        return pi;
    }

    /** Improvement activities: the score CMS assigns APP participants, or what the ACO earned when that is more. */
    static BigDecimal improvementActivities(QualityParameters.MipsApmParameters w, BigDecimal reported, List<ScoringStep> steps) {
        BigDecimal assigned = w.assignedImprovementActivities().multiply(HUNDRED);
        boolean more = reported != null && reported.compareTo(assigned) > 0;
        BigDecimal ia = (more ? reported : assigned).min(HUNDRED);
        steps.add(new ScoringStep("improvementActivities", null, more
                ? "the ACO's reported score is above the " + QualityWording.share(w.assignedImprovementActivities())
                + " CMS assigns APP participants, weighted " + QualityWording.share(w.improvementActivitiesWeight())
                : "assigned to APP participants: " + QualityWording.share(w.assignedImprovementActivities()) + " of the maximum"
                + (reported == null ? "" : " (the ACO's reported " + QualityWording.score(reported) + " is not more)")
                + ", weighted " + QualityWording.share(w.improvementActivitiesWeight()), ia, ScoringStep.Unit.SCORE));
        return ia;
    }
}
