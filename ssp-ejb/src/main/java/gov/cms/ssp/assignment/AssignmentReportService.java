package gov.cms.ssp.assignment;

import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.CallerContext;
import gov.cms.ssp.shared.NotFoundException;
import gov.cms.ssp.shared.Page;
import gov.cms.ssp.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Assignment reports: an ACO's own people (and CMS) read the assigned beneficiaries of a PY from its
 * latest complete run, with counts per participant TIN; another ACO's report is answered exactly like a
 * missing one. Every read of beneficiary-level rows — a page on screen or a download — is recorded in
 * the PHI access log in the same transaction. Beneficiaries who declined data sharing are listed (they
 * count) without their expenditure.
 */
@Stateless
@RolesAllowed({Role.CMS_ADMIN, Role.CMS_REVIEWER, Role.CMS_ANALYST, Role.ACO_EXECUTIVE, Role.ACO_STAFF})
public class AssignmentReportService {
    public static final int MAX_PAGE = 100;
    /** a download holds at most this many beneficiaries (the largest ACO has well under 200,000) */
    public static final int MAX_EXPORT = 500_000;

    private static final String ROWS = "select b.bene_id, b.step, b.participant_tin,"
            + " (select e.enrollment_type from beneficiary_expenditure e where e.run_id = b.run_id and e.data_year = b.data_year"
            + "   and e.bene_id = b.bene_id order by e.months desc, e.enrollment_type limit 1),"
            + " (select coalesce(sum(e.months), 0) from beneficiary_expenditure e where e.run_id = b.run_id"
            + "   and e.data_year = b.data_year and e.bene_id = b.bene_id),"
            + " (select sum(e.truncated) from beneficiary_expenditure e where e.run_id = b.run_id and e.data_year = b.data_year"
            + "   and e.bene_id = b.bene_id),"
            + " coalesce((select p.declined from beneficiary_sharing_preference p where p.bene_id = b.bene_id), false)"
            + " from assigned_beneficiary b where b.run_id = ? and b.data_year = ? and b.aco_id = ?"
            + " order by b.participant_tin, b.bene_id";

    @Inject
    private RunStore store;
    @Inject
    private PhiAccessLog phi;
    @EJB
    private CallerContext caller;
    @EJB
    private AssignmentRunService runs;

    public AssignmentReport report(@NotNull AcoId acoId, int performanceYear) {
        long run = runOf(acoId, performanceYear);
        String aco = acoId.value();
        List<AssignmentReport.Count> byTin = store.query("select coalesce(participant_tin, ''), count(*) from assigned_beneficiary"
                + " where run_id = ? and data_year = ? and aco_id = ? group by participant_tin order by count(*) desc, 1",
                rs -> new AssignmentReport.Count(rs.getString(1), rs.getInt(2)), run, performanceYear, aco);
        List<AssignmentReport.Count> byStep = store.query("select step, count(*) from assigned_beneficiary"
                + " where run_id = ? and data_year = ? and aco_id = ? group by step order by step",
                rs -> new AssignmentReport.Count(new AssignedBeneficiaryRow("", rs.getString(1), null, null, 0, null, false).stepLabel(),
                        rs.getInt(2)), run, performanceYear, aco);
        int total = byTin.stream().mapToInt(AssignmentReport.Count::beneficiaries).sum();
        return new AssignmentReport(aco, performanceYear, run, total, byTin, byStep, "assignment run " + run);
    }

    /**
     * Estimated assigned beneficiaries per participant TIN and the ACO's total, from the latest complete
     * run of any PY (counts only: no beneficiary-level data, nothing to record). A TIN of another ACO in
     * that run (a TIN joining from elsewhere) is estimated with the beneficiaries it had there.
     */
    public TinEstimates estimates(@NotNull AcoId acoId) {
        caller.requireAcoAccess(acoId);
        List<long[]> latest = store.query("select id, performance_year from assignment_run where status = 'COMPLETE'"
                + " order by performance_year desc, id desc limit 1", rs -> new long[] {rs.getLong(1), rs.getLong(2)});
        if (latest.isEmpty()) {
            return new TinEstimates(null, null, java.util.Map.of(), 0);
        }
        long run = latest.get(0)[0];
        int py = (int) latest.get(0)[1];
        java.util.Map<String, Integer> byTin = new java.util.HashMap<>();
        store.query("select participant_tin, count(*) from assigned_beneficiary where run_id = ? and data_year = ?"
                + " and participant_tin is not null group by participant_tin", rs -> byTin.put(rs.getString(1), rs.getInt(2)), run, py);
        int total = store.query("select count(*) from assigned_beneficiary where run_id = ? and data_year = ? and aco_id = ?",
                rs -> rs.getInt(1), run, py, acoId.value()).get(0);
        return new TinEstimates(run, py, byTin, total);
    }

