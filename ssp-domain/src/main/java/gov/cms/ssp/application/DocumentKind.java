package gov.cms.ssp.application;

/** The documents an application carries; the compliance plan is required (425.300). */
public enum DocumentKind {
    COMPLIANCE_PLAN("Compliance plan", true),
    GOVERNING_BODY_CHARTER("Governing body charter or bylaws", false),
    OTHER("Other supporting document", false),
    /** attached by the ACO to its answer to one deficiency of a request for information */
    RFI_ANSWER("Attachment to an answer to CMS", false);

    private final String label;
    private final boolean required;

    DocumentKind(String label, boolean required) {
        this.label = label;
        this.required = required;
    }

    public String label() {
        return label;
    }

    public boolean required() {
        return required;
    }
}
