package gov.cms.ssp.assignment;

/** Where an assignment run is: computing, stopped by a failure (resumable), or complete. */
public enum AssignmentRunStatus {
    RUNNING("Computing"), FAILED("Stopped: resume to continue"), COMPLETE("Complete");

    private final String label;

    AssignmentRunStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
