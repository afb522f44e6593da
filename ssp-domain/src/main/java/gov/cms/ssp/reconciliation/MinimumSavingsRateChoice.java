package gov.cms.ssp.reconciliation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The MSR/MLR an ACO chose for its agreement (rules section 3): a fixed symmetric rate (0%, 0.5%,
 * 1%, 1.5%, 2%) or the variable rate of {@link MinimumSavingsRateTable}. One-sided ACOs always
 * have the variable rate.
 */
public record MinimumSavingsRateChoice(boolean variable, BigDecimal fixedRate) {

    /** The fixed rates an ACO may choose. */
    public static final List<BigDecimal> FIXED_OPTIONS = List.of(
            new BigDecimal("0"), new BigDecimal("0.005"), new BigDecimal("0.01"),
            new BigDecimal("0.015"), new BigDecimal("0.02"));

    public MinimumSavingsRateChoice {
        if (variable && fixedRate != null) {
            throw new IllegalArgumentException("a variable MSR has no fixed rate");
        }
        if (!variable) {
            Objects.requireNonNull(fixedRate, "fixedRate");
            if (FIXED_OPTIONS.stream().noneMatch(o -> o.compareTo(fixedRate) == 0)) {
                throw new IllegalArgumentException("fixed MSR/MLR must be one of 0, 0.5%, 1%, 1.5%, 2%: " + fixedRate);
            }
        }
    }

    public static MinimumSavingsRateChoice variableRate() {
        return new MinimumSavingsRateChoice(true, null);
    }

    public static MinimumSavingsRateChoice fixed(BigDecimal rate) {
        return new MinimumSavingsRateChoice(false, rate);
    }

    public static MinimumSavingsRateChoice fixed(String rate) {
        return fixed(new BigDecimal(rate));
    }

    @Override
    public String toString() {
        return variable ? "variable" : "fixed " + fixedRate.toPlainString();
    }
}
