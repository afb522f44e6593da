package gov.cms.ssp.reconciliation;

/**
 * What the loss sharing limit of a two-sided ACO is measured against. BASIC C–E always use
 * participant revenue capped by a share of the benchmark; Track 1+ used revenue or the benchmark
 * depending on its participants (PUF column RevLossLimit); Track 2, 3 and ENHANCED use the benchmark.
 */
public enum LossLimitBasis {
    /** a share of ACO participants' Medicare Parts A and B FFS revenue, capped by a share of the benchmark */
    REVENUE,
    /** a share of the updated benchmark */
    BENCHMARK
}
