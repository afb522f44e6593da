package gov.cms.ssp.participant;

/** What a change-request row asks for. */
public enum ChangeAction {
    ADD("Add"), DELETE("Delete");

    private final String label;

    ChangeAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
