package gov.cms.ssp.application;

/** Where the ACO's EFT authorization (Form CMS-588) stands; CMS pays savings only with one on file. */
public enum EftStatus {
    NOT_STARTED("Not started"),
    SUBMITTED("Form CMS-588 submitted"),
    ON_FILE("On file with CMS");

    private final String label;

    EftStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
