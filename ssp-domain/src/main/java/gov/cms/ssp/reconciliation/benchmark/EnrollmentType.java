package gov.cms.ssp.reconciliation.benchmark;

/** The four Medicare enrollment types benchmarks are computed by (rules section 4, step 1). */
public enum EnrollmentType {
    ESRD, DISABLED, AGED_DUAL, AGED_NON_DUAL
}
