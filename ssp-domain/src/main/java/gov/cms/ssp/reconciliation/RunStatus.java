package gov.cms.ssp.reconciliation;

/** Where a reconciliation run stands: computed figures are a draft until an analyst approves them. */
public enum RunStatus {
    /** computing or computed; nobody outside CMS sees it */
    DRAFT("Draft"),
    /** checked and approved by a CMS analyst; still not visible to ACOs */
    APPROVED("Approved"),
    /** released: each ACO sees its own settlement report */
    RELEASED("Released");

    private final String label;

    RunStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
