package gov.cms.ssp.reconciliation;

import gov.cms.ssp.agreement.Track;
import gov.cms.ssp.notification.Audience;
import gov.cms.ssp.notification.NotificationEvent;
import gov.cms.ssp.notification.ProgramNotice;
import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.BatchExecutions;
import gov.cms.ssp.shared.BusinessException;
import gov.cms.ssp.shared.CallerContext;
import gov.cms.ssp.shared.NotFoundException;
import gov.cms.ssp.shared.Page;
import gov.cms.ssp.shared.PageRequest;
import gov.cms.ssp.shared.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reconciliation runs: a CMS analyst starts one for a PY (a batch job reconciles every ACO with
 * financial inputs), follows its progress, resumes it after a failure or crash, approves and releases
 * it. CMS staff read every result; an ACO's own people read their settlement, and only once released.
 */
@Stateless
@RolesAllowed({Role.CMS_ADMIN, Role.CMS_REVIEWER, Role.CMS_ANALYST})
public class ReconciliationRunService {
    /** the job definition in META-INF/batch-jobs */
    public static final String JOB = "reconciliation-run";
    public static final String RUN_ID = "runId";
    private static final Map<String, String> SORTABLE = Map.of("acoId", "r.acoId", "track", "r.track",
            "outcome", "r.outcome", "netAmount", "r.netAmount", "savingsRate", "r.savingsRate");

    @PersistenceContext
    private EntityManager em;
    @Inject
    private Event<ProgramNotice> notices;

    @EJB
    private CallerContext caller;

    @Resource
    private SessionContext session;

    /**
     * Creates a draft run for the PY (committed on its own so the batch job sees it) and starts the
     * job. Once the PY was released, the run is a correction and needs its reason.
     */
    @RolesAllowed(Role.CMS_ANALYST)
    public RunView start(int performanceYear, String reason) {
        return start(performanceYear, PerformancePeriod.FULL_YEAR, reason);
    }

    /** A run of one performance period: PY2019 had two six-month performance years (425.609), each its own run. */
    @RolesAllowed(Role.CMS_ANALYST)
    public RunView start(int performanceYear, @NotNull(message = "Performance period is required") PerformancePeriod period,
                         String reason) {
        long runId = session.getBusinessObject(ReconciliationRunService.class).createDraft(performanceYear, period, reason);
        return execute(runId);
    }

    @RolesAllowed(Role.CMS_ANALYST)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long createDraft(int performanceYear, @NotNull PerformancePeriod period, String reason) {
        if (performanceYear < EstimateRequest.FIRST_YEAR || performanceYear > EstimateRequest.LAST_YEAR) {
            throw new BusinessException("Performance year must be between " + EstimateRequest.FIRST_YEAR + " and "
                    + EstimateRequest.LAST_YEAR + ".");
        }
        long inputs = em.createQuery("select count(f) from FinancialInput f where f.performanceYear = :year"
                        + " and f.performancePeriod = :period", Long.class)
                .setParameter("year", performanceYear).setParameter("period", period).getSingleResult();
        if (inputs == 0 && period == PerformancePeriod.FULL_YEAR && performanceYear == 2019) {
            throw new BusinessException("There are no whole-year financial inputs for PY2019: choose the six-month performance"
                    + " year (January–June or July–December 2019) to reconcile.");
        }
        ReconciliationRun run = new ReconciliationRun(performanceYear, period, (int) inputs, caller.userName(), Instant.now(),
                releasedRevision(performanceYear, period), reason);
        em.persist(run);
        em.flush();
        return run.getId();
    }

    /**
     * Starts a new execution of the job for a run that stopped before the end. It reconciles only the
     * ACOs without a result in this run, so nothing is computed twice and nothing is lost. (The job
     * repository is in memory, so after a crash the old execution cannot be restarted; a new one can.
     * A crashed run is not resumed by itself: the analyst who sees it "Interrupted" resumes it —
     * FaultToleranceIT kills the server in the middle of a run and shows exactly this.)
     */
    @RolesAllowed(Role.CMS_ANALYST)
    public RunView resume(long runId) {
        RunView current = view(find(runId));
        if (current.isComplete()) {
            throw new BusinessException("The run is complete; there is nothing to resume.");
        }
        if (current.isRunning()) {
            throw new BusinessException("The run is still computing.");
        }
        return execute(runId);
    }

    private RunView execute(long runId) {
        Properties parameters = new Properties();
        parameters.setProperty(RUN_ID, Long.toString(runId));
        long execution = jobs().start(JOB, parameters);
        ReconciliationRun run = find(runId);
        run.executing(execution);
        return view(run);
    }

    public RunView run(long runId) {
        return view(find(runId));
    }