    /** Assigned beneficiaries by county of the latest complete run, for CMS's program map (every count: CMS staff only). */
    @RolesAllowed({Role.CMS_ADMIN, Role.CMS_REVIEWER, Role.CMS_ANALYST})
    public CountyCounts countyCounts() {
        List<long[]> latest = store.query("select id, performance_year from assignment_run where status = 'COMPLETE'"
                + " order by performance_year desc, id desc limit 1", rs -> new long[] {rs.getLong(1), rs.getLong(2)});
        if (latest.isEmpty()) {
            return new CountyCounts(null, null, java.util.Map.of(), 0, 0);
        }
        long run = latest.get(0)[0];
        int py = (int) latest.get(0)[1];
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        long[] total = new long[1];
        store.query("select state_county, count(*) from assigned_beneficiary where run_id = ? and data_year = ?"
                + " and state_county is not null group by state_county", rs -> {
                    int n = rs.getInt(2);
                    total[0] += n;
                    counts.put(rs.getString(1), n);
                    return null;
                }, run, py);
        return new CountyCounts(run, py, counts, 0, total[0]);
    }

    /** A page of the assigned beneficiaries, recorded as viewed. */
    public Page<AssignedBeneficiaryRow> beneficiaries(@NotNull AcoId acoId, int performanceYear, int first, int size) {
        long run = runOf(acoId, performanceYear);
        int pageSize = Math.max(1, Math.min(MAX_PAGE, size));
        List<AssignedBeneficiaryRow> rows = store.query(ROWS + " limit " + pageSize + " offset " + Math.max(0, first),
                AssignmentReportService::row, run, performanceYear, acoId.value());
        long count = store.query("select count(*) from assigned_beneficiary where run_id = ? and data_year = ? and aco_id = ?",
                rs -> rs.getLong(1), run, performanceYear, acoId.value()).get(0);
        phi.record(acoId.value(), performanceYear, PhiAccessLog.VIEW, rows.size());
        return new Page<>(rows, count);
    }

    /** Every assigned beneficiary, for a download; recorded with its format. */
    public List<AssignedBeneficiaryRow> export(@NotNull AcoId acoId, int performanceYear, @NotNull String format) {
        long run = runOf(acoId, performanceYear);
        List<AssignedBeneficiaryRow> rows = store.query(ROWS + " limit " + MAX_EXPORT, AssignmentReportService::row, run,
                performanceYear, acoId.value());
        phi.record(acoId.value(), performanceYear, PhiAccessLog.EXCEL.equals(format) ? PhiAccessLog.EXCEL : PhiAccessLog.CSV,
                rows.size());
        return rows;
    }

    private static AssignedBeneficiaryRow row(java.sql.ResultSet rs) throws java.sql.SQLException {
        boolean declined = rs.getBoolean(7);
        return new AssignedBeneficiaryRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                declined ? null : rs.getBigDecimal(6), declined);
    }

    /** The run the report reads; another ACO's report, or none yet, is "not found" in the same words. */
    private long runOf(AcoId acoId, int performanceYear) {
        NotFoundException missing = new NotFoundException("There is no assignment report of " + acoId + " for PY"
                + performanceYear + ".");
        caller.requireAcoAccess(acoId, () -> missing);
        Long run = runs.latestComplete(performanceYear);
        if (run == null || store.query("select 1 from assigned_beneficiary where run_id = ? and data_year = ? and aco_id = ?"
                + " limit 1", rs -> 1, run, performanceYear, acoId.value()).isEmpty()) {
            throw missing;
        }
        return run;
    }
}
