package gov.cms.ssp.quality;

import gov.cms.ssp.reconciliation.QualityOutcome;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * The scored quality of one ACO's PY: every measure's points, the quality performance category score,
 * the health equity adjustment, the final score and how the outcome was decided, with every step
 * explained. When a figure the rules need is missing (a benchmark not loaded, the health equity inputs
 * not yet determined) the result says so ({@link #undetermined()}) and gives the range the score lies
 * in instead of guessing; the reconciliation then has no outcome ({@link #reconciliationOutcome()}).
 *
 * @param performanceYear    the PY
 * @param route              the collection types whose score counts (the higher when the ACO reported both)
 * @param measures           each measure's part, in scoring order
 * @param categoryScore      points earned / points possible × 100, null when undetermined or nothing was reported
 * @param healthEquityBonus  bonus points of the health equity adjustment, null when not applicable or undetermined
 * @param lowestScore        the lowest the final score can be (equals finalScore when determined)
 * @param highestScore       the highest it can be
 * @param finalScore         the score the outcome uses, out of 100, null when undetermined
 * @param determination      how the outcome was decided, null when undetermined
 * @param metPercentile      the (floored) score is at or above the PY's percentile score; null when undetermined
 * @param metIncentive       the eCQM/MIPS CQM reporting incentive is met; null when undetermined
 * @param metFirstYear       first-year pay for reporting applies
 * @param steps              the explanation, in order
 * @param undetermined       why the score is not determined; empty when it is
 * @param mipsQualityScore   the quality performance category score with its bonuses, before the Shared Savings
 *                           Program's own EUC floor: what the MIPS APM scoring standard weighs; null when undetermined
 */
public record QualityResult(int performanceYear, ReportingRoute route, List<MeasureResult> measures,
                            BigDecimal categoryScore, BigDecimal healthEquityBonus, BigDecimal lowestScore,
                            BigDecimal highestScore, BigDecimal finalScore, QualityDetermination determination,
                            Boolean metPercentile, Boolean metIncentive, boolean metFirstYear,
                            List<ScoringStep> steps, List<String> undetermined,
                            BigDecimal mipsQualityScore) {

    public QualityResult {
        measures = List.copyOf(measures);
        steps = List.copyOf(steps);
        undetermined = List.copyOf(undetermined);
    }

    public boolean isDetermined() {
        return undetermined.isEmpty() && determination != null;
    }

    /**
     * The outcome exactly as the reconciliation takes it (the score as a fraction rounded to hundredths of
     * a percent, as CMS publishes QualScore), or empty when the quality is not determined.
     */
    public Optional<QualityOutcome> reconciliationOutcome() {
        if (determination == null) {
            return Optional.empty();
        }
        BigDecimal fraction = finalScore == null ? null
                : finalScore.movePointLeft(2).setScale(4, RoundingMode.HALF_UP);
        return Optional.of(switch (determination) {
            case NOT_REPORTED -> QualityOutcome.notReported();
            case NOT_MET -> QualityOutcome.failed(fraction);
            case MET_ALTERNATIVE_STANDARD -> QualityOutcome.metAlternative(fraction);
            default -> new QualityOutcome(true, false, fraction);
        });
    }

    /** The final score as CMS publishes it, hundredths of a point; null when undetermined. */
    public BigDecimal publishedScore() {
        return finalScore == null ? null : finalScore.setScale(2, RoundingMode.HALF_UP);
    }
}