    /** The runs of a PY (every performance period), newest first. */
    public List<RunView> runs(int performanceYear) {
        return em.createQuery("select r from ReconciliationRun r where r.performanceYear = :year order by r.id desc",
                        ReconciliationRun.class)
                .setParameter("year", performanceYear).getResultStream().map(this::view).toList();
    }

    /** A second analyst approves (four eyes), with an optional note of what was checked. */
    @RolesAllowed(Role.CMS_ANALYST)
    public RunView approve(long runId, String note) {
        ReconciliationRun run = find(runId);
        long waiting = setAside(runId, SetAsideAco.Decision.NEEDS_ATTENTION);
        run.approve(reconciled(runId) + waiting + setAside(runId, SetAsideAco.Decision.WITHHELD), waiting, caller.userName(),
                Instant.now(), note);
        return view(run);
    }

    /** Makes each ACO's result visible to that ACO. */
    @RolesAllowed(Role.CMS_ANALYST)
    public RunView release(long runId, String note) {
        ReconciliationRun run = find(runId);
        run.release(caller.userName(), Instant.now(), note);
        for (AcoId aco : em.createQuery("select r.acoId from AcoReconciliation r where r.run = :run order by r.acoId", AcoId.class)
                .setParameter("run", run).getResultList()) {
            notices.fire(ProgramNotice.of(NotificationEvent.SETTLEMENT_RELEASED, Audience.aco(aco),
                    "Your PY " + run.getPerformanceYear() + " settlement report is ready",
                    "CMS released the PY " + run.getPerformanceYear() + " reconciliation"
                            + (run.getRevision() > 1 ? " (revision " + run.getRevision() + ": " + run.getRevisionReason() + ")" : "")
                            + ". Your settlement report explains every step; download it as PDF or CSV.", "aco/settlement.xhtml"));
        }
        return view(run);
    }

    /** The latest revision of the PY's period that was released, 0 when none was. */
    private int releasedRevision(int performanceYear, PerformancePeriod period) {
        Integer latest = em.createQuery("select max(r.revision) from ReconciliationRun r where r.performanceYear = :year"
                        + " and r.performancePeriod = :period and r.status = :released", Integer.class)
                .setParameter("year", performanceYear).setParameter("period", period)
                .setParameter("released", RunStatus.RELEASED).getSingleResult();
        return latest == null ? 0 : latest;
    }

