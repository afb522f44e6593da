package gov.cms.ssp.quality;

/** What became of one measure in the scoring, in words for people. */
public enum MeasureStatus {
    SCORED("Scored against the benchmark", true),
    NO_BENCHMARK("Complete, but CMS published no benchmark", true),
    INCOMPLETE("Below the data completeness requirement: 0 points", true),
    NOT_REPORTED("Not reported: 0 points", true),
    BELOW_CASE_MINIMUM("Fewer cases than the case minimum: not scored", false),
    NOT_CALCULATED("Not calculated for the ACO: not scored", false),
    BENCHMARK_NOT_LOADED("CMS's benchmark is not loaded: the score cannot be determined", true);

    private final String label;
    private final boolean counted;

    MeasureStatus(String label, boolean counted) {
        this.label = label;
        this.counted = counted;
    }

    public String label() {
        return label;
    }

    /** The measure counts in the denominator of the quality score (10 possible points). */
    public boolean counted() {
        return counted;
    }
}
