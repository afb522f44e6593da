package gov.cms.ssp.reconciliation.puf;

/** The verdict on one published row. */
public enum CheckStatus {
    REPRODUCED("reproduced"),
    DIFFERS("differs"),
    /** computed from the inputs; CMS's result is not in the file to compare with */
    COMPUTED("computed"),
    NOT_CHECKABLE("not-checkable");

    private final String label;

    CheckStatus(String label) {
        this.label = label;
    }

    /** As written in the CLI's Status column. */
    public String label() {
        return label;
    }
}
