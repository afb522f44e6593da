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
        List<long[]> latest = store.query("select id, performance_year from assignment_run where status = 'COMPLETE' and quarter is null"
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

    /** At most this many TINs are estimated at once (an ACO's participants and the additions it requests). */
    public static final int MAX_ESTIMATED_TINS = 10_000;

    /**
     * The estimates of the given TINs (an application's or a list's participants) from the latest complete
     * run of any PY: a TIN that billed in that run's year has its count, 0 when no one was assigned
     * through it; a TIN the run saw no claim of has none ({@link TinEstimates#of} null), never a 0.
     */
    public TinEstimates estimates(@NotNull AcoId acoId, @NotNull java.util.Collection<String> tins) {
        caller.requireAcoAccess(acoId);
        List<long[]> latest = store.query("select id, performance_year from assignment_run where status = 'COMPLETE'"
                + " and quarter is null order by performance_year desc, id desc limit 1",
                rs -> new long[] {rs.getLong(1), rs.getLong(2)});
        if (latest.isEmpty()) {
            return new TinEstimates(null, null, java.util.Map.of(), 0);
        }
        long run = latest.get(0)[0];
        int py = (int) latest.get(0)[1];
        List<String> wanted = tins.stream().filter(java.util.Objects::nonNull).map(String::strip)
                .filter(t -> t.matches("\\d{9}")).distinct().limit(MAX_ESTIMATED_TINS).toList();
        java.util.Map<String, Integer> byTin = new java.util.HashMap<>();
        for (int from = 0; from < wanted.size(); from += 500) {
            List<String> chunk = wanted.subList(from, Math.min(wanted.size(), from + 500));
            String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
            Object[] params = new Object[chunk.size() + 2];
            params[0] = run;
            params[1] = py;
            for (int i = 0; i < chunk.size(); i++) {
                params[i + 2] = chunk.get(i);
            }
            store.query("select tin from assignment_run_tin where run_id = ? and data_year = ? and tin in (" + marks + ")",
                    rs -> byTin.put(rs.getString(1), 0), params);
            store.query("select participant_tin, count(*) from assigned_beneficiary where run_id = ? and data_year = ?"
                    + " and participant_tin in (" + marks + ") group by participant_tin",
                    rs -> byTin.put(rs.getString(1), rs.getInt(2)), params);
        }
        int total = store.query("select count(*) from assigned_beneficiary where run_id = ? and data_year = ? and aco_id = ?",
                rs -> rs.getInt(1), run, py, acoId.value()).get(0);
        return new TinEstimates(run, py, byTin, total);
    }

    /**
     * Assigned beneficiaries by county of the latest complete run, for CMS's program map: FIPS counties
     * through the SSA-FIPS crosswalk, counts of 1 to 10 suppressed, unknown codes counted and named.
     */
    @RolesAllowed({Role.CMS_ADMIN, Role.CMS_REVIEWER, Role.CMS_ANALYST})
    public CountyCounts countyCounts() {
        List<long[]> latest = store.query("select id, performance_year from assignment_run where status = 'COMPLETE' and quarter is null"
                + " order by performance_year desc, id desc limit 1", rs -> new long[] {rs.getLong(1), rs.getLong(2)});
        if (latest.isEmpty()) {
            return CountyCounts.none();
        }
        long run = latest.get(0)[0];
        int py = (int) latest.get(0)[1];
        java.util.Map<String, Integer> bySsaCode = new java.util.HashMap<>();
        store.query("select state_county, count(*) from assigned_beneficiary where run_id = ? and data_year = ?"
                + " group by state_county", rs -> bySsaCode.put(rs.getString(1), rs.getInt(2)), run, py);
        return CountyCounts.of(run, py, bySsaCode, CountyCrosswalk.standard());
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

    // ---- quarterly reports (the PY's quarters on the rolling 12 months ending with each, 425.400(a)(2)(ii))

    /** Columns of a beneficiary of run x (as ROWS reads them), then the change from the previous quarter. */
    private static final String QUARTER_ROWS = "select x.bene_id, x.step, x.participant_tin,"
            + " (select e.enrollment_type from beneficiary_expenditure e where e.run_id = x.run_id and e.data_year = x.data_year"
            + "   and e.bene_id = x.bene_id order by e.months desc, e.enrollment_type limit 1),"
            + " (select coalesce(sum(e.months), 0) from beneficiary_expenditure e where e.run_id = x.run_id"
            + "   and e.data_year = x.data_year and e.bene_id = x.bene_id),"
            + " (select sum(e.truncated) from beneficiary_expenditure e where e.run_id = x.run_id and e.data_year = x.data_year"
            + "   and e.bene_id = x.bene_id),"
            + " coalesce((select p.declined from beneficiary_sharing_preference p where p.bene_id = x.bene_id), false), x.change"
            + " from (select b.run_id, b.data_year, b.bene_id, b.step, b.participant_tin, 0 as part,"
            + "   case when ? then null when exists (select 1 from assigned_beneficiary p where p.run_id = ? and p.data_year = ?"
            + "     and p.aco_id = b.aco_id and p.bene_id = b.bene_id) then '" + QuarterlyBeneficiaryRow.STILL + "' else '"
            + QuarterlyBeneficiaryRow.ADDED + "' end as change"
            + "   from assigned_beneficiary b where b.run_id = ? and b.data_year = ? and b.aco_id = ?"
            + "  union all select p.run_id, p.data_year, p.bene_id, p.step, p.participant_tin, 1, '" + QuarterlyBeneficiaryRow.DROPPED + "'"
            + "   from assigned_beneficiary p where p.run_id = ? and p.data_year = ? and p.aco_id = ?"
            + "   and not exists (select 1 from assigned_beneficiary b where b.run_id = ? and b.data_year = ? and b.aco_id = p.aco_id"
            + "     and b.bene_id = p.bene_id)) x"
            + " order by x.part, x.participant_tin, x.bene_id";

    /** The quarter's run and the previous quarter's (Q1: the previous PY's Q4), for one ACO. */
    private record Quarters(long run, int year, Long previousRun, int previousYear, int previousQuarter) {
        Object[] rowParams(String aco) {
            long prev = previousRun == null ? -1 : previousRun;
            return new Object[] {previousRun == null, prev, previousYear, run, year, aco, prev, previousYear, aco, run, year};
        }
    }

    /** The quarters of a PY with a complete quarterly report for the ACO (none: an empty list, also for another ACO). */
    public List<Integer> quarters(@NotNull AcoId acoId, int performanceYear) {
        if (!caller.isCms() && !caller.acoIds().contains(acoId)) {
            return List.of();
        }
        List<Integer> quarters = new java.util.ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            Long run = runs.latestComplete(performanceYear, q);
            if (run != null && hasRows(run, performanceYear, acoId.value())) {
                quarters.add(q);
            }
        }
        return quarters;
    }

    /** The quarter's counts and its changes from the previous quarter (counts only: nothing to record). */
    public QuarterlyReport quarterly(@NotNull AcoId acoId, int performanceYear, int quarter) {
        Quarters q = quartersOf(acoId, performanceYear, quarter);
        String aco = acoId.value();
        long prev = q.previousRun() == null ? -1 : q.previousRun();
        List<QuarterlyReport.TinChange> byTin = store.query("select tin, sum(cur), sum(prev), sum(added), sum(dropped) from ("
                + " select coalesce(b.participant_tin, '') as tin, 1 as cur, 0 as prev, case when ? or exists (select 1 from"
                + "  assigned_beneficiary p where p.run_id = ? and p.data_year = ? and p.aco_id = b.aco_id and p.bene_id = b.bene_id)"
                + "  then 0 else 1 end as added, 0 as dropped from assigned_beneficiary b where b.run_id = ? and b.data_year = ?"
                + "  and b.aco_id = ?"
                + " union all select coalesce(p.participant_tin, ''), 0, 1, 0, case when exists (select 1 from assigned_beneficiary b"
                + "  where b.run_id = ? and b.data_year = ? and b.aco_id = p.aco_id and b.bene_id = p.bene_id) then 0 else 1 end"
                + "  from assigned_beneficiary p where p.run_id = ? and p.data_year = ? and p.aco_id = ?"
                + ") t group by tin order by sum(cur) desc, tin",
                rs -> new QuarterlyReport.TinChange(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)),
                q.previousRun() == null, prev, q.previousYear(), q.run(), q.year(), aco, q.run(), q.year(), prev, q.previousYear(), aco);
        int assigned = byTin.stream().mapToInt(QuarterlyReport.TinChange::current).sum();
        int previous = byTin.stream().mapToInt(QuarterlyReport.TinChange::previous).sum();
        int added = byTin.stream().mapToInt(QuarterlyReport.TinChange::added).sum();
        int dropped = byTin.stream().mapToInt(QuarterlyReport.TinChange::dropped).sum();
        boolean compared = q.previousRun() != null;
        return new QuarterlyReport(aco, performanceYear, quarter, q.run(), assigned,
                compared ? QuarterlyReport.label(q.previousYear(), q.previousQuarter()) : null, compared ? previous : null,
                added, dropped, byTin);
    }

    /** A page of the quarter's beneficiaries (then those dropped since the previous quarter), recorded as viewed. */
    public Page<QuarterlyBeneficiaryRow> quarterBeneficiaries(@NotNull AcoId acoId, int performanceYear, int quarter, int first,
                                                              int size) {
        Quarters q = quartersOf(acoId, performanceYear, quarter);
        int pageSize = Math.max(1, Math.min(MAX_PAGE, size));
        List<QuarterlyBeneficiaryRow> rows = store.query(QUARTER_ROWS + " limit " + pageSize + " offset " + Math.max(0, first),
                AssignmentReportService::quarterRow, q.rowParams(acoId.value()));
        QuarterlyReport counts = quarterly(acoId, performanceYear, quarter);
        phi.record(acoId.value(), performanceYear, quarter, PhiAccessLog.VIEW, rows.size());
        return new Page<>(rows, (long) counts.assigned() + counts.dropped());
    }

    /** Every beneficiary of the quarter and every one dropped since the previous quarter, for a download; recorded. */
    public List<QuarterlyBeneficiaryRow> quarterExport(@NotNull AcoId acoId, int performanceYear, int quarter,
                                                       @NotNull String format) {
        Quarters q = quartersOf(acoId, performanceYear, quarter);
        List<QuarterlyBeneficiaryRow> rows = store.query(QUARTER_ROWS + " limit " + MAX_EXPORT, AssignmentReportService::quarterRow,
                q.rowParams(acoId.value()));
        phi.record(acoId.value(), performanceYear, quarter, PhiAccessLog.EXCEL.equals(format) ? PhiAccessLog.EXCEL : PhiAccessLog.CSV,
                rows.size());
        return rows;
    }

    private static QuarterlyBeneficiaryRow quarterRow(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new QuarterlyBeneficiaryRow(row(rs), rs.getString(8));
    }

    /** Another ACO's quarterly report, or one not computed, is "not found" in the same words. */
    private Quarters quartersOf(AcoId acoId, int performanceYear, int quarter) {
        NotFoundException missing = new NotFoundException("There is no quarterly assignment report of " + acoId + " for Q"
                + quarter + " " + performanceYear + ".");
        caller.requireAcoAccess(acoId, () -> missing);
        Long run = quarter >= 1 && quarter <= 4 ? runs.latestComplete(performanceYear, quarter) : null;
        if (run == null || !hasRows(run, performanceYear, acoId.value())) {
            throw missing;
        }
        int previousYear = quarter == 1 ? performanceYear - 1 : performanceYear;
        int previousQuarter = quarter == 1 ? 4 : quarter - 1;
        Long previous = runs.latestComplete(previousYear, previousQuarter);
        return new Quarters(run, performanceYear, previous, previousYear, previousQuarter);
    }

    private boolean hasRows(long run, int year, String aco) {
        return !store.query("select 1 from assigned_beneficiary where run_id = ? and data_year = ? and aco_id = ? limit 1",
                rs -> 1, run, year, aco).isEmpty();
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
