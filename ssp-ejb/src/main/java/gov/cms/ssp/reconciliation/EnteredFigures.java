package gov.cms.ssp.reconciliation;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/**
 * The figures an analyst enters for an ACO a run set aside: only what was missing needs a value.
 * Rates are fractions (0.039 = 3.9%).
 */
public record EnteredFigures(
        @DecimalMin(value = "0", message = "The minimum savings rate set by CMS must be between 0% and 20%")
        @DecimalMax(value = "0.2", message = "The minimum savings rate set by CMS must be between 0% and 20%")
        @Digits(integer = 1, fraction = 10, message = "The minimum savings rate set by CMS takes at most 10 decimal places")
        BigDecimal cmsSetMinimumSavingsRate,
        @PositiveOrZero(message = "ACO participants' revenue must not be negative")
        @Digits(integer = 13, fraction = 2, message = "ACO participants' revenue must be dollars and cents, at most 13 digits before the point")
        BigDecimal participantRevenue,
        LossLimitBasis lossLimitBasis,
        @Min(value = 0, message = "Months before the agreement ended must be 0 to 12")
        @Max(value = 12, message = "Months before the agreement ended must be 0 to 12")
        Integer monthsBeforeTermination,
        @DecimalMin(value = "0", message = "Quality score must be a fraction between 0 and 1")
        @DecimalMax(value = "1", message = "Quality score must be a fraction between 0 and 1")
        @Digits(integer = 1, fraction = 6, message = "Quality score must be a fraction with at most 6 decimal places")
        BigDecimal qualityScore) {

    public boolean isEmpty() {
        return cmsSetMinimumSavingsRate == null && participantRevenue == null && lossLimitBasis == null
                && monthsBeforeTermination == null && qualityScore == null;
    }

    /** The input with these figures in place of the missing ones. */
    ReconciliationInput applyTo(ReconciliationInput in) {
        ReconciliationInput.Builder b = in.toBuilder();
        if (cmsSetMinimumSavingsRate != null) {
            b.cmsSetMinimumSavingsRate(cmsSetMinimumSavingsRate);
        }
        if (participantRevenue != null) {
            b.participantRevenue(participantRevenue);
        }
        if (lossLimitBasis != null) {
            b.lossLimitBasis(lossLimitBasis);
        }
        if (monthsBeforeTermination != null) {
            b.monthsBeforeTermination(monthsBeforeTermination);
        }
        if (qualityScore != null) {
            b.quality(new QualityOutcome(in.quality().metQualityStandard(), in.quality().metAlternativeStandard(), qualityScore));
        }
        return b.build();
    }

    /** What was entered, in words: "Minimum savings rate set by CMS: 3.9%; ACO participants' revenue: $50,000,000". */
    String describe() {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (cmsSetMinimumSavingsRate != null) {
            parts.add(MissingFigure.CMS_SET_MINIMUM_SAVINGS_RATE.label() + ": " + percent(cmsSetMinimumSavingsRate));
        }
        if (participantRevenue != null) {
            parts.add(MissingFigure.PARTICIPANT_REVENUE.label() + ": " + ExplanationWording.result("earnedSavings", participantRevenue));
        }
        if (lossLimitBasis != null) {
            parts.add(MissingFigure.LOSS_LIMIT_BASIS.label() + ": " + (lossLimitBasis == LossLimitBasis.REVENUE
                    ? "participants' revenue" : "benchmark"));
        }
        if (monthsBeforeTermination != null) {
            parts.add(MissingFigure.MONTHS_BEFORE_TERMINATION.label() + ": " + monthsBeforeTermination);
        }
        if (qualityScore != null) {
            parts.add(MissingFigure.QUALITY_SCORE.label() + ": " + percent(qualityScore));
        }
        return String.join("; ", parts);
    }

    private static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
