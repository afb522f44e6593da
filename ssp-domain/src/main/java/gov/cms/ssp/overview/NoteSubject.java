package gov.cms.ssp.overview;

/** What an internal note is about: the ACO as a whole, or one of its applications or change requests. */
public enum NoteSubject {
    ACO("The ACO"),
    APPLICATION("Application"),
    CHANGE_REQUEST("Change request");

    private final String label;

    NoteSubject(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
