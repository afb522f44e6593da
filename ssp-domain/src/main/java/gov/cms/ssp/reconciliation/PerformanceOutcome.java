package gov.cms.ssp.reconciliation;

/** Where the ACO's savings rate fell relative to its thresholds (rules section 4, step 5). */
public enum PerformanceOutcome {
    /** savings rate ≥ MSR: savings are generated and shared from the first dollar */
    SAVINGS_GENERATED,
    /** low-revenue ACO (agreement from 2024) below its MSR but under its benchmark: savings shared at a reduced rate */
    REDUCED_SAVINGS_GENERATED,
    /** two-sided ACO whose losses reach its MLR: losses are shared */
    LOSSES_GENERATED,
    /** one-sided ACO whose losses exceed its MSR: reported, never shared */
    LOSSES_NOT_SHARED,
    /** between the thresholds: nothing generated */
    WITHIN_CORRIDOR
}
