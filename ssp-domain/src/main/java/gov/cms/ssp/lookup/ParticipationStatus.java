package gov.cms.ssp.lookup;

/** Where a clinician's participation through one TIN stands in one performance year. */
public enum ParticipationStatus {
    ACTIVE("Active"),
    TERMINATED("Terminated");

    private final String label;

    ParticipationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
