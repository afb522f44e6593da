package gov.cms.ssp.application;

/** The sections of the application form, in the order the ACO fills them in. */
public enum ApplicationSection {
    LEGAL_ENTITY("1. Legal entity"),
    TRACK("2. Track, level and choices"),
    GOVERNANCE("3. Governance"),
    DOCUMENTS("4. Documents"),
    REPAYMENT("5. Repayment mechanism"),
    EFT("6. EFT authorization"),
    ATTESTATIONS("7. Attestations");

    private final String label;

    ApplicationSection(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
