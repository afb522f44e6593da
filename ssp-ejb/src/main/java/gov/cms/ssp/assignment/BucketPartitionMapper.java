package gov.cms.ssp.assignment;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Step 2's partitions: one per bucket of every year of the run that has no committed result yet (the
 * database, not the job repository, says what is done), run on as many threads as there are cores.
 */
@Named
@Dependent
public class BucketPartitionMapper implements PartitionMapper {
    static final String YEAR = "year";
    static final String BUCKET = "bucket";
    static final String BUCKETS = "buckets";

    @Inject
    @BatchProperty(name = AssignmentRunService.RUN_ID)
    private String runId;
    @Inject
    private RunStore store;

    @Override
    public PartitionPlan mapPartitions() {
        long run = Long.parseLong(runId);
        List<Properties> partitions = new ArrayList<>();
        for (int[] year : store.query("select data_year, bucket_count from assignment_run_year where run_id = ?"
                + " order by data_year desc", rs -> new int[] {rs.getInt(1), rs.getInt(2)}, run)) {
            List<Integer> done = store.query("select bucket from assignment_bucket where run_id = ? and data_year = ?",
                    rs -> rs.getInt(1), run, year[0]);
            for (int bucket = 0; bucket < year[1]; bucket++) {
                if (!done.contains(bucket)) {
                    partitions.add(partition(year[0], bucket, year[1]));
                }
            }
        }
        if (partitions.isEmpty()) {
            partitions.add(partition(0, -1, 0)); // nothing left: one partition that reads nothing
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(partitions.size());
        plan.setThreads(Math.max(1, Math.min(partitions.size(), Runtime.getRuntime().availableProcessors())));
        plan.setPartitionProperties(partitions.toArray(new Properties[0]));
        return plan;
    }

    private static Properties partition(int year, int bucket, int buckets) {
        Properties p = new Properties();
        p.setProperty(YEAR, Integer.toString(year));
        p.setProperty(BUCKET, Integer.toString(bucket));
        p.setProperty(BUCKETS, Integer.toString(buckets));
        return p;
    }
}
