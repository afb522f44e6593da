package gov.cms.ssp.aco;

/** The people CMS needs to reach at an ACO (rules section 1 and 6). */
public enum ContactRole {
    EXECUTIVE("ACO executive"),
    PRIMARY_CONTACT("Primary application contact"),
    SECONDARY_CONTACT("Secondary application contact"),
    COMPLIANCE_OFFICIAL("Compliance official"),
    MEDICAL_DIRECTOR("Medical director");

    private final String label;

    ContactRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
