package gov.cms.ssp.shared;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import java.util.Properties;

/**
 * The state of the Batch execution a run recorded. The job repository is in memory: after a crash
 * and restart its ids start again, so the id a run recorded may name nothing (the run was
 * interrupted) or another run's execution — of the same job or of the other job, whose runs are
 * numbered by their own sequence. An execution is the run's only when its job name and its
 * {@code runId} parameter say so; otherwise the run was interrupted.
 */
public final class BatchExecutions {
    public static final String STARTING = "STARTING";
    public static final String INTERRUPTED = "INTERRUPTED";

    private BatchExecutions() {
    }

    /** The execution's batch status name, {@value #STARTING} before it has one, {@value #INTERRUPTED} when it is gone. */
    public static String status(Long executionId, String job, String runIdParameter, long runId) {
        if (executionId == null) {
            return STARTING;
        }
        JobOperator jobs = BatchRuntime.getJobOperator();
        try {
            JobExecution execution = jobs.getJobExecution(executionId);
            Properties parameters = jobs.getParameters(executionId);
            if (execution == null || !job.equals(execution.getJobName()) || parameters == null
                    || !Long.toString(runId).equals(parameters.getProperty(runIdParameter))) {
                return INTERRUPTED;
            }
            return execution.getBatchStatus().name();
        } catch (NoSuchJobExecutionException e) {
            return INTERRUPTED;
        }
    }
}
