package gov.cms.ssp.assignment;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The run's rows in plain JDBC on the transaction's connection (the pipeline's tables are bulk data,
 * not entities). Callers bring the transaction: a service method, or a batch chunk.
 */
@Dependent
public class RunStore {
    @Resource(lookup = "java:jboss/datasources/SspDS")
    private DataSource db;

    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    public <T> T with(Work<T> work) {
        try (Connection c = db.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public int update(String sql, Object... params) {
        return with(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                bind(s, params);
                return s.executeUpdate();
            }
        });
    }

    public interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    public <T> List<T> query(String sql, Row<T> row, Object... params) {
        return with(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                bind(s, params);
                List<T> rows = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rows.add(row.map(rs));
                    }
                }
                return rows;
            }
        });
    }

    static void bind(PreparedStatement s, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p instanceof Instant instant) {
                s.setTimestamp(i + 1, Timestamp.from(instant));
            } else {
                s.setObject(i + 1, p);
            }
        }
    }

    /** The years of a run with their progress. */
    public List<RunYearProgress> years(long runId, int performanceYear) {
        return query("select y.data_year, y.beneficiaries, y.bucket_count, y.partitioned, y.summarized,"
                + " (select count(*) from assignment_bucket b where b.run_id = y.run_id and b.data_year = y.data_year),"
                + " (select coalesce(sum(b.assigned), 0) from assignment_bucket b where b.run_id = y.run_id and b.data_year = y.data_year)"
                + " from assignment_run_year y where y.run_id = ? order by y.data_year desc", rs -> new RunYearProgress(
                        rs.getInt(1), rs.getInt(1) != performanceYear, (Long) rs.getObject(2, Long.class),
                        (Integer) rs.getObject(3, Integer.class), rs.getBoolean(4), rs.getInt(6), rs.getLong(7), rs.getBoolean(5)),
                runId);
    }

    /**
     * Records why the run is stopping (the first reason wins); the status turns to stopped when the
     * execution has ended ({@link AssignmentJobListener}), so a run is never resumed while partitions still run.
     */
    public void problem(long runId, String problem) {
        update("update assignment_run set problem = coalesce(problem, ?) where id = ? and status <> 'COMPLETE'",
                problem.length() > 2000 ? problem.substring(0, 2000) : problem, runId);
    }

    /** The quarter of a quarterly report's run (1–4), or 0 for the PY's final run. */
    public int quarter(long runId) {
        // 0 for null in SQL: a stream's findFirst cannot carry a null element
        List<Integer> quarter = query("select coalesce(quarter, 0) from assignment_run where id = ?", rs -> rs.getInt(1), runId);
        if (quarter.isEmpty()) {
            throw new IllegalStateException("no assignment run " + runId);
        }
        return quarter.get(0);
    }

    public int performanceYear(long runId) {
        return query("select performance_year from assignment_run where id = ?", rs -> rs.getInt(1), runId).stream()
                .findFirst().orElseThrow(() -> new IllegalStateException("no assignment run " + runId));
    }
}
