package gov.cms.ssp.reconciliation;

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
        EucAdjustment euc) {

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
            throw new IllegalArgumentException("agreement starting " + agreementStart + " after PY " + performanceYear);
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
                .lowRevenue(lowRevenue).euc(euc);
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

        public ReconciliationInput build() {
            return new ReconciliationInput(performanceYear, track, agreementStart, agreementPeriodNumber,
                    assignedBeneficiaries, totalBenchmark, totalExpenditures, minimumSavingsRateChoice,
                    cmsSetMinimumSavingsRate, quality, participantRevenue, lossLimitBasis, lowRevenue, euc);
        }
    }
}
