package gov.cms.ssp.reconciliation;

import gov.cms.ssp.shared.DisplayFormat;
import gov.cms.ssp.agreement.Track;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Everything the engine needs to reconcile one ACO for one performance year. Build it with
 * {@link #builder()}; all amounts are US dollars, all rates fractions (0.02 = 2%).
 *
 * @param performanceYear          the PY reconciled
 * @param track                    track or BASIC level in the PY
 * @param agreementStart           start date of the current agreement period
 * @param agreementPeriodNumber    1 for a first agreement, 2 for the first renewal, ...
 * @param assignedBeneficiaries    assigned beneficiaries (person-years), PUF N_AB
 * @param totalBenchmark           updated benchmark × assigned beneficiaries, PUF ABtotBnchmk
 * @param totalExpenditures        PUF ABtotExp
 * @param minimumSavingsRateChoice the ACO's MSR/MLR choice (ignored for one-sided tracks: always variable)
 * @param cmsSetMinimumSavingsRate the MSR (and MLR) CMS set for an ACO below 5,000 beneficiaries, else null
 * @param quality                  the quality outcome
 * @param participantRevenue       ACO participants' total Parts A and B FFS revenue, null when not known
 * @param lossLimitBasis           what the loss limit is measured against (null = the track's default)
 * @param lowRevenue               a low-revenue ACO (revenue ≤ 35% of its assigned beneficiaries' expenditures)
 * @param euc                      the EUC reduction of shared losses
 * @param performancePeriod        the whole calendar year, or one of CY2019's six-month performance years (425.609)
 * @param guardrail                PY2024+: CMS applied the ACPT guardrail, i.e. the benchmark given is the one
 *                                 recomputed without the ACPT to lower a loss (PUF Guardrail)
 * @param midYearTermination       the agreement ended during the PY, so shared losses are prorated by the months
 *                                 before termination (PUF Impact_Mid_Year_Termination, Prorate_Shared_Losses)
 * @param monthsBeforeTermination  those months, null when not known
 * @param advancePaymentRecoupment advance (AIM / Advance Payment Model) or advance investment payments CMS
 *                                 recoups from the earned savings (PUF Adv_Pay_Recoup), zero when none
 */
public record ReconciliationInput(
        int performanceYear,
        Track track,
        LocalDate agreementStart,
        int agreementPeriodNumber,
        int assignedBeneficiaries,
        BigDecimal totalBenchmark,
        BigDecimal totalExpenditures,
        MinimumSavingsRateChoice minimumSavingsRateChoice,
        BigDecimal cmsSetMinimumSavingsRate,
        QualityOutcome quality,
        BigDecimal participantRevenue,
        LossLimitBasis lossLimitBasis,
        boolean lowRevenue,
        EucAdjustment euc,
        PerformancePeriod performancePeriod,
        boolean guardrail,
        boolean midYearTermination,
        Integer monthsBeforeTermination,
        BigDecimal advancePaymentRecoupment) {

    public ReconciliationInput {
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(agreementStart, "agreementStart");
        Objects.requireNonNull(totalBenchmark, "totalBenchmark");
        Objects.requireNonNull(totalExpenditures, "totalExpenditures");
        Objects.requireNonNull(quality, "quality");
        if (minimumSavingsRateChoice == null) {
            minimumSavingsRateChoice = MinimumSavingsRateChoice.variableRate();
        }
        if (euc == null) {
            euc = EucAdjustment.none();
        }
        if (performancePeriod == null) {
            performancePeriod = PerformancePeriod.FULL_YEAR;
        }
        if (advancePaymentRecoupment == null) {
            advancePaymentRecoupment = BigDecimal.ZERO;
        }
        if (advancePaymentRecoupment.signum() < 0) {
            throw new IllegalArgumentException("advance payment recoupment must not be negative: " + advancePaymentRecoupment);
        }
        if (monthsBeforeTermination != null && (monthsBeforeTermination < 0 || monthsBeforeTermination > 12)) {
            throw new IllegalArgumentException("months before termination must be 0–12: " + monthsBeforeTermination);
        }
        if (performancePeriod != PerformancePeriod.FULL_YEAR && performanceYear != 2019) {
            throw new IllegalArgumentException("six-month performance years exist only in 2019 (425.609), not in "
                    + performanceYear);
        }
        if (assignedBeneficiaries <= 0) {
            throw new IllegalArgumentException("assigned beneficiaries must be positive: " + assignedBeneficiaries);
        }
        if (totalBenchmark.signum() <= 0) {
            throw new IllegalArgumentException("total benchmark must be positive: " + totalBenchmark);
        }
        if (totalExpenditures.signum() < 0) {
            throw new IllegalArgumentException("total expenditures must not be negative: " + totalExpenditures);
        }
        if (agreementPeriodNumber < 1) {
            throw new IllegalArgumentException("agreement period number starts at 1: " + agreementPeriodNumber);
        }
        if (agreementStart.getYear() > performanceYear) {
            throw new IllegalArgumentException("agreement starting " + DisplayFormat.date(agreementStart) + " after PY " + performanceYear);
        }
        if (cmsSetMinimumSavingsRate != null && cmsSetMinimumSavingsRate.signum() < 0) {
            throw new IllegalArgumentException("CMS-set MSR must not be negative: " + cmsSetMinimumSavingsRate);
        }
        if (participantRevenue != null && participantRevenue.signum() < 0) {
            throw new IllegalArgumentException("participant revenue must not be negative: " + participantRevenue);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled with this input, e.g. to ask "what if" with one value changed. */
    public Builder toBuilder() {
        return new Builder()
                .performanceYear(performanceYear).track(track).agreementStart(agreementStart)
                .agreementPeriodNumber(agreementPeriodNumber).assignedBeneficiaries(assignedBeneficiaries)
                .totalBenchmark(totalBenchmark).totalExpenditures(totalExpenditures)
                .minimumSavingsRateChoice(minimumSavingsRateChoice).cmsSetMinimumSavingsRate(cmsSetMinimumSavingsRate)
                .quality(quality).participantRevenue(participantRevenue).lossLimitBasis(lossLimitBasis)
                .lowRevenue(lowRevenue).euc(euc).performancePeriod(performancePeriod).guardrail(guardrail)
                .midYearTermination(midYearTermination).monthsBeforeTermination(monthsBeforeTermination)
                .advancePaymentRecoupment(advancePaymentRecoupment);
    }

    public ReconciliationInput withTrack(Track newTrack) {
        return toBuilder().track(newTrack).build();
    }

    /** Benchmark minus expenditures: positive for savings, negative for losses (PUF BnchmkMinExp). */
    public BigDecimal benchmarkMinusExpenditures() {
        return totalBenchmark.subtract(totalExpenditures);
    }

    /** Builder of {@link ReconciliationInput}; defaults: agreement period 1, variable MSR, no EUC. */
    public static final class Builder {
        private int performanceYear;
        private Track track;
        private LocalDate agreementStart;
        private int agreementPeriodNumber = 1;
        private int assignedBeneficiaries;
        private BigDecimal totalBenchmark;
        private BigDecimal totalExpenditures;
        private MinimumSavingsRateChoice minimumSavingsRateChoice = MinimumSavingsRateChoice.variableRate();
        private BigDecimal cmsSetMinimumSavingsRate;
        private QualityOutcome quality;
        private BigDecimal participantRevenue;
        private LossLimitBasis lossLimitBasis;
        private boolean lowRevenue;
        private EucAdjustment euc = EucAdjustment.none();
        private PerformancePeriod performancePeriod = PerformancePeriod.FULL_YEAR;
        private boolean guardrail;
        private boolean midYearTermination;
        private Integer monthsBeforeTermination;
        private BigDecimal advancePaymentRecoupment = BigDecimal.ZERO;

        private Builder() {
        }

        public Builder performanceYear(int value) {
            this.performanceYear = value;
            return this;
        }

        public Builder track(Track value) {
            this.track = value;
            return this;
        }

        public Builder agreementStart(LocalDate value) {
            this.agreementStart = value;
            return this;
        }

        public Builder agreementPeriodNumber(int value) {
            this.agreementPeriodNumber = value;
            return this;
        }

        public Builder assignedBeneficiaries(int value) {
            this.assignedBeneficiaries = value;
            return this;
        }

        public Builder totalBenchmark(BigDecimal value) {
            this.totalBenchmark = value;
            return this;
        }

        public Builder totalBenchmark(String value) {
            return totalBenchmark(new BigDecimal(value));
        }

        public Builder totalExpenditures(BigDecimal value) {
            this.totalExpenditures = value;
            return this;
        }

        public Builder totalExpenditures(String value) {
            return totalExpenditures(new BigDecimal(value));
        }

        public Builder minimumSavingsRateChoice(MinimumSavingsRateChoice value) {
            this.minimumSavingsRateChoice = value;
            return this;
        }

        public Builder cmsSetMinimumSavingsRate(BigDecimal value) {
            this.cmsSetMinimumSavingsRate = value;
            return this;
        }

        public Builder quality(QualityOutcome value) {
            this.quality = value;
            return this;
        }

        public Builder participantRevenue(BigDecimal value) {
            this.participantRevenue = value;
            return this;
        }

        public Builder lossLimitBasis(LossLimitBasis value) {
            this.lossLimitBasis = value;
            return this;
        }

        public Builder lowRevenue(boolean value) {
            this.lowRevenue = value;
            return this;
        }

        public Builder euc(EucAdjustment value) {
            this.euc = value;
            return this;
        }

        public Builder performancePeriod(PerformancePeriod value) {
            this.performancePeriod = value;
            return this;
        }

        public Builder guardrail(boolean value) {
            this.guardrail = value;
            return this;
        }

        public Builder midYearTermination(boolean value) {
            this.midYearTermination = value;
            return this;
        }

        public Builder monthsBeforeTermination(Integer value) {
            this.monthsBeforeTermination = value;
            return this;
        }

        public Builder advancePaymentRecoupment(BigDecimal value) {
            this.advancePaymentRecoupment = value;
            return this;
        }

        public ReconciliationInput build() {
            return new ReconciliationInput(performanceYear, track, agreementStart, agreementPeriodNumber,
                    assignedBeneficiaries, totalBenchmark, totalExpenditures, minimumSavingsRateChoice,
                    cmsSetMinimumSavingsRate, quality, participantRevenue, lossLimitBasis, lowRevenue, euc,
                    performancePeriod, guardrail, midYearTermination, monthsBeforeTermination, advancePaymentRecoupment);
        }
    }
}
