package gov.cms.ssp.reconciliation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How the engine writes the figures of its explanation steps (kept out of the rules). */
final class ExplanationFigures {

    private ExplanationFigures() {
    }

    static String threshold(PerformanceOutcome outcome, boolean guardrail, BigDecimal savingsRate, BigDecimal msr,
                            BigDecimal mlr, BigDecimal difference) {
        String rate = plain(savingsRate);
        return switch (outcome) {
            case SAVINGS_GENERATED -> "savings rate " + rate + " ≥ MSR " + plain(msr) + ": all savings " + money(difference);
            case REDUCED_SAVINGS_GENERATED -> "savings rate " + rate + " < MSR " + plain(msr)
                    + " but low-revenue ACO under its benchmark: savings " + money(difference);
            case LOSSES_GENERATED -> "loss rate " + plain(savingsRate.negate()) + " ≥ MLR " + plain(mlr)
                    + ": all losses " + money(difference);
            case LOSSES_NOT_SHARED -> "loss rate " + plain(savingsRate.negate()) + " ≥ MSR " + plain(msr)
                    + " but one-sided: losses " + money(difference) + " not shared";
            case WITHIN_CORRIDOR -> guardrail && savingsRate.signum() > 0
                    ? "savings rate " + rate + " against the guardrail benchmark (without the ACPT), which only"
                    + " lowers a loss: no shared savings"
                    : "savings rate " + rate + " within the corridor (MSR " + plain(msr)
                    + (mlr == null ? "" : ", MLR " + plain(mlr)) + ")";
        };
    }

    static String lossRate(ReconciliationInput in) {
        return switch (in.track()) {
            case TRACK_1_PLUS, BASIC_C, BASIC_D, BASIC_E -> "fixed 30%";
            case TRACK_2 -> "1 − final sharing rate, at most 60%";
            default -> "1 − 0.75 × quality score (0 if the standard is failed), clamped to [40%, 75%]";
        };
    }

    static String plain(BigDecimal value) {
        return value.round(new MathContext(10)).stripTrailingZeros().toPlainString();
    }

    static String percent(BigDecimal share) {
        return share.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    static String money(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.US));
        return format.format(value);
    }
}
