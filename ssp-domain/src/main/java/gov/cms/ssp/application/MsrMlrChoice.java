package gov.cms.ssp.application;

import java.math.BigDecimal;

/** The minimum savings / loss rate a two-sided ACO chooses for the whole agreement (rules section 3). */
public enum MsrMlrChoice {
    ZERO("0% MSR/MLR", new BigDecimal("0.000")),
    HALF_PERCENT("0.5% MSR/MLR", new BigDecimal("0.005")),
    ONE_PERCENT("1.0% MSR/MLR", new BigDecimal("0.010")),
    ONE_AND_HALF_PERCENT("1.5% MSR/MLR", new BigDecimal("0.015")),
    TWO_PERCENT("2.0% MSR/MLR", new BigDecimal("0.020")),
    VARIABLE("Variable MSR/MLR by number of assigned beneficiaries", null);

    private final String label;
    private final BigDecimal rate;

    MsrMlrChoice(String label, BigDecimal rate) {
        this.label = label;
        this.rate = rate;
    }

    public String label() {
        return label;
    }

    /** The fixed rate, or null for the variable MSR/MLR. */
    public BigDecimal rate() {
        return rate;
    }
}
