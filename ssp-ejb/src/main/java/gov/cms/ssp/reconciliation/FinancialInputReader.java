package gov.cms.ssp.reconciliation;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.Iterator;

/**
 * Reads the run's work: the financial inputs of its PY and period whose ACO has no result in the run
 * yet, nor was set aside in it. The
 * database, not the checkpoint, says what is done, so a resumed or restarted execution picks up
 * exactly the ACOs still missing.
 */
@Named
@Dependent
public class FinancialInputReader extends AbstractItemReader {
    @Inject
    @BatchProperty(name = ReconciliationRunService.RUN_ID)
    private String runId;

    @PersistenceContext
    private EntityManager em;

    private Iterator<Long> pending;

    @Override
    public void open(Serializable checkpoint) {
        ReconciliationRun run = em.find(ReconciliationRun.class, Long.valueOf(runId));
        if (run == null) {
            throw new IllegalStateException("no reconciliation run " + runId);
        }
        pending = em.createQuery("select f.id from FinancialInput f where f.performanceYear = :year"
                        + " and f.performancePeriod = :period and not exists"
                        + " (select r.id from AcoReconciliation r where r.run = :run and r.acoId = f.acoId) and not exists"
                        + " (select s.id from SetAsideAco s where s.run = :run and s.acoId = f.acoId)"
                        + " order by f.acoId", Long.class)
                .setParameter("year", run.getPerformanceYear()).setParameter("period", run.getPerformancePeriod()).setParameter("run", run)
                .getResultList().iterator();
    }

    @Override
    public Object readItem() {
        return pending.hasNext() ? pending.next() : null;
    }
}
