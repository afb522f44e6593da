package gov.cms.ssp.assignment;

import java.util.Map;

/**
 * Estimated assigned beneficiaries per participant TIN from the latest complete assignment run (as CMS
 * gives applicants at Phase 1): the beneficiaries whose primary care that TIN gave most of within its
 * ACO. {@code runId} null when no run is complete yet. The ACO's total is set against the program's
 * minimum of 5,000 assigned beneficiaries (42 CFR 425.110).
 */
public record TinEstimates(Long runId, Integer performanceYear, Map<String, Integer> byTin, int acoTotal) {
    public static final int MINIMUM = 5_000;

    public TinEstimates {
        byTin = Map.copyOf(byTin);
    }

    public boolean isAvailable() {
        return runId != null;
    }

    /** What a TIN the run saw no claim of shows instead of a number (never 0, never blank). */
    public static final String NO_ESTIMATE = "no estimate: no claims of this TIN in the last run";

    /** {@link #NO_ESTIMATE}, for pages. */
    public String noEstimate() {
        return NO_ESTIMATE;
    }

    /** The estimate of one TIN: null when the run has none for it. */
    public Integer of(String tin) {
        return tin == null ? null : byTin.get(tin);
    }

    /** The sum of the estimates of some TINs (an application's participants), those without one counting nothing. */
    public int sumOf(java.util.Collection<String> tins) {
        return tins.stream().distinct().map(this::of).filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).sum();
    }

    public boolean isMeetsMinimum() {
        return acoTotal >= MINIMUM;
    }
}
