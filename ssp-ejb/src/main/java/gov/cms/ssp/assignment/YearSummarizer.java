package gov.cms.ssp.assignment;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Step 3 for one year, in one transaction: fixes the truncation points (loaded by CMS, else derived from
 * the assignable amounts every bucket stored), streams the assigned beneficiaries' amounts once to
 * store each E′ and sum per ACO with the domain's exact arithmetic, and replaces the year's per-ACO
 * summary. Run again after a crash, it gives the same rows.
 */
@Dependent
public class YearSummarizer {
    @Inject
    private RunStore store;

    @Transactional
    public void summarize(long runId, int performanceYear, int dataYear) throws Exception {
        PartitionedYear engine = PartitionedYear.of(performanceYear, dataYear, AssignmentFiles.runInput(runId, dataYear));
        Map<EnrollmentType, List<PartitionedYear.AssignableAmount>> derived = new EnumMap<>(EnrollmentType.class);
        for (EnrollmentType type : engine.derivedTypes()) {
            derived.put(type, new ArrayList<>());
        }
        if (!derived.isEmpty()) {
            store.query("select enrollment_type, raw_amount, months from assignable_amount where run_id = ? and data_year = ?",
                    rs -> {
                        EnrollmentType type = EnrollmentType.valueOf(rs.getString(1));
                        List<PartitionedYear.AssignableAmount> values = derived.get(type);
                        if (values != null) {
                            values.add(new PartitionedYear.AssignableAmount(type, rs.getBigDecimal(2), rs.getInt(3)));
                        }
                        return null;
                    }, runId, dataYear);
        }
        PartitionedYear.Totals totals = engine.totals(derived);
        derived.clear();
        store.with(c -> {
            try (PreparedStatement heads = c.prepareStatement("select aco_id from assigned_beneficiary where run_id = ? and data_year = ?")) {
                RunStore.bind(heads, runId, dataYear);
                heads.setFetchSize(10_000);
                try (ResultSet rs = heads.executeQuery()) {
                    while (rs.next()) {
                        totals.countBeneficiary(rs.getString(1));
                    }
                }
            }
            try (PreparedStatement rows = c.prepareStatement("select bene_id, aco_id, enrollment_type, months, raw_amount"
                    + " from beneficiary_expenditure where run_id = ? and data_year = ?");
                 PreparedStatement truncated = c.prepareStatement("update beneficiary_expenditure set truncated = ?"
                         + " where run_id = ? and data_year = ? and bene_id = ? and enrollment_type = ?")) {
                RunStore.bind(rows, runId, dataYear);
                rows.setFetchSize(10_000);
                int batch = 0;
                try (ResultSet rs = rows.executeQuery()) {
                    while (rs.next()) {
                        BigDecimal amount = totals.add(rs.getString(2), EnrollmentType.valueOf(rs.getString(3)), rs.getInt(4),
                                rs.getBigDecimal(5));
                        RunStore.bind(truncated, amount, runId, dataYear, rs.getString(1), rs.getString(3));
                        truncated.addBatch();
                        if (++batch % 5_000 == 0) {
                            truncated.executeBatch();
                        }
                    }
                }
                truncated.executeBatch();
            }
            try (PreparedStatement delete = c.prepareStatement("delete from aco_year_summary where run_id = ? and data_year = ?")) {
                RunStore.bind(delete, runId, dataYear);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement("insert into aco_year_summary (run_id, data_year, aco_id,"
                    + " enrollment_type, months, expenditure, per_capita, assigned) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (PartitionedYear.SummaryRow row : totals.summary(engine.acos())) {
                    RunStore.bind(insert, runId, dataYear, row.acoId(), row.type() == null ? "TOTAL" : row.type().name(),
                            row.months(), row.expenditure(), row.perCapita(), row.assigned());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement done = c.prepareStatement("update assignment_run_year set summarized = true"
                    + " where run_id = ? and data_year = ?")) {
                RunStore.bind(done, runId, dataYear);
                done.executeUpdate();
            }
            return null;
        });
    }
}
