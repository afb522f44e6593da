package gov.cms.ssp.reconciliation;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Reconciles one ACO's financial inputs with the engine; the result keeps its explanation. An ACO
 * whose figures cannot be determined is set aside with its reasons in words, never failing the job:
 * one ACO never stops a run.
 */
@Named
@Dependent
public class AcoReconciler implements ItemProcessor {
    private static final ReconciliationEngine ENGINE = ReconciliationEngine.withStandardParameters();

    @Inject
    @BatchProperty(name = ReconciliationRunService.RUN_ID)
    private String runId;

    @PersistenceContext
    private EntityManager em;

    @Override
    public Object processItem(Object financialInputId) {
        FinancialInput input = em.find(FinancialInput.class, financialInputId);
        ReconciliationRun run = em.getReference(ReconciliationRun.class, Long.valueOf(runId));
        AcoDetermination determination;
        try {
            determination = AcoDetermination.of(ENGINE, input.toReconciliationInput());
        } catch (RuntimeException e) {
            determination = AcoDetermination.unusable(e.getMessage());
        }
        return determination.isDetermined()
                ? new AcoReconciliation(run, input.getAcoId(), determination.result())
                : new SetAsideAco(run, input.getAcoId(), determination);
    }
}
