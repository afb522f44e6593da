package gov.cms.ssp.reconciliation;

import java.time.Instant;

/**
 * A reconciliation run with its progress: how many ACOs are reconciled of how many, and what the
 * batch job says ({@code executionStatus}: STARTED, COMPLETED, FAILED, … or INTERRUPTED when the
 * server lost the execution, e.g. after a crash — then the run can be resumed).
 */
public record RunView(long id, int performanceYear, RunStatus status, int inputCount, long reconciled,
                      String executionStatus, String startedBy, Instant startedAt, String approvedBy,
                      Instant approvedAt, String releasedBy, Instant releasedAt, int revision, String revisionReason,
                      String approvalNote, String releaseNote) {

    public String statusLabel() {
        return status.label();
    }

    public boolean isComplete() {
        return reconciled >= inputCount;
    }

    /** Still computing: the batch job is running and not every ACO is done. */
    public boolean isRunning() {
        return !isComplete() && ("STARTING".equals(executionStatus) || "STARTED".equals(executionStatus));
    }

    /** Stopped before the end (failure or lost execution): resuming reconciles only the missing ACOs. */
    public boolean isResumable() {
        return !isComplete() && !isRunning();
    }

    public int percent() {
        return inputCount == 0 ? 100 : (int) Math.min(100, reconciled * 100 / inputCount);
    }
}
