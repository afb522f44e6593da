package gov.cms.ssp.reconciliation.puf;

import gov.cms.ssp.reconciliation.ReconciliationResult;

import java.math.BigDecimal;

/**
 * The check of one PUF row: what the engine computed (in the PUF's own reporting conventions),
 * the verdict and, unless reproduced, why.
 *
 * @param row                    the published row
 * @param status                 reproduced, differs or not checkable
 * @param reason                 empty when reproduced; the differences, or why the row cannot be checked
 * @param result                 the engine's result, null when the row could not be reconciled at all
 * @param minimumSavingsRate     computed MinSavPerc
 * @param generatedSavingsLosses computed GenSaveLoss
 * @param finalShareRate         computed FinalShareRate
 * @param finalLossRate          computed FinalLossRate (null for one-sided)
 * @param earnedSavingsLosses    computed EarnSaveLoss
 * @param earnedTolerance        the tolerance EarnSaveLoss was compared with (dollars)
 */
public record RowVerdict(
        PufRow row,
        CheckStatus status,
        String reason,
        ReconciliationResult result,
        BigDecimal minimumSavingsRate,
        BigDecimal generatedSavingsLosses,
        BigDecimal finalShareRate,
        BigDecimal finalLossRate,
        BigDecimal earnedSavingsLosses,
        BigDecimal earnedTolerance) {

    static RowVerdict notCheckable(PufRow row, String reason) {
        return new RowVerdict(row, CheckStatus.NOT_CHECKABLE, reason, null, null, null, null, null, null, null);
    }
}
