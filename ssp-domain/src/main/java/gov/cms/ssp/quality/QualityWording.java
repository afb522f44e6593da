package gov.cms.ssp.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;

/**
 * How a quality scoring step reads to people, like the reconciliation's ExplanationWording: each rule's
 * name in plain English, points with two decimals, scores as "73.10 out of 100", rates as percentages.
 */
public final class QualityWording {
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("caseMinimum", "Case minimum"),
            Map.entry("dataCompleteness", "Data completeness"),
            Map.entry("achievementPoints", "Achievement points"),
            Map.entry("toppedOutCap", "Topped-out measure cap"),
            Map.entry("surveyAverage", "Average of the summary survey measures"),
            Map.entry("noBenchmark", "Measure without a benchmark"),
            Map.entry("notReported", "Measure not reported"),
            Map.entry("reportingRoute", "Collection type scored"),
            Map.entry("categoryScore", "Quality performance category score"),
            Map.entry("healthEquityAdjustment", "Health equity adjustment"),
            Map.entry("improvementScore", "Quality improvement score"),
            Map.entry("payForReporting", "First-year pay for reporting"),
            Map.entry("eucFloor", "Extreme and uncontrollable circumstances: minimum score"),
            Map.entry("percentileStandard", "Quality performance standard (percentile)"),
            Map.entry("reportingIncentive", "eCQM/MIPS CQM reporting incentive"),
            Map.entry("alternativeStandard", "Alternative quality performance standard (sliding scale)"),
            Map.entry("qualityOutcome", "Quality outcome for the reconciliation"),
            Map.entry("mipsQuality", "MIPS quality performance category"),
            Map.entry("promotingInteroperability", "MIPS Promoting Interoperability performance category"),
            Map.entry("improvementActivities", "MIPS improvement activities performance category"),
            Map.entry("costNotAssessed", "MIPS cost performance category"),
            Map.entry("mipsFinalScore", "MIPS final score of the APM Entity"));

    private QualityWording() {
    }

    public static String label(String rule) {
        String known = LABELS.get(rule);
        if (known != null) {
            return known;
        }
        String words = rule.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.US);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** "7.52 points" */
    public static String points(BigDecimal points) {
        return points.setScale(2, RoundingMode.HALF_UP).toPlainString() + " points";
    }

    /** "73.10 out of 100" */
    public static String score(BigDecimal score) {
        return score.setScale(2, RoundingMode.HALF_UP).toPlainString() + " out of 100";
    }

    /** "35.76%" (rates as CMS publishes them, up to 4 decimals) */
    public static String rate(BigDecimal rate) {
        BigDecimal r = rate.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        return (r.scale() < 0 ? r.setScale(0) : r).toPlainString() + "%";
    }

    /** "70%" for a share 0.70 */
    public static String share(BigDecimal share) {
        BigDecimal r = share.movePointRight(2).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return (r.scale() < 0 ? r.setScale(0) : r).toPlainString() + "%";
    }
}
