package gov.cms.ssp.application;

/** The instruments a two-sided ACO may use to guarantee repayment of shared losses (425.204(f)). */
public enum RepaymentType {
    ESCROW("Escrow account"),
    LETTER_OF_CREDIT("Irrevocable letter of credit"),
    SURETY_BOND("Surety bond");

    private final String label;

    RepaymentType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
