package gov.cms.ssp.reconciliation;

import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.BusinessException;
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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * An ACO a reconciliation run set aside because its figures could not be determined, with the reason
 * in words. It needs attention: the run cannot be approved until an analyst either enters the missing
 * figure (the ACO is then recomputed within the run) or withholds the ACO from the run with a written
 * reason. Audited: who decided what, when and why.
 */
@Entity
@Table(name = "reconciliation_set_aside", uniqueConstraints = @UniqueConstraint(
        name = "reconciliation_set_aside_once_per_run", columnNames = {"run_id", "aco_id"}))
@Audited
public class SetAsideAco {
    /** Where a set-aside ACO stands. */
    public enum Decision {
        /** waiting for an analyst */
        NEEDS_ATTENTION("Needs attention"),
        /** the missing figure was entered and the ACO recomputed in the run */
        RECOMPUTED("Recomputed with the figure entered"),
        /** left out of this run, with the reason */
        WITHHELD("Withheld from the run");

        private final String label;

        Decision(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static final int MAX_NOTE = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reconciliation_set_aside_seq")
    @SequenceGenerator(name = "reconciliation_set_aside_seq", sequenceName = "reconciliation_set_aside_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "run_id", nullable = false)
    private ReconciliationRun run;

    @Column(name = "aco_id", nullable = false, length = 5)
    private AcoId acoId;

    /** the reasons in words, one a line */
    @Column(nullable = false, length = 2000)
    private String reason;

    /** the missing figures, comma-separated {@link MissingFigure} names (the audit trail keeps the reason in words) */
    @NotAudited
    @Column(name = "missing_figures", nullable = false, length = 200)
    private String missingFigures;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Decision decision;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    /** what was entered, or why the ACO was withheld */
    @Column(name = "decision_note", length = MAX_NOTE)
    private String decisionNote;

    protected SetAsideAco() {
    }

    public SetAsideAco(ReconciliationRun run, AcoId acoId, AcoDetermination undetermined) {
        if (undetermined.isDetermined()) {
            throw new IllegalArgumentException(acoId + " is determined: nothing to set aside");
        }
        this.run = Objects.requireNonNull(run);
        this.acoId = Objects.requireNonNull(acoId);
        this.decision = Decision.NEEDS_ATTENTION;
        reasons(undetermined);
    }

    private void reasons(AcoDetermination undetermined) {
        this.reason = cut(String.join("\n", undetermined.reasons()), 2000);
        this.missingFigures = undetermined.missing().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    /**
     * The figure was entered and the ACO recomputed: determined now, it leaves the list; still not,
     * it stays with the new reasons (e.g. the revenue is entered but a basis is still missing).
     */
    public void recomputed(AcoDetermination now, String analyst, Instant at, String whatWasEntered) {
        requireOpen();
        if (now.isDetermined()) {
            decision = Decision.RECOMPUTED;
            decidedBy = Objects.requireNonNull(analyst);
            decidedAt = Objects.requireNonNull(at);
            decisionNote = cut(whatWasEntered, MAX_NOTE);
        } else {
            reasons(now);
        }
    }

    /** Leaves the ACO out of this run; the reason is required (it is the record of why). */
    public void withhold(String analyst, Instant at, String why) {
        requireOpen();
        if (why == null || why.isBlank()) {
            throw new BusinessException("Give the reason for withholding " + acoId + " from the run.");
        }
        String text = why.strip();
        if (text.length() > MAX_NOTE) {
            throw new BusinessException("The reason takes at most " + MAX_NOTE + " characters; this one has " + text.length() + ".");
        }
        decision = Decision.WITHHELD;
        decidedBy = Objects.requireNonNull(analyst);
        decidedAt = Objects.requireNonNull(at);
        decisionNote = text;
    }

    private void requireOpen() {
        if (decision != Decision.NEEDS_ATTENTION) {
            throw new BusinessException(acoId + " was decided already (" + decision.label().toLowerCase() + ").");
        }
        if (run.getStatus() != RunStatus.DRAFT) {
            throw new BusinessException("The run is " + run.getStatus().label().toLowerCase() + "; only a draft's ACOs can be decided.");
        }
    }

    private static String cut(String s, int max) {
        return s == null ? null : s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    public boolean needsAttention() {
        return decision == Decision.NEEDS_ATTENTION;
    }

    public Set<MissingFigure> missing() {
        if (missingFigures == null || missingFigures.isEmpty()) {
            return Set.of();
        }
        return EnumSet.copyOf(Arrays.stream(missingFigures.split(",")).map(MissingFigure::valueOf).toList());
    }

    public List<String> reasons() {
        return Arrays.asList(reason.split("\n"));
    }

    public Long getId() { return id; }
    public ReconciliationRun getRun() { return run; }
    public AcoId getAcoId() { return acoId; }
    public String getReason() { return reason; }
    public Decision getDecision() { return decision; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecisionNote() { return decisionNote; }
}
