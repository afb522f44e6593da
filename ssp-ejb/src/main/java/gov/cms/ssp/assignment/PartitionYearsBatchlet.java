package gov.cms.ssp.assignment;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Step 1 of the assignment job: each year of the run not yet partitioned is validated as a whole (every
 * file, every row, and what needs several files: unknown beneficiaries, duplicate keys) and cut into
 * bucket files by beneficiary. Bad input stops the run naming file, line and column; nothing of the
 * year is kept. Partitioning is deterministic, so a year cut again after a crash gives the same buckets.
 */
@Named
@Dependent
public class PartitionYearsBatchlet extends AbstractBatchlet {
    /** Even a small year is cut into this many partitions, so that they run in parallel. */
    static final int MINIMUM_PARTITIONS = 8;

    @Inject
    @BatchProperty(name = AssignmentRunService.RUN_ID)
    private String runId;
    @Inject
    private RunStore store;

    @Override
    public String process() throws Exception {
        long run = Long.parseLong(runId);
        int py = store.performanceYear(run);
        List<Integer> years = store.query("select data_year from assignment_run_year where run_id = ? and not partitioned"
                + " order by data_year desc", rs -> rs.getInt(1), run);
        for (int year : years) {
            try {
                Map<String, BigDecimal> points = new LinkedHashMap<>();
                store.query("select enrollment_type, truncation_point from benchmark_national_year where data_year = ?"
                        + " and truncation_point is not null order by enrollment_type", rs -> points.put(rs.getString(1),
                        rs.getBigDecimal(2)), year);
                Path input = RunInputFolder.prepare(run, py, year, points);
                Path buckets = AssignmentFiles.runBuckets(run, year);
                AssignmentFiles.deleteTree(buckets);
                PartitionedYear engine = PartitionedYear.of(py, year, input);
                int count = PartitionedYear.bucketCount(engine.countBeneficiaries(), MINIMUM_PARTITIONS);
                long beneficiaries = engine.partition(buckets, count);
                store.update("update assignment_run_year set bucket_count = ?, beneficiaries = ?, partitioned = true"
                        + " where run_id = ? and data_year = ?", count, beneficiaries, run, year);
            } catch (BadInputException bad) {
                store.problem(run, "Data year " + year + ": " + bad.getMessage());
                throw bad;
            }
        }
        return "COMPLETED";
    }
}
