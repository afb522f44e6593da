package gov.cms.ssp.participant;

/** DRAFT while the ACO prepares it, SUBMITTED in CMS's queue, DECIDED once every row has a disposition. */
public enum ChangeRequestStatus {
    DRAFT("Draft"), SUBMITTED("Submitted, awaiting CMS"), DECIDED("Decided");

    private final String label;

    ChangeRequestStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
