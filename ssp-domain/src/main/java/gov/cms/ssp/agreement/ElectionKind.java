package gov.cms.ssp.agreement;

/** What an ACO on the BASIC glide path may elect for a coming performance year (425.600(a)(4)). */
public enum ElectionKind {
    /** Move up the glide path faster than the automatic advancement. */
    MOVE_UP("Move up faster"),
    /** Stay at the current level for the PY instead of advancing (offered for PY2021 only, COVID-19). */
    STAY("Stay at the current level");

    private final String label;

    ElectionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
