package gov.cms.ssp.reconciliation;

import gov.cms.ssp.shared.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * One reconciliation of a performance year over all ACOs with financial inputs. Computed by a batch
 * job; a draft until a CMS analyst approves it, and seen by ACOs only once released. Four eyes: the
 * analyst who started a run cannot approve it. A run of a PY that was released already is a
 * correction: a new revision with the reason for it. Audited: who started, approved and released
 * it, when and why.
 */
@Entity
@Table(name = "reconciliation_run")
@Audited
public class ReconciliationRun {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reconciliation_run_seq")
    @SequenceGenerator(name = "reconciliation_run_seq", sequenceName = "reconciliation_run_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "performance_year", nullable = false)
    private int performanceYear;

    /** the whole year, or one of PY2019's two six-month performance years (425.609): each is its own run */
    @Enumerated(EnumType.STRING)
    @Column(name = "performance_period", nullable = false, length = 30)
    private PerformancePeriod performancePeriod = PerformancePeriod.FULL_YEAR;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RunStatus status;

    /** how many ACOs had financial inputs when the run started: the run is complete at this many results */
    @Column(name = "input_count", nullable = false)
    private int inputCount;

    /** 1 for a PY's first reconciliation; each correction of a released PY counts one more */
    @Column(nullable = false)
    private int revision = 1;

    @Column(name = "revision_reason", length = 500)
    private String revisionReason;

    @Column(name = "approval_note", length = 500)
    private String approvalNote;

    @Column(name = "release_note", length = 500)
    private String releaseNote;

    @Column(name = "started_by", nullable = false, length = 100)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "approved_by", length = 100)
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "released_by", length = 100)
    private String releasedBy;

    @Column(name = "released_at")
    private Instant releasedAt;

    /** the latest batch job execution computing this run (the job repository is in memory: it may be gone) */
    @NotAudited
    @Column(name = "execution_id")
    private Long executionId;

    protected ReconciliationRun() {
    }

    public ReconciliationRun(int performanceYear, int inputCount, String startedBy, Instant startedAt) {
        this(performanceYear, inputCount, startedBy, startedAt, 0, null);
    }

    /**
     * A run of a PY whose latest released revision is {@code releasedRevision} (0: never released).
     * Once a PY was released, a new run corrects it: it needs the reason, which the ACO will read.
     */
    public ReconciliationRun(int performanceYear, int inputCount, String startedBy, Instant startedAt,
                             int releasedRevision, String reason) {
        this(performanceYear, PerformancePeriod.FULL_YEAR, inputCount, startedBy, startedAt, releasedRevision, reason);
    }

    /** A run of one performance period of the PY (PY2019: January–June or July–December, each its own run). */
    public ReconciliationRun(int performanceYear, PerformancePeriod period, int inputCount, String startedBy, Instant startedAt,
                             int releasedRevision, String reason) {
        Objects.requireNonNull(period);
        if (period.isSixMonths() && performanceYear != 2019) {
            throw new BusinessException("Six-month performance years exist only in 2019 (42 CFR 425.609), not in " + performanceYear + ".");
        }
        this.performancePeriod = period;
        if (releasedRevision > 0 && (reason == null || reason.isBlank())) {
            throw new BusinessException("PY " + performanceYear + " was released already (revision " + releasedRevision
                    + "). A new run is a correction: give the reason for it, which the ACOs will see.");
        }
        if (inputCount <= 0) {
            throw new BusinessException("There are no financial inputs for PY " + performanceYear + " to reconcile.");
        }
        this.performanceYear = performanceYear;
        this.inputCount = inputCount;
        this.startedBy = Objects.requireNonNull(startedBy);
        this.startedAt = Objects.requireNonNull(startedAt);
        this.status = RunStatus.DRAFT;
        this.revision = releasedRevision + 1;
        this.revisionReason = releasedRevision > 0 ? note(reason) : null;
    }

    public void executing(long executionId) {
        this.executionId = executionId;
    }

    public boolean isComplete(long resultCount) {
        return resultCount >= inputCount;
    }

    public void approve(long resultCount, String analyst, Instant at) {
        approve(resultCount, analyst, at, null);
    }

    /**
     * A second analyst vouches for a complete draft (four eyes: not the one who started it); it stays
     * invisible to ACOs.
     */
    public void approve(long resultCount, String analyst, Instant at, String note) {
        approve(resultCount, 0, analyst, at, note);
    }

    /**
     * As {@link #approve(long, String, Instant, String)}, where {@code decidedCount} counts every ACO the
     * run is done with (reconciled or set aside) and {@code needAttention} the set-aside ACOs still
     * waiting for a decision: while any waits, the run cannot be approved.
     */
    public void approve(long decidedCount, long needAttention, String analyst, Instant at, String note) {
        long resultCount = decidedCount;
        if (startedBy.equals(analyst)) {
            throw new BusinessException("Four eyes: you started this run, so another analyst must approve it.");
        }
        if (status != RunStatus.DRAFT) {
            throw new BusinessException("Only a draft can be approved; this run is " + status.label().toLowerCase() + ".");
        }
        if (!isComplete(resultCount)) {
            throw new BusinessException("The run is not complete yet: " + resultCount + " of " + inputCount
                    + " ACOs are reconciled. Wait for it to finish or resume it.");
        }
        if (needAttention > 0) {
            throw new BusinessException(needAttention + (needAttention == 1 ? " ACO needs" : " ACOs need")
                    + " attention: enter the missing figure or withhold the ACO with a reason before the run is approved.");
        }
        this.status = RunStatus.APPROVED;
        this.approvedBy = Objects.requireNonNull(analyst);
        this.approvedAt = Objects.requireNonNull(at);
        this.approvalNote = note(note);
    }

    /** From now on each ACO sees its own settlement report. */
    public void release(String analyst, Instant at) {
        release(analyst, at, null);
    }

    public void release(String analyst, Instant at, String note) {
        if (status != RunStatus.APPROVED) {
            throw new BusinessException("Only an approved run can be released; this run is " + status.label().toLowerCase() + ".");
        }
        this.status = RunStatus.RELEASED;
        this.releasedBy = Objects.requireNonNull(analyst);
        this.releasedAt = Objects.requireNonNull(at);
        this.releaseNote = note(note);
    }

    private static String note(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (t.length() > 500) {
            throw new BusinessException("A note or reason takes at most 500 characters; this one has " + t.length() + ".");
        }
        return t;
    }

    public Long getId() { return id; }
    public int getPerformanceYear() { return performanceYear; }
    public PerformancePeriod getPerformancePeriod() { return performancePeriod; }
    public RunStatus getStatus() { return status; }
    public int getInputCount() { return inputCount; }
    public int getRevision() { return revision; }
    public String getRevisionReason() { return revisionReason; }
    public String getApprovalNote() { return approvalNote; }
    public String getReleaseNote() { return releaseNote; }
    public String getStartedBy() { return startedBy; }
    public Instant getStartedAt() { return startedAt; }
    public String getApprovedBy() { return approvedBy; }
    public Instant getApprovedAt() { return approvedAt; }
    public String getReleasedBy() { return releasedBy; }
    public Instant getReleasedAt() { return releasedAt; }
    public Long getExecutionId() { return executionId; }
}
