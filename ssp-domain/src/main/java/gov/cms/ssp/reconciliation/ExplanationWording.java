package gov.cms.ssp.reconciliation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How a reconciliation step reads to people: each rule's name in plain English ("Minimum savings
 * rate (MSR)"), and its result as a percentage (rates) or in dollars (amounts) — on the page, in the
 * CSV and in the PDF alike. The engine keeps the rule names that match its methods.
 */
public final class ExplanationWording {
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("figureEnteredDuringRun", "Figure entered during the run"),
            Map.entry("savingsRate", "Savings rate"),
            Map.entry("minimumSavingsRate", "Minimum savings rate (MSR)"),
            Map.entry("minimumLossRate", "Minimum loss rate (MLR)"),
            Map.entry("generatedSavingsOrLosses", "Generated savings or losses"),
            Map.entry("finalSharingRate", "Final sharing rate"),
            Map.entry("sharedLossRate", "Shared loss rate"),
            Map.entry("reducedSharingRate", "Reduced sharing rate"),
            Map.entry("sharedSavings", "Shared savings before sequestration"),
            Map.entry("sequestration", "Shared savings after sequestration"),
            Map.entry("performancePaymentLimit", "Performance payment limit"),
            Map.entry("earnedSavings", "Earned shared savings"),
            Map.entry("lossesAtLossRate", "Losses at the shared loss rate"),
            Map.entry("lossSharingLimit", "Loss sharing limit"),
            Map.entry("eucReduction", "Reduction for extreme and uncontrollable circumstances"),
            Map.entry("sharedLosses", "Shared losses owed"),
            Map.entry("advancePaymentRecoupment", "Recoupment of advance payments"),
            Map.entry("sixMonthProration", "Six-month performance year proration"),
            Map.entry("midYearTerminationProration", "Mid-year termination proration"),
            Map.entry("trendedToBenchmarkYear3", "Benchmark year trended to benchmark year 3"),
            Map.entry("weightedBenchmarkYears", "Benchmark years weighted"),
            Map.entry("atEnrollmentMix", "Benchmark at the enrollment mix"));
    private static final Set<String> RATES = Set.of("savingsRate", "minimumSavingsRate", "minimumLossRate",
            "finalSharingRate", "sharedLossRate", "reducedSharingRate");

    private ExplanationWording() {
    }

    /** The step's name in words; a rule without wording yet is spelled out from its name. */
    public static String label(String rule) {
        String known = LABELS.get(rule);
        if (known != null) {
            return known;
        }
        String words = rule.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.US);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static boolean hasWords(String rule) {
        return LABELS.containsKey(rule);
    }

    public static boolean isRate(String rule) {
        return RATES.contains(rule);
    }

    /** "3.081%" for a rate (to three decimals of a percent), "$1,234,567" for an amount (whole dollars). */
    public static String result(String rule, BigDecimal value) {
        if (value == null) {
            return "";
        }
        if (isRate(rule)) {
            return value.movePointRight(2).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
        }
        NumberFormat dollars = NumberFormat.getCurrencyInstance(Locale.US);
        dollars.setMaximumFractionDigits(0);
        return dollars.format(value.setScale(0, RoundingMode.HALF_UP));
    }
}
