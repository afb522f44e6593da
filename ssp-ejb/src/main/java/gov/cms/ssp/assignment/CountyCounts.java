package gov.cms.ssp.assignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Assigned beneficiaries by county of residence for the program map (the latest complete run), as it
 * may be shown or exported: SSA state + county codes (spec A.2) turned into FIPS counties by the
 * {@link CountyCrosswalk}, and CMS's small-cell rule applied — a county (or an unknown code) with 1 to
 * 10 beneficiaries is listed as {@value #SUPPRESSED}, never with its number. {@code byCounty} holds the
 * FIPS counties of 11 or more; {@code suppressedCounties} those of 1 to 10; {@code unknownCodes} every
 * residence code the crosswalk does not know (or none on file), with its count or suppressed — counted
 * and named, never silently dropped. {@code total} is the run's national head count.
 */
public record CountyCounts(Long runId, Integer performanceYear, Map<String, Integer> byCounty, List<String> suppressedCounties,
                           List<CodeCount> unknownCodes, long total) {
    /** the smallest count shown as a number (CMS suppresses 1–10) */
    public static final int SMALLEST_SHOWN = 11;
    public static final String SUPPRESSED = "1–10";
    /** the code an unknown row carries when the beneficiary has no residence code on file */
    public static final String NONE_ON_FILE = "none on file";

    /** A residence code the crosswalk does not know, with its beneficiaries ({@code null}: 1 to 10, suppressed). */
    public record CodeCount(String code, Integer beneficiaries) {
        public String beneficiariesLabel() {
            return beneficiaries == null ? SUPPRESSED : String.format("%,d", beneficiaries);
        }
    }

    public CountyCounts {
        byCounty = Map.copyOf(byCounty);
        suppressedCounties = List.copyOf(suppressedCounties);
        unknownCodes = List.copyOf(unknownCodes);
    }

    /** No run is complete yet. */
    static CountyCounts none() {
        return new CountyCounts(null, null, Map.of(), List.of(), List.of(), 0);
    }

    /**
     * The publishable counts from the run's counts by SSA code ({@code null} key: no code on file). Codes
     * that share a FIPS county are added before the small-cell rule is applied.
     */
    static CountyCounts of(long runId, int performanceYear, Map<String, Integer> bySsaCode, CountyCrosswalk crosswalk) {
        Map<String, Integer> byFips = new TreeMap<>();
        Map<String, Integer> unknown = new TreeMap<>();
        long total = 0;
        for (Map.Entry<String, Integer> e : bySsaCode.entrySet()) {
            total += e.getValue();
            String fips = crosswalk.fips(e.getKey());
            if (fips != null) {
                byFips.merge(fips, e.getValue(), Integer::sum);
            } else {
                unknown.merge(e.getKey() == null ? NONE_ON_FILE : e.getKey(), e.getValue(), Integer::sum);
            }
        }
        Map<String, Integer> shown = new TreeMap<>();
        List<String> suppressed = new ArrayList<>();
        byFips.forEach((fips, n) -> {
            if (n >= SMALLEST_SHOWN) {
                shown.put(fips, n);
            } else if (n > 0) {
                suppressed.add(fips);
            }
        });
        List<CodeCount> codes = new ArrayList<>();
        unknown.forEach((code, n) -> codes.add(new CodeCount(code, n >= SMALLEST_SHOWN ? n : null)));
        return new CountyCounts(runId, performanceYear, shown, suppressed, codes, total);
    }
}
