package gov.cms.ssp.reconciliation;

import gov.cms.ssp.agreement.Track;
import java.math.BigDecimal;
import java.util.List;

/**
 * One reconciliation as the screens, the API and the reports show it: the inputs that matter, each
 * threshold and rate, the money (whole dollars) and the explanation step by step.
 */
public record ReconciledFigures(
        int performanceYear,
        Track track,
        String trackLabel,
        PerformanceOutcome outcome,
        String outcomeLabel,
        int assignedBeneficiaries,
        BigDecimal totalBenchmark,
        BigDecimal totalExpenditures,
        BigDecimal savingsRate,
        BigDecimal minimumSavingsRate,
        BigDecimal minimumLossRate,
        BigDecimal generatedSavingsOrLosses,
        BigDecimal finalSharingRate,
        BigDecimal finalLossRate,
        BigDecimal earnedSavings,
        BigDecimal sharedLosses,
        BigDecimal eucReduction,
        BigDecimal netAmount,
        boolean performancePaymentLimitApplied,
        boolean lossSharingLimitApplied,
        List<String> unresolved,
        List<ExplanationStep> explanation) {

    public static ReconciledFigures of(ReconciliationResult r) {
        ReconciliationInput in = r.input();
        return new ReconciledFigures(in.performanceYear(), in.track(), in.track().label(), r.outcome(),
                outcomeLabel(r.outcome()), in.assignedBeneficiaries(), in.totalBenchmark(), in.totalExpenditures(),
                r.savingsRate(), r.minimumSavingsRate(), r.minimumLossRate(), r.generatedSavingsOrLosses(),
                r.finalSharingRate(), r.finalLossRate(), r.earnedSavings(), r.sharedLosses(), r.eucReduction(),
                r.netAmount(), r.performancePaymentLimitApplied(), r.lossSharingLimitApplied(), r.unresolved(),
                r.explanation());
    }

    public static String outcomeLabel(PerformanceOutcome outcome) {
        return switch (outcome) {
            case SAVINGS_GENERATED -> "Shared savings";
            case REDUCED_SAVINGS_GENERATED -> "Reduced shared savings";
            case LOSSES_GENERATED -> "Shared losses";
            case LOSSES_NOT_SHARED -> "Losses, not shared (one-sided)";
            case WITHIN_CORRIDOR -> "Within the corridor";
        };
    }
}
