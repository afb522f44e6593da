package gov.cms.ssp.quality;

import java.math.BigDecimal;

/**
 * One step of a quality scoring, in order: the rule applied (named after the rule it implements),
 * what it applied to, the figures it used and its result.
 *
 * @param rule    the rule's name
 * @param subject the measure or the part of the score it is about, null for the score as a whole
 * @param figures the figures the step used, in plain English
 * @param result  the result (points, a score out of 100), null when the step only decides
 * @param unit    what the result is
 */
public record ScoringStep(String rule, String subject, String figures, BigDecimal result, Unit unit) {

    public enum Unit { POINTS, SCORE, NONE }

    public String label() {
        return QualityWording.label(rule) + (subject == null ? "" : ": " + subject);
    }

    public String resultText() {
        if (result == null) {
            return "";
        }
        return unit == Unit.SCORE ? QualityWording.score(result) : QualityWording.points(result);
    }

    @Override
    public String toString() {
        return label() + " — " + figures + (result == null ? "" : " = " + resultText());
    }
}
