package gov.cms.ssp.participant;

import gov.cms.ssp.shared.DisplayFormat;
import gov.cms.ssp.shared.AcoId;
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
import org.hibernate.envers.Audited;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * An ACO's adds and deletes to its lists for one PY. The ACO builds it as a draft (uploads, single
 * rows, deletions), its executive submits it, a CMS reviewer decides each row; accepted rows change
 * the list in force. Rows ({@link ChangeRequestRow}) are not mapped as a collection: a request can
 * hold ten thousand of them and they are read a page at a time.
 */
@Entity
@Audited
@Table(name = "change_request")
public class ChangeRequest {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "change_request_seq")
    @SequenceGenerator(name = "change_request_seq", sequenceName = "change_request_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "aco_id", nullable = false, length = 5)
    private AcoId acoId;

    @Column(nullable = false)
    private int py;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ChangeRequestStatus status = ChangeRequestStatus.DRAFT;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "submitted_by", length = 100)
    private String submittedBy;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    /** the CMS reviewer whose work it is (taken, assigned by a supervisor, or the first to decide a row) */
    @Column(name = "assigned_to", length = 100)
    private String assignedTo;

    protected ChangeRequest() {
    }

    public ChangeRequest(AcoId acoId, int py, String createdBy) {
        this.acoId = Objects.requireNonNull(acoId);
        this.py = py;
        this.createdBy = Objects.requireNonNull(createdBy);
    }

    /** The executive sends the draft to CMS; an empty draft or one sent already cannot go. */
    public void submit(String userName, LocalDateTime when, long rows) {
        if (status != ChangeRequestStatus.DRAFT) {
            throw new BusinessException("This change request was already submitted on " + DisplayFormat.date(submittedAt.toLocalDate()) + ".");
        }
        if (rows == 0) {
            throw new BusinessException("The change request has no rows yet: add or delete entries first.");
        }
        status = ChangeRequestStatus.SUBMITTED;
        submittedBy = userName;
        submittedAt = when;
    }

    public void requireDraft() {
        if (status != ChangeRequestStatus.DRAFT) {
            throw new BusinessException("The change request for " + py + " was submitted; it can no longer be changed.");
        }
    }

    /** Called after a row is decided: the request is decided when no row is pending. */
    public void rowDecided(long stillPending, LocalDateTime when) {
        if (status != ChangeRequestStatus.SUBMITTED) {
            throw new BusinessException("Only a submitted change request can be decided.");
        }
        if (stillPending == 0) {
            status = ChangeRequestStatus.DECIDED;
            decidedAt = when;
        }
    }

    /** A decided row was reopened by a supervisor: a decided request waits for its reviewer again. */
    void rowReopened() {
        if (status == ChangeRequestStatus.DECIDED) {
            status = ChangeRequestStatus.SUBMITTED;
            decidedAt = null;
        }
    }

    /** Makes the request a reviewer's work; a decided request is nobody's work any more. */
    public void assignTo(String reviewer) {
        if (status != ChangeRequestStatus.SUBMITTED) {
            throw new BusinessException("Change request " + id + " is " + status.label().toLowerCase()
                    + ": only a submitted request waits for a reviewer.");
        }
        this.assignedTo = Objects.requireNonNull(reviewer);
    }

    /** The first reviewer to decide a row of an unassigned request takes it. */
    public void takenBy(String reviewer) {
        if (assignedTo == null) {
            assignedTo = reviewer;
        }
    }

    public String getAssignedTo() { return assignedTo; }
    public Long getId() { return id; }
    public long getVersion() { return version; }
    public AcoId getAcoId() { return acoId; }
    public int getPy() { return py; }
    public ChangeRequestStatus getStatus() { return status; }
    public String getCreatedBy() { return createdBy; }
    public String getSubmittedBy() { return submittedBy; }
    public LocalDateTime getSubmittedAt() { return submittedAt; }
    public LocalDateTime getDecidedAt() { return decidedAt; }
}
