package gov.cms.ssp.participant;

/** What a change-request row asks for. */
public enum ChangeAction {
    ADD("Add"), DELETE("Delete"),
    /** A correction of an entry in force (name, primary care, specialty, star rating); its identifier stays. */
    UPDATE("Change");

    private final String label;

    ChangeAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
