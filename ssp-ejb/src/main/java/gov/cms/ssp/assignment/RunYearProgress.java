package gov.cms.ssp.assignment;

/** One year of a run: partitioned into buckets, buckets assigned so far, summarized. */
public record RunYearProgress(int dataYear, boolean benchmarkYear, Long beneficiaries, Integer bucketCount,
                              boolean partitioned, int bucketsDone, long assigned, boolean summarized) {

    public int percentAssigned() {
        return bucketCount == null || bucketCount == 0 ? 0 : (int) (100L * bucketsDone / bucketCount);
    }
}
