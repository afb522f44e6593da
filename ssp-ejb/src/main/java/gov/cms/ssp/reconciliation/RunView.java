package gov.cms.ssp.reconciliation;

import java.time.Instant;

/**
 * A reconciliation run with its progress: how many ACOs are reconciled of how many, how many were set
 * aside because a figure is missing and how many of those still need attention, and what the batch job
 * says ({@code executionStatus}: STARTED, COMPLETED, FAILED, … or INTERRUPTED when the server lost the
 * execution, e.g. after a crash — then the run can be resumed).
 */
public record RunView(long id, int performanceYear, PerformancePeriod performancePeriod, RunStatus status, int inputCount,
                      long reconciled, long setAside, long needAttention,
                      String executionStatus, String startedBy, Instant startedAt, String approvedBy,
                      Instant approvedAt, String releasedBy, Instant releasedAt, int revision, String revisionReason,
                      String approvalNote, String releaseNote) {

    public String statusLabel() {
        return status.label();
    }

    /** "PY2023", or "PY2019 January–June 2019" for a six-month performance year. */
    public String yearLabel() {
        return "PY" + performanceYear + (performancePeriod.isSixMonths() ? " " + performancePeriod.label() : "");
    }

    /** Every ACO is reconciled or set aside. */
    public boolean isComplete() {
        return reconciled + setAside >= inputCount;
    }

    /** The batch job's state in words for the page (the API keeps the job's own status name). */
    public String executionLabel() {
        return switch (executionStatus == null ? "" : executionStatus) {
            case "STARTING", "STARTED" -> "running";
            case "COMPLETED" -> "finished";
            case "FAILED" -> "failed";
            case "STOPPING", "STOPPED" -> "stopped";
            case "ABANDONED" -> "abandoned";
            case "INTERRUPTED" -> "interrupted by a server restart";
            default -> "not started";
        };
    }

    /** Still computing: the batch job is running and not every ACO is done. */
    public boolean isRunning() {
        return !isComplete() && ("STARTING".equals(executionStatus) || "STARTED".equals(executionStatus));
    }

    /** Stopped before the end (failure or lost execution): resuming reconciles only the missing ACOs. */
    public boolean isResumable() {
        return !isComplete() && !isRunning();
    }

    /** Complete, with no set-aside ACO waiting for a decision. */
    public boolean isReadyForApproval() {
        return isComplete() && needAttention == 0;
    }

    public int percent() {
        return inputCount == 0 ? 100 : (int) Math.min(100, (reconciled + setAside) * 100 / inputCount);
    }
}
