package gov.cms.ssp.reconciliation;

import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.BusinessException;
import gov.cms.ssp.shared.CallerContext;
import gov.cms.ssp.shared.DisplayFormat;
import gov.cms.ssp.shared.NotFoundException;
import gov.cms.ssp.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The ACOs a run set aside because a figure is missing, and the analyst's decision on each: enter the
 * figure (the financial input is corrected, audited, and the ACO recomputed within the run, its
 * explanation saying what was entered) or withhold the ACO from the run with a written reason.
 * Until every one is decided, the run cannot be approved.
 */
@Stateless
@RolesAllowed({Role.CMS_ADMIN, Role.CMS_REVIEWER, Role.CMS_ANALYST})
public class SetAsideService {
    private static final ReconciliationEngine ENGINE = ReconciliationEngine.withStandardParameters();

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerContext caller;

    /** The run's set-aside ACOs, those needing attention first. */
    public List<SetAsideView> setAside(long runId) {
        return em.createQuery("select s, a.legalName from SetAsideAco s, Aco a where s.run.id = :run and a.acoId = s.acoId"
                        + " order by case when s.decision = :waiting then 0 else 1 end, s.acoId", Object[].class)
                .setParameter("run", runId).setParameter("waiting", SetAsideAco.Decision.NEEDS_ATTENTION)
                .getResultStream().map(o -> SetAsideView.of((SetAsideAco) o[0], (String) o[1])).toList();
    }

    /** Enters the missing figure(s) and recomputes the ACO within the run. */
    @RolesAllowed(Role.CMS_ANALYST)
    public SetAsideView enter(long runId, @NotNull AcoId acoId,
                              @NotNull(message = "Enter the missing figure") @Valid EnteredFigures figures) {
        SetAsideAco aside = find(runId, acoId);
        if (figures.isEmpty()) {
            throw new BusinessException("Enter the missing figure: " + aside.missing().stream().map(MissingFigure::label)
                    .collect(Collectors.joining(", ")) + ".");
        }
        ReconciliationRun run = aside.getRun();
        FinancialInput input = em.createQuery("select f from FinancialInput f where f.acoId = :aco and f.performanceYear = :year"
                        + " and f.performancePeriod = :period", FinancialInput.class)
                .setParameter("aco", acoId).setParameter("year", run.getPerformanceYear())
                .setParameter("period", run.getPerformancePeriod()).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException(acoId + " has no financial inputs for PY" + run.getPerformanceYear() + "."));
        ReconciliationInput changed;
        try {
            changed = figures.applyTo(input.toReconciliationInput());
        } catch (IllegalArgumentException e) {
            throw new BusinessException("The figures are inconsistent: " + e.getMessage());
        }
        AcoDetermination now = AcoDetermination.of(ENGINE, changed);
        String what = figures.describe();
        String analyst = caller.userName();
        aside.recomputed(now, analyst, Instant.now(), what);
        input.replaceFigures(changed, FinancialInputService.HAND_ENTERED + " by " + analyst + " for run " + runId);
        if (now.isDetermined()) {
            em.persist(new AcoReconciliation(run, acoId, now.result(), what + ", entered by " + analyst + " on "
                    + DisplayFormat.date(LocalDate.now(DisplayFormat.CMS_ZONE)) + " (the ACO was set aside without it)"));
        }
        em.flush();
        return SetAsideView.of(aside, acoName(acoId));
    }

    /** Leaves the ACO out of the run, with the reason (required). */
    @RolesAllowed(Role.CMS_ANALYST)
    public SetAsideView withhold(long runId, @NotNull AcoId acoId, String reason) {
        SetAsideAco aside = find(runId, acoId);
        aside.withhold(caller.userName(), Instant.now(), reason);
        em.flush();
        return SetAsideView.of(aside, acoName(acoId));
    }

    private SetAsideAco find(long runId, AcoId acoId) {
        return em.createQuery("select s from SetAsideAco s join fetch s.run where s.run.id = :run and s.acoId = :aco", SetAsideAco.class)
                .setParameter("run", runId).setParameter("aco", acoId).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Run " + runId + " did not set " + acoId + " aside."));
    }

    private String acoName(AcoId acoId) {
        return em.createQuery("select a.legalName from Aco a where a.acoId = :id", String.class).setParameter("id", acoId)
                .getResultStream().findFirst().orElse(acoId.value());
    }
}
