package gov.cms.ssp.reconciliation.puf;

import gov.cms.ssp.agreement.Track;
import gov.cms.ssp.reconciliation.PerformancePeriod;

import java.time.LocalDate;

/**
 * One ACO's row of a per-ACO results PUF: the inputs of its reconciliation, and apart, in
 * {@link #published()}, the results CMS published, which are only ever compared with, never used as
 * inputs. Optional columns a year lacks are {@link PufNumber.Presence#EMPTY} (numbers) or null
 * (flags, text).
 *
 * @param row                     1-based data row
 * @param line                    line of the file the row ends on
 * @param acoId                   ACO_ID, ACO_Num or "ACO Identifier"
 * @param track                   the current track or level
 * @param agreementPeriodNumber   Agreement_Period_Num, null when not published
 * @param agreementStart          Current_Start_Date (Start_Date, "Start Date")
 * @param period                  the whole year, or PY2019's January–June or July–December performance year
 * @param qualityScore            QualScore, empty when pay for reporting
 * @param payForReporting         QualScore is {@code P4R}, or empty in a year that scored quality (first PY)
 * @param metQualityStandard      Met_QPS, null when not published
 * @param metAlternativeStandard  Met_AltQPS, null when not published or not applicable
 * @param revenueBasedLossLimit   RevLossLimit (Track 1+), null when not published
 * @param lowRevenue              Rev_Exp_Cat is "Low Revenue", null when not published
 * @param reducedSharing          ReducedSS (2024), null when not published; the engine decides reduced sharing itself
 * @param guardrail               Guardrail (2024), null when not published
 * @param midYearTermination      Impact_Mid_Year_Termination (2023) or Prorate_Shared_Losses (2022), null when not published
 * @param advancePaymentRecoupment Adv_Pay_Recoup, empty when not published
 * @param published               CMS's results, for comparison only
 */
public record PufRow(
        long row,
        long line,
        String acoId,
        Track track,
        Integer agreementPeriodNumber,
        LocalDate agreementStart,
        PerformancePeriod period,
        PufNumber assignedBeneficiaries,
        PufNumber totalBenchmark,
        PufNumber totalExpenditures,
        PufNumber minimumSavingsRate,
        PufNumber disasterAdjustment,
        PufNumber qualityScore,
        boolean payForReporting,
        Boolean metQualityStandard,
        Boolean metAlternativeStandard,
        Boolean revenueBasedLossLimit,
        Boolean lowRevenue,
        Boolean reducedSharing,
        Boolean guardrail,
        Boolean midYearTermination,
        PufNumber advancePaymentRecoupment,
        Published published) {

    /**
     * What CMS published for the row (empty cells when the file does not publish it, e.g. a new
     * year's file or one whose outcome columns were emptied).
     */
    public record Published(PufNumber generatedSavingsLosses, PufNumber earnedSavingsLosses,
                            PufNumber finalShareRate, PufNumber finalLossRate) {

        /** Whether CMS published any result for the row. */
        public boolean any() {
            return generatedSavingsLosses.isPresent() || earnedSavingsLosses.isPresent()
                    || finalShareRate.isPresent() || finalLossRate.isPresent();
        }
    }
}
