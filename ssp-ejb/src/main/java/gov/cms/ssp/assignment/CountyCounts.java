package gov.cms.ssp.assignment;

import java.util.Map;

/**
 * Assigned beneficiaries by county of residence (state + county code, spec A.2) of the latest complete
 * run, for CMS's own program map. CMS staff see every count; a publication would suppress counts of 1 to
 * 10 (CMS's cell-size rule), which {@link #publishable} applies. {@code suppressed} is 0 here.
 */
public record CountyCounts(Long runId, Integer performanceYear, Map<String, Integer> byCounty, int suppressed, long total) {
    public static final int SMALLEST_SHOWN = 11;

    public CountyCounts {
        byCounty = Map.copyOf(byCounty);
    }

    /** The counts as they could be published: counties with 1 to 10 beneficiaries left out and counted. */
    public CountyCounts publishable() {
        Map<String, Integer> shown = new java.util.HashMap<>();
        int hidden = 0;
        for (Map.Entry<String, Integer> e : byCounty.entrySet()) {
            if (e.getValue() >= SMALLEST_SHOWN) {
                shown.put(e.getKey(), e.getValue());
            } else {
                hidden++;
            }
        }
        return new CountyCounts(runId, performanceYear, shown, suppressed + hidden, total);
    }
}
