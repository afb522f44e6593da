package gov.cms.ssp.reconciliation;

import gov.cms.ssp.agreement.Track;
import gov.cms.ssp.shared.AcoId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One ACO's result within a reconciliation run: the figures and the explanation exactly as computed,
 * so that the settlement report never changes when inputs are corrected later (a new run does).
 * One per run and ACO: the unique key is what makes a resumed batch job write nothing twice.
 */
@Entity
@Table(name = "aco_reconciliation", uniqueConstraints = @UniqueConstraint(name = "aco_reconciliation_once_per_run",
        columnNames = {"run_id", "aco_id"}))
public class AcoReconciliation {
    /** rates are kept to 12 decimals; they are shown to 2 */
    private static final int RATE_SCALE = 12;
    private static final String FIELD = "\t";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "aco_reconciliation_seq")
    @SequenceGenerator(name = "aco_reconciliation_seq", sequenceName = "aco_reconciliation_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "run_id", nullable = false)
    private ReconciliationRun run;

    @Column(name = "aco_id", nullable = false, length = 5)
    private AcoId acoId;

    @Column(name = "performance_year", nullable = false)
    private int performanceYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Track track;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private PerformanceOutcome outcome;

    @Column(name = "assigned_beneficiaries", nullable = false)
    private int assignedBeneficiaries;
    @Column(name = "total_benchmark", nullable = false, precision = 17, scale = 2)
    private BigDecimal totalBenchmark;
    @Column(name = "total_expenditures", nullable = false, precision = 17, scale = 2)
    private BigDecimal totalExpenditures;
    @Column(name = "savings_rate", nullable = false, precision = 24, scale = RATE_SCALE)
    private BigDecimal savingsRate;
    @Column(name = "minimum_savings_rate", nullable = false, precision = 24, scale = RATE_SCALE)
    private BigDecimal minimumSavingsRate;
    @Column(name = "minimum_loss_rate", precision = 24, scale = RATE_SCALE)
    private BigDecimal minimumLossRate;
    @Column(name = "generated_savings_losses", nullable = false, precision = 17, scale = 2)
    private BigDecimal generatedSavingsOrLosses;
    @Column(name = "final_sharing_rate", nullable = false, precision = 24, scale = RATE_SCALE)
    private BigDecimal finalSharingRate;
    @Column(name = "final_loss_rate", precision = 24, scale = RATE_SCALE)
    private BigDecimal finalLossRate;
    @Column(name = "earned_savings", nullable = false, precision = 17, scale = 2)
    private BigDecimal earnedSavings;
    @Column(name = "shared_losses", nullable = false, precision = 17, scale = 2)
    private BigDecimal sharedLosses;
    @Column(name = "euc_reduction", nullable = false, precision = 17, scale = 2)
    private BigDecimal eucReduction;
    @Column(name = "net_amount", nullable = false, precision = 17, scale = 2)
    private BigDecimal netAmount;
    @Column(name = "payment_limit_applied", nullable = false)
    private boolean performancePaymentLimitApplied;
    @Column(name = "loss_limit_applied", nullable = false)
    private boolean lossSharingLimitApplied;
    /** the unresolved figures, one a line */
    @Column(length = 2000)
    private String unresolved;
    /** the explanation, one step a line: rule TAB figures TAB result */
    @Column(nullable = false, length = 20000)
    private String explanation;

    /** MET, ALTERNATIVE or NOT_MET as the quality outcome stood in this run; null in runs before it was kept */
    @Column(name = "quality_standard", length = 20)
    private String qualityStandard;

    @Column(name = "quality_score", precision = 9, scale = 6)
    private BigDecimal qualityScore;

    /** the engine's input exactly as this result was computed from it ({@link InputSnapshot}); null in runs before it was kept */
    @Column(name = "inputs", length = 2000)
    private String inputs;

    protected AcoReconciliation() {
    }

    public AcoReconciliation(ReconciliationRun run, AcoId acoId, ReconciliationResult r) {
        this(run, acoId, r, null);
    }

    /**
     * A result computed after a figure was entered during the run (the ACO had been set aside
     * without it): the explanation opens with what was entered, by whom and when.
     */
    public AcoReconciliation(ReconciliationRun run, AcoId acoId, ReconciliationResult r, String figureEnteredDuringRun) {
        this.run = Objects.requireNonNull(run);
        this.acoId = Objects.requireNonNull(acoId);
        ReconciliationInput in = r.input();
        this.performanceYear = in.performanceYear();
        this.track = in.track();
        this.outcome = r.outcome();
        this.assignedBeneficiaries = in.assignedBeneficiaries();
        this.totalBenchmark = in.totalBenchmark();
        this.totalExpenditures = in.totalExpenditures();
        this.savingsRate = rate(r.savingsRate());
        this.minimumSavingsRate = rate(r.minimumSavingsRate());
        this.minimumLossRate = rate(r.minimumLossRate());
        this.generatedSavingsOrLosses = r.generatedSavingsOrLosses();
        this.finalSharingRate = rate(r.finalSharingRate());
        this.finalLossRate = rate(r.finalLossRate());
        this.earnedSavings = r.earnedSavings();
        this.sharedLosses = r.sharedLosses();
        this.eucReduction = r.eucReduction();
        this.netAmount = r.netAmount();
        this.performancePaymentLimitApplied = r.performancePaymentLimitApplied();
        this.lossSharingLimitApplied = r.lossSharingLimitApplied();
        this.unresolved = r.unresolved().isEmpty() ? null : String.join("\n", r.unresolved());
        StringBuilder text = new StringBuilder();
        List<ExplanationStep> steps = new ArrayList<>();
        if (figureEnteredDuringRun != null) {
            steps.add(new ExplanationStep("figureEnteredDuringRun", figureEnteredDuringRun, null));
        }
        steps.addAll(r.explanation());
        for (ExplanationStep step : steps) {
            text.append(flat(step.rule())).append(FIELD).append(flat(step.figures())).append(FIELD)
                    .append(step.result() == null ? "" : step.result().toPlainString()).append('\n');
        }
        this.explanation = text.toString();
        QualityOutcome quality = in.quality();
        this.qualityStandard = quality.metQualityStandard() ? "MET" : quality.metAlternativeStandard() ? "ALTERNATIVE" : "NOT_MET";
        this.qualityScore = quality.qualityScore();
        this.inputs = InputSnapshot.write(in);
    }

    /** The input this result was computed from, when the run kept it (runs from V14 on). */
    public java.util.Optional<ReconciliationInput> input() {
        return inputs == null ? java.util.Optional.empty() : java.util.Optional.of(InputSnapshot.read(inputs));
    }

    private static BigDecimal rate(BigDecimal rate) {
        return rate == null ? null : rate.setScale(RATE_SCALE, RoundingMode.HALF_UP);
    }

    private static String flat(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ');
    }

    public List<ExplanationStep> explanation() {
        List<ExplanationStep> steps = new ArrayList<>();
        for (String line : explanation.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split(FIELD, -1);
            steps.add(new ExplanationStep(f[0], f.length > 1 ? f[1] : "",
                    f.length > 2 && !f[2].isEmpty() ? new BigDecimal(f[2]) : null));
        }
        return steps;
    }

    /** The result as screens and reports show it. */
    public ReconciledFigures figures() {
        return new ReconciledFigures(performanceYear, track, track.label(), outcome, ReconciledFigures.outcomeLabel(outcome),
                assignedBeneficiaries, totalBenchmark, totalExpenditures, savingsRate, minimumSavingsRate, minimumLossRate,
                generatedSavingsOrLosses, finalSharingRate, finalLossRate, earnedSavings, sharedLosses, eucReduction,
                netAmount, performancePaymentLimitApplied, lossSharingLimitApplied,
                unresolved == null ? List.of() : Arrays.asList(unresolved.split("\n")), explanation());
    }

    public Long getId() { return id; }
    public ReconciliationRun getRun() { return run; }
    public AcoId getAcoId() { return acoId; }
    public Track getTrack() { return track; }
    public PerformanceOutcome getOutcome() { return outcome; }
    public BigDecimal getNetAmount() { return netAmount; }
    public int getPerformanceYear() { return performanceYear; }
    public String getQualityStandard() { return qualityStandard; }
    public BigDecimal getQualityScore() { return qualityScore; }
}
