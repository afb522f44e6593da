package gov.cms.ssp.assignment;

import gov.cms.ssp.shared.BatchExecutions;
import gov.cms.ssp.shared.BusinessException;
import gov.cms.ssp.shared.CallerContext;
import gov.cms.ssp.shared.NotFoundException;
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
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Assignment runs: a CMS financial analyst starts one for a PY — the PY and every benchmark year whose
 * data is loaded (up to eight years back, enough for any agreement in force) — as the Batch job
 * {@value #JOB}, follows each step's progress, and resumes a run a failure or crash stopped. CMS staff
 * read the results.
 */
@Stateless
@RolesAllowed({Role.CMS_ADMIN, Role.CMS_REVIEWER, Role.CMS_ANALYST})
public class AssignmentRunService {
    public static final String JOB = "assignment-run";
    public static final String RUN_ID = "runId";
    /** how far back benchmark years are looked for: BY1 of a 6-year agreement in its last PY */
    static final int YEARS_BACK = 8;
    private static final Set<String> ENDED = Set.of("FAILED", "STOPPED", "ABANDONED", "INTERRUPTED", "COMPLETED");

    @Inject
    private RunStore store;
    @EJB
    private DataLoadService data;
    @EJB
    private CallerContext caller;
    @Resource
    private SessionContext session;

    @RolesAllowed(Role.CMS_ANALYST)
    public AssignmentRunView start(int performanceYear) {
        return start(performanceYear, null);
    }

    /**
     * A run of the PY (quarter null: its final assignment with its benchmark years, whose results become
     * the reconciliation's inputs) or of a quarterly report (1–4: the PY's year only, on the quarter's
     * windows; informational, never an input).
     */
    @RolesAllowed(Role.CMS_ANALYST)
    public AssignmentRunView start(int performanceYear, Integer quarter) {
        if (quarter != null && (quarter < 1 || quarter > 4)) {
            throw new BusinessException("The quarter is 1, 2, 3 or 4.");
        }
        long runId = session.getBusinessObject(AssignmentRunService.class).createRun(performanceYear, quarter);
        return execute(runId);
    }

    @RolesAllowed(Role.CMS_ANALYST)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long createRun(int performanceYear, Integer quarter) {
        DataLoadService.requireYear(performanceYear);
        List<Integer> complete = data.completeYears();
        if (!complete.contains(performanceYear)) {
            throw new BusinessException("Load every claims and enrollment file of " + performanceYear + " first.");
        }
        Set<String> files = Set.copyOf(data.files(performanceYear).stream().map(DataFileView::fileName).toList());
        for (String program : PartitionedYear.PROGRAM_FILES) {
            if (!files.contains(program)) {
                throw new BusinessException("Load " + program + " of PY" + performanceYear + " first: the PY's lists are used for"
                        + " its benchmark years too.");
            }
        }
        for (AssignmentRunView run : runs(performanceYear)) {
            if (run.isRunning()) {
                throw new BusinessException("Run " + run.id() + " of PY" + performanceYear + " is still computing.");
            }
        }
        long runId = store.query("select nextval('assignment_run_seq')", rs -> rs.getLong(1)).get(0);
        store.update("insert into assignment_run (id, performance_year, quarter, status, started_by, started_at)"
                + " values (?, ?, ?, 'RUNNING', ?, ?)", runId, performanceYear, quarter, caller.userName(), Instant.now());
        for (int year : complete) {
            if (year == performanceYear || (quarter == null && year < performanceYear && year >= performanceYear - YEARS_BACK)) {
                store.update("insert into assignment_run_year (run_id, data_year) values (?, ?)", runId, year);
            }
        }
        return runId;
    }

    /**
     * Starts a new execution for a run that stopped before the end: the years already partitioned and
     * the buckets already committed are skipped (the job repository is in memory, so after a server
     * crash the old execution is gone; a new one continues from the database).
     */
    @RolesAllowed(Role.CMS_ANALYST)
    public AssignmentRunView resume(long runId) {
        AssignmentRunView run = run(runId);
        if (run.isComplete()) {
            throw new BusinessException("The run is complete; there is nothing to resume.");
        }
        if (run.isRunning()) {
            throw new BusinessException("The run is still computing.");
        }
        store.update("update assignment_run set status = 'RUNNING', problem = null where id = ?", runId);
        return execute(runId);
    }

    private AssignmentRunView execute(long runId) {
        Properties parameters = new Properties();
        parameters.setProperty(RUN_ID, Long.toString(runId));
        long execution = jobs().start(JOB, parameters);
        store.update("update assignment_run set execution_id = ? where id = ?", execution, runId);
        return run(runId);
    }

    public AssignmentRunView run(long runId) {
        return store.query("select id from assignment_run where id = ?", rs -> rs.getLong(1), runId).stream().findFirst()
                .map(this::view).orElseThrow(() -> new NotFoundException("There is no assignment run " + runId + "."));
    }

    /** The runs of a PY, newest first. */
    public List<AssignmentRunView> runs(int performanceYear) {
        List<AssignmentRunView> runs = new ArrayList<>();
        for (long id : store.query("select id from assignment_run where performance_year = ? order by id desc",
                rs -> rs.getLong(1), performanceYear)) {
            runs.add(view(id));
        }
        return runs;
    }

    /** Every ACO's summary rows of one year of a run (four types and TOTAL). */
    public List<AcoSummaryRow> summary(long runId, int dataYear) {
        run(runId);
        return store.query("select aco_id, enrollment_type, months, expenditure, per_capita, assigned from aco_year_summary"
                + " where run_id = ? and data_year = ? order by aco_id, case enrollment_type when 'TOTAL' then 9 else 0 end,"
                + " enrollment_type", rs -> new AcoSummaryRow(rs.getString(1), rs.getString(2), rs.getLong(3),
                        rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getInt(6)), runId, dataYear);
    }

    /** The latest complete (final, not quarterly) run of a PY, if any (what ACO reports and estimates read). */
    @RolesAllowed({Role.CMS_ADMIN, Role.CMS_REVIEWER, Role.CMS_ANALYST, Role.ACO_EXECUTIVE, Role.ACO_STAFF})
    public Long latestComplete(int performanceYear) {
        return store.query("select max(id) from assignment_run where performance_year = ? and quarter is null"
                + " and status = 'COMPLETE'", rs -> (Long) rs.getObject(1, Long.class), performanceYear).get(0);
    }

    /** The latest complete run of a quarterly report of a PY (quarter 1–4), if any. */
    @RolesAllowed({Role.CMS_ADMIN, Role.CMS_REVIEWER, Role.CMS_ANALYST, Role.ACO_EXECUTIVE, Role.ACO_STAFF})
    public Long latestComplete(int performanceYear, int quarter) {
        return store.query("select max(id) from assignment_run where performance_year = ? and quarter = ?"
                + " and status = 'COMPLETE'", rs -> (Long) rs.getObject(1, Long.class), performanceYear, quarter).get(0);
    }

    private AssignmentRunView view(long id) {
        Object[] row = store.query("select performance_year, status, started_by, started_at, finished_at, problem,"
                + " inputs_created, inputs_note, execution_id, quarter from assignment_run where id = ?", rs -> new Object[] {
                        rs.getInt(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(), rs.getString(6),
                        rs.getObject(7, Integer.class), rs.getString(8), rs.getObject(9, Long.class), rs.getObject(10, Integer.class)}, id).get(0);
        int py = (Integer) row[0];
        AssignmentRunStatus status = AssignmentRunStatus.valueOf((String) row[1]);
        String execution = BatchExecutions.status((Long) row[8], JOB, RUN_ID, id);
        String problem = (String) row[5];
        if (status == AssignmentRunStatus.RUNNING && ENDED.contains(execution)) {
            status = AssignmentRunStatus.FAILED; // crashed, or ended without recording it
            if (problem == null) {
                problem = "The job stopped before the end (" + execution.toLowerCase() + "). Resume to finish it.";
            }
        }
        return new AssignmentRunView(id, py, (Integer) row[9], status, execution, (String) row[2], (Instant) row[3],
                (Instant) row[4], problem, (Integer) row[6], (String) row[7], store.years(id, py));
    }

    private static JobOperator jobs() {
        return BatchRuntime.getJobOperator();
    }

    /** One row of a year's per-ACO summary; type ESRD, DIS, AGDU, AGND or TOTAL; person-years = months / 12. */
    public record AcoSummaryRow(String acoId, String type, long months, BigDecimal expenditure, BigDecimal perCapita,
                                int assigned) {
        public BigDecimal personYears() {
            return BigDecimal.valueOf(months).divide(BigDecimal.valueOf(12), 6, java.math.RoundingMode.HALF_UP);
        }
    }
}
