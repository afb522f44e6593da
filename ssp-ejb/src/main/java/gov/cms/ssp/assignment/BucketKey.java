package gov.cms.ssp.assignment;

/** One partition's work: a bucket of a year of a run. */
record BucketKey(long runId, int performanceYear, int dataYear, int bucket, int bucketCount) {
}
