package gov.cms.ssp.reconciliation;

import gov.cms.ssp.agreement.Track;
import gov.cms.ssp.shared.AcoId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.hibernate.envers.Audited;

/**
 * An ACO's financial figures for one performance year — what its reconciliation is computed from,
 * imported from a PUF-layout file or entered by hand. One per ACO, PY and performance period (PY2019
 * had two six-month periods, 425.609: an ACO that renewed early has one of each); audited, so every change
 * of a figure that decides a payment records who made it and when.
 */
@Entity
@Table(name = "financial_input", uniqueConstraints = @UniqueConstraint(name = "financial_input_one_per_period",
        columnNames = {"aco_id", "performance_year", "performance_period"}))
@Audited
public class FinancialInput {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "financial_input_seq")
    @SequenceGenerator(name = "financial_input_seq", sequenceName = "financial_input_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "aco_id", nullable = false, length = 5)
    private AcoId acoId;

    @Column(name = "performance_year", nullable = false)
    private int performanceYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Track track;

    @Column(name = "agreement_start", nullable = false)
    private LocalDate agreementStart;

    @Column(name = "agreement_period", nullable = false)
    private int agreementPeriodNumber;

    @Column(name = "assigned_beneficiaries", nullable = false)
    private int assignedBeneficiaries;

    @Column(name = "total_benchmark", nullable = false, precision = 17, scale = 2)
    private BigDecimal totalBenchmark;

    @Column(name = "total_expenditures", nullable = false, precision = 17, scale = 2)
    private BigDecimal totalExpenditures;

    /** null: the variable MSR/MLR */
    @Column(name = "fixed_msr", precision = 6, scale = 4)
    private BigDecimal fixedMinimumSavingsRate;

    @Column(name = "cms_set_msr", precision = 12, scale = 10)
    private BigDecimal cmsSetMinimumSavingsRate;

    @Column(name = "met_quality_standard", nullable = false)
    private boolean metQualityStandard;

    @Column(name = "met_alternative_standard", nullable = false)
    private boolean metAlternativeStandard;

    @Column(name = "quality_score", precision = 12, scale = 10)
    private BigDecimal qualityScore;

    @Column(name = "participant_revenue", precision = 17, scale = 2)
    private BigDecimal participantRevenue;

    @Column(name = "low_revenue", nullable = false)
    private boolean lowRevenue;

    /** An EUC reduction of shared losses CMS already determined (PUF DisAdj), null for none. */
    @Column(name = "euc_reduction", precision = 17, scale = 2)
    private BigDecimal eucReduction;

    /** Track 1+: revenue- or benchmark-based loss sharing limit (PUF RevLossLimit); null: the track's own or not known */
    @Enumerated(EnumType.STRING)
    @Column(name = "loss_limit_basis", length = 20)
    private LossLimitBasis lossLimitBasis;

    @Enumerated(EnumType.STRING)
    @Column(name = "performance_period", nullable = false, length = 30)
    private PerformancePeriod performancePeriod = PerformancePeriod.FULL_YEAR;

    /** PY2024+: CMS applied the ACPT guardrail (PUF Guardrail) */
    @Column(nullable = false)
    private boolean guardrail;

    /** the agreement ended during the PY (PUF Impact_Mid_Year_Termination / Prorate_Shared_Losses) */
    @Column(name = "mid_year_termination", nullable = false)
    private boolean midYearTermination;

    @Column(name = "months_before_termination")
    private Integer monthsBeforeTermination;

    /** advance or advance investment payments recouped from earned savings (PUF Adv_Pay_Recoup), null for none */
    @Column(name = "advance_payment_recoupment", precision = 17, scale = 2)
    private BigDecimal advancePaymentRecoupment;

    /** Where the figures came from: the uploaded file's name, or "entered by hand". */
    @Column(nullable = false, length = 200)
    private String source;

    protected FinancialInput() {
    }

    public FinancialInput(AcoId acoId, ReconciliationInput figures, String source) {
        this.acoId = Objects.requireNonNull(acoId);
        replaceFigures(figures, source);
    }

    /**
     * Takes new figures for the same ACO and PY (a corrected file, a hand correction). Only the
     * engine's own input type is accepted, so the figures are already checked for consistency.
     */
    public void replaceFigures(ReconciliationInput figures, String source) {
        Objects.requireNonNull(figures);
        if (id != null && figures.performanceYear() != performanceYear) {
            throw new IllegalArgumentException("figures for PY " + figures.performanceYear() + " cannot replace PY " + performanceYear);
        }
        if (id != null && figures.performancePeriod() != performancePeriod) {
            throw new IllegalArgumentException("figures for " + figures.performancePeriod().label() + " cannot replace "
                    + performancePeriod.label());
        }
        if (figures.euc() instanceof EucAdjustment.AffectedShare) {
            throw new IllegalArgumentException("an EUC share is not stored; record the determined reduction");
        }
        this.performanceYear = figures.performanceYear();
        this.track = figures.track();
        this.agreementStart = figures.agreementStart();
        this.agreementPeriodNumber = figures.agreementPeriodNumber();
        this.assignedBeneficiaries = figures.assignedBeneficiaries();
        this.totalBenchmark = figures.totalBenchmark();
        this.totalExpenditures = figures.totalExpenditures();
        this.fixedMinimumSavingsRate = figures.minimumSavingsRateChoice().variable() ? null
                : figures.minimumSavingsRateChoice().fixedRate();
        this.cmsSetMinimumSavingsRate = figures.cmsSetMinimumSavingsRate();
        this.metQualityStandard = figures.quality().metQualityStandard();
        this.metAlternativeStandard = figures.quality().metAlternativeStandard();
        this.qualityScore = figures.quality().qualityScore();
        this.participantRevenue = figures.participantRevenue();
        this.lowRevenue = figures.lowRevenue();
        this.eucReduction = figures.euc() instanceof EucAdjustment.DeterminedReduction d ? d.amount() : null;
        this.lossLimitBasis = figures.lossLimitBasis();
        this.performancePeriod = figures.performancePeriod();
        this.guardrail = figures.guardrail();
        this.midYearTermination = figures.midYearTermination();
        this.monthsBeforeTermination = figures.monthsBeforeTermination();
        this.advancePaymentRecoupment = figures.advancePaymentRecoupment().signum() == 0 ? null : figures.advancePaymentRecoupment();
        this.source = Objects.requireNonNull(source);
    }

    /** The figures as the engine takes them. */
    public ReconciliationInput toReconciliationInput() {
        return ReconciliationInput.builder()
                .performanceYear(performanceYear).track(track)
                .agreementStart(agreementStart).agreementPeriodNumber(agreementPeriodNumber)
                .assignedBeneficiaries(assignedBeneficiaries)
                .totalBenchmark(totalBenchmark).totalExpenditures(totalExpenditures)
                .minimumSavingsRateChoice(fixedMinimumSavingsRate == null ? MinimumSavingsRateChoice.variableRate()
                        : MinimumSavingsRateChoice.fixed(fixedMinimumSavingsRate))
                .cmsSetMinimumSavingsRate(cmsSetMinimumSavingsRate)
                .quality(new QualityOutcome(metQualityStandard, metAlternativeStandard, qualityScore))
                .participantRevenue(participantRevenue)
                .lowRevenue(lowRevenue)
                .euc(eucReduction == null || eucReduction.signum() == 0 ? EucAdjustment.none()
                        : EucAdjustment.determinedReduction(eucReduction))
                .lossLimitBasis(lossLimitBasis)
                .performancePeriod(performancePeriod)
                .guardrail(guardrail)
                .midYearTermination(midYearTermination)
                .monthsBeforeTermination(monthsBeforeTermination)
                .advancePaymentRecoupment(advancePaymentRecoupment)
                .build();
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public AcoId getAcoId() { return acoId; }
    public int getPerformanceYear() { return performanceYear; }
    public Track getTrack() { return track; }
    public PerformancePeriod getPerformancePeriod() { return performancePeriod; }
    public int getAssignedBeneficiaries() { return assignedBeneficiaries; }
    public BigDecimal getTotalBenchmark() { return totalBenchmark; }
    public BigDecimal getTotalExpenditures() { return totalExpenditures; }
    public BigDecimal getQualityScore() { return qualityScore; }
    public String getSource() { return source; }
}
