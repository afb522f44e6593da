package gov.cms.ssp.assignment;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Records a run's problem in a transaction of its own, so it survives the rollback of the chunk that failed. */
@Dependent
public class RunProblems {
    @Inject
    private RunStore store;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(long runId, String problem) {
        store.problem(runId, problem);
    }
}
