package gov.cms.ssp.application;

/** How beneficiaries are assigned (rules section 8). */
public enum AssignmentMethod {
    PROSPECTIVE("Prospective assignment"),
    PRELIMINARY_PROSPECTIVE("Preliminary prospective with retrospective reconciliation");

    private final String label;

    AssignmentMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
