package gov.cms.ssp.participant;

/** CMS's decision on one change-request row. */
public enum Disposition {
    PENDING("Pending"), ACCEPTED("Accepted"), DENIED("Denied");

    private final String label;

    Disposition(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
