package gov.cms.ssp.reconciliation;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Reconciles one ACO's financial inputs with the engine; the result keeps its explanation. The quality
 * outcome is the program's scored one where it has one ({@link ScoredQualityOutcomes}), else the one
 * recorded with the financial inputs. An ACO whose figures cannot be determined is set aside with its
 * reasons in words, never failing the job: one ACO never stops a run.
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

    @Inject
    private ScoredQualityOutcomes scoredQuality;

    @Override
    public Object processItem(Object financialInputId) {
        FinancialInput input = em.find(FinancialInput.class, financialInputId);
        ReconciliationRun run = em.getReference(ReconciliationRun.class, Long.valueOf(runId));
        AcoDetermination determination;
        try {
            ReconciliationInput figures = input.toReconciliationInput();
            ReconciliationInput withQuality = scoredQuality.outcome(input.getAcoId(), input.getPerformanceYear())
                    .map(q -> figures.toBuilder().quality(q).build()).orElse(figures);
            determination = AcoDetermination.of(ENGINE, withQuality);
        } catch (RuntimeException e) {
            determination = AcoDetermination.unusable(e.getMessage());
        }
        return determination.isDetermined()
                ? new AcoReconciliation(run, input.getAcoId(), determination.result())
                : new SetAsideAco(run, input.getAcoId(), determination);
    }
}
