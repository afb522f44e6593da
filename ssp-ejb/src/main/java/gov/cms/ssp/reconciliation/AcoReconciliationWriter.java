package gov.cms.ssp.reconciliation;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Writes each ACO's result (or its setting aside) in the chunk's transaction, skipping an ACO that already has one in the
 * run (an execution resumed over work a crashed one had committed). The unique key (run, ACO) backs
 * this up in the database.
 */
@Named
@Dependent
public class AcoReconciliationWriter extends AbstractItemWriter {
    @PersistenceContext
    private EntityManager em;

    @Override
    public void writeItems(List<Object> items) {
        for (Object item : items) {
            ReconciliationRun run = item instanceof SetAsideAco s ? s.getRun() : ((AcoReconciliation) item).getRun();
            gov.cms.ssp.shared.AcoId aco = item instanceof SetAsideAco s ? s.getAcoId() : ((AcoReconciliation) item).getAcoId();
            long existing = em.createQuery("select count(r) from AcoReconciliation r where r.run = :run and r.acoId = :aco",
                            Long.class).setParameter("run", run).setParameter("aco", aco).getSingleResult()
                    + em.createQuery("select count(s) from SetAsideAco s where s.run = :run and s.acoId = :aco", Long.class)
                    .setParameter("run", run).setParameter("aco", aco).getSingleResult();
            if (existing == 0) {
                em.persist(item);
            }
        }
    }
}
