package gov.cms.ssp.quality;

/** Where an ACO's quality report for a PY stands. */
public enum QualityReportStatus {
    DRAFT("Draft, not submitted"),
    SUBMITTED("Submitted");

    private final String label;

    QualityReportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
