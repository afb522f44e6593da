package gov.cms.ssp.assignment;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** A partition reads one item, its bucket, unless the bucket's results are already committed. */
@Named
@Dependent
public class BucketItemReader extends AbstractItemReader {
    @Inject
    @BatchProperty(name = AssignmentRunService.RUN_ID)
    private String runId;
    @Inject
    @BatchProperty(name = BucketPartitionMapper.YEAR)
    private String year;
    @Inject
    @BatchProperty(name = BucketPartitionMapper.BUCKET)
    private String bucket;
    @Inject
    @BatchProperty(name = BucketPartitionMapper.BUCKETS)
    private String buckets;
    @Inject
    private RunStore store;

    private BucketKey pending;

    @Override
    public void open(Serializable checkpoint) {
        long run = Long.parseLong(runId);
        int b = Integer.parseInt(bucket);
        int y = Integer.parseInt(year);
        if (b < 0 || !store.query("select 1 from assignment_bucket where run_id = ? and data_year = ? and bucket = ?",
                rs -> 1, run, y, b).isEmpty()) {
            return;
        }
        pending = new BucketKey(run, store.performanceYear(run), y, b, Integer.parseInt(buckets));
    }

    @Override
    public Object readItem() {
        BucketKey item = pending;
        pending = null;
        return item;
    }
}
