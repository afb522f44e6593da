package gov.cms.ssp.quality;

import java.util.Objects;

/**
 * A measure of the PY's APP measure set for one collection type (reference data, {@code measures.csv}).
 *
 * @param key                measure and collection type
 * @param title              the measure's name
 * @param group              which score it feeds: a measure of its own, or one summary survey measure of
 *                           the CAHPS for MIPS survey (averaged into one measure, {@link #CAHPS_GROUP})
 * @param outcome            an outcome measure (001, 236, 479, 484: the eCQM incentive and the alternative
 *                           standard look at them)
 * @param inverse            lower rates are better
 * @param caseMinimum        fewest cases (patients, survey responses, hospitalizations) for the measure to be scored
 * @param benchmarkPublished CMS published a benchmark for it (if none is loaded, the score is not
 *                           determined rather than guessed)
 */
public record MeasureDefinition(MeasureKey key, String title, String group, boolean outcome, boolean inverse,
                                int caseMinimum, boolean benchmarkPublished) {

    /** The measure ID of the CAHPS for MIPS survey (Quality ID 321) whose summary survey measures are averaged. */
    public static final String CAHPS_GROUP = "321";

    public MeasureDefinition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        group = group == null || group.isBlank() ? key.measureId() : group.strip();
        if (caseMinimum < 0) {
            throw new IllegalArgumentException("case minimum must not be negative: " + key);
        }
    }

    /**
     * The measure as people read it: "Quality ID 001 (eCQM)", or the survey measure's name
     * ("CAHPS for MIPS summary survey measure: Care Coordination").
     */
    public String label() {
        if (key.collectionType() == CollectionType.CAHPS) {
            return title;
        }
        return "Quality ID " + key.measureId() + " (" + key.collectionType().label() + ")";
    }

    /** A summary survey measure of the CAHPS for MIPS survey. */
    public boolean isSurveyMeasure() {
        return CAHPS_GROUP.equals(group) && !CAHPS_GROUP.equals(key.measureId());
    }
}
