package gov.cms.ssp.reconciliation;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The outcome of reconciling one ACO for one PY. Rates are fractions at full precision; money is in
 * whole dollars (see {@link RoundingPolicy}).
 *
 * @param input                          what was reconciled
 * @param savingsRate                    (benchmark − expenditures) / benchmark, PUF Sav_rate
 * @param minimumSavingsRate             the MSR applied, PUF MinSavPerc
 * @param minimumLossRate                the MLR applied, null for one-sided tracks
 * @param outcome                        where the savings rate fell
 * @param generatedSavingsOrLosses       generated savings (+) or shared-eligible losses (−), PUF GenSaveLoss
 * @param finalSharingRate               the sharing rate applied to savings, PUF FinalShareRate
 * @param finalLossRate                  the loss rate applied to losses, null for one-sided tracks, PUF FinalLossRate
 * @param earnedSavings                  shared savings paid, after sequestration and the payment limit (≥ 0)
 * @param sharedLosses                   losses owed after the loss limit and the EUC reduction (≥ 0)
 * @param eucReduction                   the EUC reduction of shared losses (≥ 0), PUF −DisAdj
 * @param performancePaymentLimitApplied the performance payment limit cut the earned savings
 * @param lossSharingLimitApplied        the loss sharing limit cut the shared losses
 * @param unresolved                     figures the result depends on but the input lacked; empty when fully determined
 * @param explanation                    the ordered steps with their figures
 */
public record ReconciliationResult(
        ReconciliationInput input,
        BigDecimal savingsRate,
        BigDecimal minimumSavingsRate,
        BigDecimal minimumLossRate,
        PerformanceOutcome outcome,
        BigDecimal generatedSavingsOrLosses,
        BigDecimal finalSharingRate,
        BigDecimal finalLossRate,
        BigDecimal earnedSavings,
        BigDecimal sharedLosses,
        BigDecimal eucReduction,
        boolean performancePaymentLimitApplied,
        boolean lossSharingLimitApplied,
        List<String> unresolved,
        List<ExplanationStep> explanation) {

    public ReconciliationResult {
        unresolved = List.copyOf(unresolved);
        explanation = List.copyOf(explanation);
    }

    /** Earned savings minus shared losses: what CMS pays (+) or the ACO owes (−), PUF EarnSaveLoss. */
    public BigDecimal netAmount() {
        return earnedSavings.subtract(sharedLosses);
    }

    /**
     * What changes hands once CMS has recouped advance payments from the earned savings
     * (PUF Adv_Pay_Recoup; EarnSaveLoss is before the recoupment).
     */
    public BigDecimal settlement() {
        return netAmount().subtract(input.advancePaymentRecoupment().min(earnedSavings));
    }

    /** False when the result depends on a figure the input did not have (see {@link #unresolved()}). */
    public boolean isDetermined() {
        return unresolved.isEmpty();
    }

    /** The explanation as text, one step a line. */
    public String explain() {
        return explanation.stream().map(ExplanationStep::toString).collect(Collectors.joining("\n"));
    }
}
