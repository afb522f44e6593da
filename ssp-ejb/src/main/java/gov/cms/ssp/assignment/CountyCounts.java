package gov.cms.ssp.assignment;

import java.util.Map;

/**
 * Assigned beneficiaries by county of residence (state + county code, spec A.2) of the latest complete
 * run, for the program map. Counts of 1 to 10 are suppressed (CMS's cell-size rule for published data);
 * {@code suppressed} says in how many counties.
 */
public record CountyCounts(Long runId, Integer performanceYear, Map<String, Integer> byCounty, int suppressed, long total) {
    public static final int SMALLEST_SHOWN = 11;

    public CountyCounts {
        byCounty = Map.copyOf(byCounty);
    }
}
