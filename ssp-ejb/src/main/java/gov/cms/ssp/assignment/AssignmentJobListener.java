package gov.cms.ssp.assignment;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Records how an execution ended: a failed or stopped one leaves the run resumable, with its reason. */
@Named
@Dependent
public class AssignmentJobListener extends AbstractJobListener {
    @Inject
    @BatchProperty(name = AssignmentRunService.RUN_ID)
    private String runId;
    @Inject
    private JobContext job;
    @Inject
    private RunStore store;

    @Override
    public void afterJob() {
        BatchStatus status = job.getBatchStatus();
        if (status == BatchStatus.FAILED || status == BatchStatus.STOPPED || status == BatchStatus.STOPPING) {
            long run = Long.parseLong(runId);
            store.update("update assignment_run set status = 'FAILED', problem = coalesce(problem, ?) where id = ?"
                    + " and status <> 'COMPLETE'", "The job stopped before the end (" + status.name().toLowerCase()
                    + (job.getExitStatus() == null ? "" : ": " + job.getExitStatus()) + "). Resume to finish it.", run);
        }
    }
}
