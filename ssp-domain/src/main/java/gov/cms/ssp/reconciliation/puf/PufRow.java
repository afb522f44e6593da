package gov.cms.ssp.reconciliation.puf;

import gov.cms.ssp.agreement.Track;

import java.time.LocalDate;

/**
 * One ACO's row of a per-ACO results PUF: the inputs of its reconciliation and the results CMS
 * published. Optional columns a year lacks are {@link PufNumber.Presence#EMPTY} (numbers) or null
 * (flags, text).
 *
 * @param row                   1-based data row
 * @param line                  line of the file the row ends on
 * @param acoId                 ACO_ID or ACO_Num
 * @param track                 the current track or level
 * @param agreementPeriodNumber Agreement_Period_Num, null when not published
 * @param agreementStart        Current_Start_Date
 * @param metQualityStandard    Met_QPS, null when not published
 * @param metAlternativeStandard Met_AltQPS, null when not published or not applicable
 * @param revenueBasedLossLimit RevLossLimit (Track 1+), null when not published
 * @param lowRevenue            Rev_Exp_Cat is "Low Revenue", null when not published
 * @param reducedSharing        ReducedSS (2024), null when not published
 * @param guardrail             Guardrail (2024), null when not published
 */
public record PufRow(
        long row,
        long line,
        String acoId,
        Track track,
        Integer agreementPeriodNumber,
        LocalDate agreementStart,
        PufNumber assignedBeneficiaries,
        PufNumber totalBenchmark,
        PufNumber totalExpenditures,
        PufNumber savingsRate,
        PufNumber minimumSavingsRate,
        PufNumber generatedSavingsLosses,
        PufNumber earnedSavingsLosses,
        PufNumber disasterAdjustment,
        PufNumber qualityScore,
        PufNumber finalShareRate,
        PufNumber finalLossRate,
        Boolean metQualityStandard,
        Boolean metAlternativeStandard,
        Boolean revenueBasedLossLimit,
        Boolean lowRevenue,
        Boolean reducedSharing,
        Boolean guardrail) {
}
