package gov.cms.ssp.assignment;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Step 3 for one year, ACO by ACO: {@link #prepare} fixes the truncation points once (loaded by CMS,
 * else derived from the assignable amounts every bucket stored); {@link #summarizeAco} then streams one
 * ACO's beneficiaries' amounts, stores each E′ and that ACO's summary rows, in a transaction of its own
 * (the largest ACO is some 200,000 beneficiaries, so no transaction grows with the nation); the ACO's
 * summary rows are its checkpoint, so a restart sums only the ACOs without them. The arithmetic is the
 * domain's exact one, the same as the command's.
 */
@Dependent
public class YearSummarizer {
    @Inject
    private RunStore store;

    /** A year ready to be summed: the engine and the totals holding its truncation points. */
    public record Prepared(PartitionedYear engine, PartitionedYear.Totals totals) {
    }

    public Prepared prepare(long runId, int performanceYear, int dataYear) throws Exception {
        PartitionedYear engine = PartitionedYear.ofQuarter(performanceYear, dataYear, store.quarter(runId),
                AssignmentFiles.runInput(runId, dataYear));
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
        return new Prepared(engine, engine.totals(derived));
    }

    /** The ACOs of the year not summed yet (every ACO of the reference PY, with or without beneficiaries). */
    public List<String> remaining(long runId, int dataYear, Prepared year) {
        Set<String> done = new HashSet<>(store.query("select distinct aco_id from aco_year_summary where run_id = ?"
                + " and data_year = ?", rs -> rs.getString(1), runId, dataYear));
        Set<String> acos = new TreeSet<>(year.engine().acos());
        acos.removeAll(done);
        return List.copyOf(acos);
    }

    /** One ACO of the year, all or nothing: its beneficiaries' E′ and its five summary rows. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void summarizeAco(long runId, int dataYear, Prepared year, String acoId) {
        PartitionedYear.Totals totals = year.totals();
        store.with(c -> {
            try (PreparedStatement delete = c.prepareStatement("delete from aco_year_summary where run_id = ? and data_year = ?"
                    + " and aco_id = ?")) {
                RunStore.bind(delete, runId, dataYear, acoId);
                delete.executeUpdate();
            }
            try (PreparedStatement heads = c.prepareStatement("select count(*) from assigned_beneficiary where run_id = ?"
                    + " and data_year = ? and aco_id = ?")) {
                RunStore.bind(heads, runId, dataYear, acoId);
                try (ResultSet rs = heads.executeQuery()) {
                    rs.next();
                    for (long n = rs.getLong(1); n > 0; n--) {
                        totals.countBeneficiary(acoId);
                    }
                }
            }
            try (PreparedStatement rows = c.prepareStatement("select bene_id, enrollment_type, months, raw_amount"
                    + " from beneficiary_expenditure where run_id = ? and data_year = ? and aco_id = ?");
                 PreparedStatement truncated = c.prepareStatement("update beneficiary_expenditure set truncated = ?"
                         + " where run_id = ? and data_year = ? and bene_id = ? and enrollment_type = ?")) {
                RunStore.bind(rows, runId, dataYear, acoId);
                rows.setFetchSize(10_000);
                int batch = 0;
                try (ResultSet rs = rows.executeQuery()) {
                    while (rs.next()) {
                        BigDecimal amount = totals.add(acoId, EnrollmentType.valueOf(rs.getString(2)), rs.getInt(3),
                                rs.getBigDecimal(4));
                        RunStore.bind(truncated, amount, runId, dataYear, rs.getString(1), rs.getString(2));
                        truncated.addBatch();
                        if (++batch % 5_000 == 0) {
                            truncated.executeBatch();
                        }
                    }
                }
                truncated.executeBatch();
            }
            try (PreparedStatement insert = c.prepareStatement("insert into aco_year_summary (run_id, data_year, aco_id,"
                    + " enrollment_type, months, expenditure, per_capita, assigned) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (PartitionedYear.SummaryRow row : year.engine().takeSummary(totals, acoId)) {
                    RunStore.bind(insert, runId, dataYear, row.acoId(), row.type() == null ? "TOTAL" : row.type().name(),
                            row.months(), row.expenditure(), row.perCapita(), row.assigned());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    /** Marks the year summed once every ACO has its rows. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void finish(long runId, int dataYear) {
        store.update("update assignment_run_year set summarized = true where run_id = ? and data_year = ?", runId, dataYear);
    }
}
