package gov.cms.ssp.reconciliation;

import gov.cms.ssp.shared.ExportCell;
import gov.cms.ssp.reconciliation.puf.PufResultsWriter;
import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.BusinessException;
import gov.cms.ssp.shared.NotFoundException;
import gov.cms.ssp.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * A released PY's results downloadable in CMS's per-ACO results layout of that year
 * ({@link PufResultsWriter}); {@code ./ssp reconcile --year Y} reads the file back and reproduces every
 * row. For CMS staff only: the file holds every ACO's results, and an ACO reads its own in its
 * settlement report (PDF or CSV).
 */
@Stateless
@RolesAllowed({Role.CMS_ADMIN, Role.CMS_REVIEWER, Role.CMS_ANALYST})
public class ResultsExportService {
    @PersistenceContext
    private EntityManager em;

    public ResultsExport export(long runId) {
        ReconciliationRun run = em.find(ReconciliationRun.class, runId);
        if (run == null) {
            throw new NotFoundException("There is no reconciliation run " + runId + ".");
        }
        if (run.getStatus() != RunStatus.RELEASED) {
            throw new BusinessException("Only a released run's results are exported in CMS's layout; run " + runId + " is "
                    + run.getStatus().label().toLowerCase() + ".");
        }
        List<PufResultsWriter.Line> lines = em.createQuery("select r, a.legalName from AcoReconciliation r, Aco a"
                        + " where r.run = :run and a.acoId = r.acoId order by r.acoId", Object[].class)
                .setParameter("run", run).getResultStream()
                .map(o -> {
                    AcoReconciliation r = (AcoReconciliation) o[0];
                    ReconciliationInput input = r.input().orElseGet(() -> currentInput(run, r.getAcoId()));
                    // a name is text a spreadsheet could take for a formula: neutralised as every export does
                    return new PufResultsWriter.Line(r.getAcoId().value(), ExportCell.neutralised(o[1]), input, r.figures());
                }).toList();
        int py = run.getPerformanceYear();
        String period = switch (run.getPerformancePeriod()) {
            case JANUARY_TO_JUNE_2019 -> "_January-June";
            case JULY_TO_DECEMBER_2019 -> "_July-December";
            case FULL_YEAR -> "";
        };
        return new ResultsExport("PY" + py + period + "_ACO_results_revision" + run.getRevision() + ".csv",
                PufResultsWriter.write(py, lines), PufResultsWriter.layoutFor(py).note(), lines.size());
    }

    /** Results of runs before their inputs were kept: the financial inputs as they stand. */
    private ReconciliationInput currentInput(ReconciliationRun run, AcoId acoId) {
        return em.createQuery("select f from FinancialInput f where f.acoId = :aco and f.performanceYear = :year"
                        + " and f.performancePeriod = :period", FinancialInput.class)
                .setParameter("aco", acoId).setParameter("year", run.getPerformanceYear())
                .setParameter("period", run.getPerformancePeriod()).getResultStream().findFirst()
                .map(FinancialInput::toReconciliationInput)
                .orElseThrow(() -> new BusinessException(acoId + "'s inputs of PY" + run.getPerformanceYear() + " are gone: "
                        + "the run cannot be exported."));
    }
}
