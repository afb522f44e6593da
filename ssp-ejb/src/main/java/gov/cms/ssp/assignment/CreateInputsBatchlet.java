package gov.cms.ssp.assignment;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Step 4 of the assignment job: the PY's results become the draft reconciliation's financial inputs. */
@Named
@Dependent
public class CreateInputsBatchlet extends AbstractBatchlet {
    @Inject
    @BatchProperty(name = AssignmentRunService.RUN_ID)
    private String runId;
    @Inject
    private PipelineInputs inputs;

    @Override
    public String process() {
        inputs.create(Long.parseLong(runId));
        return "COMPLETED";
    }
}
