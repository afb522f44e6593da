package gov.cms.ssp.assignment;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Assigns one bucket's beneficiaries with the domain engine (spec E, F.1–F.4). For the restart test, the
 * system property {@value #FAIL_ONCE} = {@code YEAR/BUCKET} makes that bucket fail the first time it is
 * computed in this JVM, as a crash in the middle of the step would.
 */
@Named
@Dependent
public class BucketItemProcessor implements ItemProcessor {
    static final String FAIL_ONCE = "ssp.test.assignment.failOnce";
    private static final AtomicBoolean FAILED_ONCE = new AtomicBoolean();

    @Inject
    private RunProblems problems;
    @Inject
    private RunStore store;

    @Override
    public Object processItem(Object item) throws Exception {
        BucketKey key = (BucketKey) item;
        try {
            return assign(key);
        } catch (BadInputException bad) {
            problems.record(key.runId(), "Data year " + key.dataYear() + ": " + bad.getMessage());
            throw bad;
        } catch (RuntimeException | java.io.IOException e) {
            problems.record(key.runId(), "Partition " + key.bucket() + " of " + key.dataYear() + " failed: " + e.getMessage()
                    + ". Resume to compute what is missing.");
            throw e;
        }
    }

    private BucketResult assign(BucketKey key) throws Exception {
        String failOnce = System.getProperty(FAIL_ONCE);
        if (failOnce != null && failOnce.equals(key.dataYear() + "/" + key.bucket()) && FAILED_ONCE.compareAndSet(false, true)) {
            throw new IllegalStateException("simulated failure of partition " + failOnce);
        }
        PartitionedYear engine = PartitionedYear.ofQuarter(key.performanceYear(), key.dataYear(), store.quarter(key.runId()),
                AssignmentFiles.runInput(key.runId(), key.dataYear()));
        PartitionedYear.BucketOutcome outcome = engine.assignBucket(AssignmentFiles.runBuckets(key.runId(), key.dataYear()),
                key.bucketCount(), key.bucket());
        return new BucketResult(key, outcome);
    }

    /** What the writer stores. */
    record BucketResult(BucketKey key, PartitionedYear.BucketOutcome outcome) {
    }
}