    /** The run's results, paged, sorted and filtered (track, outcome, ACO ID or name) in the database. */
    public Page<ResultRow> results(long runId, @NotNull PageRequest request) {
        StringBuilder where = new StringBuilder(" where r.run.id = :run");
        Map<String, Object> params = new HashMap<>();
        params.put("run", runId);
        String track = request.filter("track");
        if (track != null) {
            where.append(" and r.track = :track");
            params.put("track", parse(Track.class, track, "track"));
        }
        String outcome = request.filter("outcome");
        if (outcome != null) {
            where.append(" and r.outcome = :outcome");
            params.put("outcome", parse(PerformanceOutcome.class, outcome, "outcome"));
        }
        String aco = request.filter("acoId");
        if (aco != null) {
            // the ACO filter matches the ID or the name
            where.append(" and (upper(r.acoId) like :aco or exists (select 1 from Aco n where n.acoId = r.acoId"
                    + " and upper(n.legalName) like :aco))");
            params.put("aco", "%" + aco.toUpperCase() + "%");
        }
        String order = SORTABLE.getOrDefault(request.sortField() == null ? "" : request.sortField(), "r.acoId");
        TypedQuery<Object[]> rows = em.createQuery("select r, a.legalName from AcoReconciliation r, Aco a"
                + where + " and a.acoId = r.acoId order by " + order + (request.ascending() ? " asc" : " desc") + ", r.id",
                Object[].class);
        TypedQuery<Long> count = em.createQuery("select count(r) from AcoReconciliation r" + where, Long.class);
        params.forEach((k, v) -> {
            rows.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<ResultRow> page = rows.setFirstResult(request.first()).setMaxResults(request.pageSize()).getResultStream()
                .map(o -> row((AcoReconciliation) o[0], (String) o[1])).toList();
        return new Page<>(page, count.getSingleResult());
    }

    /** Every ACO's net amount in the run, for the distribution chart. */
    public List<ResultRow> allResults(long runId) {
        return results(runId, new PageRequest(0, 500, "netAmount", false, Map.of())).rows();
    }

    /** One ACO's result in a run, explained; for CMS staff, whatever the run's status. */
    public Settlement result(long runId, @NotNull AcoId acoId) {
        return settlementOf(find(runId), acoId);
    }

    /**
     * The caller's own ACOs' settlements, released runs only, newest PY first; should CMS have
     * released a corrected run for a year, only the latest release of that year is listed.
     */
    @RolesAllowed({Role.ACO_EXECUTIVE, Role.ACO_STAFF})
    public List<Settlement> mySettlements() {
        var ids = caller.acoIds();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from AcoReconciliation r join fetch r.run run where run.status = :released"
                        + " and r.acoId in :ids order by run.performanceYear desc, run.releasedAt desc, r.acoId", AcoReconciliation.class)
                .setParameter("released", RunStatus.RELEASED).setParameter("ids", List.copyOf(ids))
                .getResultStream()
                // a later release for the same year (a corrected run) replaces the earlier one in the list
                .filter(distinctYearAndAco())
                .map(r -> settlementOf(r.getRun(), r.getAcoId())).toList();
    }

    private static Predicate<AcoReconciliation> distinctYearAndAco() {
        Set<String> seen = new HashSet<>();
        return r -> seen.add(r.getRun().getPerformanceYear() + "/" + r.getRun().getPerformancePeriod() + "/" + r.getAcoId().value());
    }

    /**
     * One settlement for the ACO's own people: refused for another ACO, and not found before CMS
     * releases the run (a draft's figures must not reach an ACO).
     */
    @RolesAllowed({Role.ACO_EXECUTIVE, Role.ACO_STAFF})
    public Settlement settlement(long runId, @NotNull AcoId acoId) {
        caller.requireMembership(acoId);
        ReconciliationRun run = em.find(ReconciliationRun.class, runId);
        if (run == null || run.getStatus() != RunStatus.RELEASED) {
            throw new NotFoundException("There is no released settlement " + runId + " for " + acoId + ".");
        }
        return settlementOf(run, acoId);
    }

    private Settlement settlementOf(ReconciliationRun run, AcoId acoId) {
        AcoReconciliation r = em.createQuery("select r from AcoReconciliation r where r.run = :run and r.acoId = :aco",
                        AcoReconciliation.class)
                .setParameter("run", run).setParameter("aco", acoId).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Run " + run.getId() + " has no result for " + acoId + "."));
        return new Settlement(run.getId(), acoId.value(), acoName(acoId), run.getStatus(), run.getReleasedAt(),
                run.getRevision(), run.getRevisionReason(), r.figures());
    }

    private String acoName(AcoId acoId) {
        return em.createQuery("select a.legalName from Aco a where a.acoId = :id", String.class).setParameter("id", acoId)
                .getResultStream().findFirst().orElse(acoId.value());
    }

    private static ResultRow row(AcoReconciliation r, String name) {
        ReconciledFigures f = r.figures();
        return new ResultRow(r.getRun().getId(), r.getAcoId().value(), name, r.getTrack(), r.getOutcome(),
                f.assignedBeneficiaries(), f.totalBenchmark(), f.totalExpenditures(), f.savingsRate(), f.netAmount());
    }

    private long reconciled(long runId) {
        return em.createQuery("select count(r) from AcoReconciliation r where r.run.id = :run", Long.class)
                .setParameter("run", runId).getSingleResult();
    }

    /** The run's set-aside ACOs with this decision. */
    private long setAside(long runId, SetAsideAco.Decision decision) {
        return em.createQuery("select count(s) from SetAsideAco s where s.run.id = :run and s.decision = :decision", Long.class)
                .setParameter("run", runId).setParameter("decision", decision).getSingleResult();
    }

    private RunView view(ReconciliationRun run) {
        // an ACO recomputed with the figure entered has a result: it counts as reconciled, not as set aside
        long waiting = setAside(run.getId(), SetAsideAco.Decision.NEEDS_ATTENTION);
        long setAsideNow = waiting + setAside(run.getId(), SetAsideAco.Decision.WITHHELD);
        return new RunView(run.getId(), run.getPerformanceYear(), run.getPerformancePeriod(), run.getStatus(), run.getInputCount(),
                reconciled(run.getId()), setAsideNow, waiting, executionStatus(run), run.getStartedBy(), run.getStartedAt(), run.getApprovedBy(),
                run.getApprovedAt(), run.getReleasedBy(), run.getReleasedAt(), run.getRevision(), run.getRevisionReason(),
                run.getApprovalNote(), run.getReleaseNote());
    }

    private String executionStatus(ReconciliationRun run) {
        return BatchExecutions.status(run.getExecutionId(), JOB, RUN_ID, run.getId());
    }

    private ReconciliationRun find(long runId) {
        ReconciliationRun run = em.find(ReconciliationRun.class, runId);
        if (run == null) {
            throw new NotFoundException("There is no reconciliation run " + runId + ".");
        }
        return run;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new BusinessException("Unknown " + field + " '" + value + "'.");
        }
    }

    private static JobOperator jobs() {
        return BatchRuntime.getJobOperator();
    }
}
