package gov.cms.ssp.participant;

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
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One add or delete in a change request, with what screening found when it was entered and CMS's
 * disposition (who, when, reason code) — the row is its own record of the decision.
 */
@Entity
@Table(name = "change_request_row")
public class ChangeRequestRow {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "change_request_row_seq")
    @SequenceGenerator(name = "change_request_row_seq", sequenceName = "change_request_row_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    private ChangeRequest request;

    @Enumerated(EnumType.STRING)
    @Column(name = "list_kind", nullable = false, length = 20)
    private ListKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ChangeAction action;

    @Column(nullable = false, length = 9)
    private String tin;

    @Column(length = 10)
    private String npi;

    @Column(name = "entry_name", nullable = false, length = 200)
    private String name;

    @Column(length = 200)
    private String specialty;

    @Column(name = "primary_care", nullable = false)
    private boolean primaryCare;

    @Column(name = "effective_date")
    private LocalDate effectiveDate;

    @Column(name = "termination_date")
    private LocalDate terminationDate;

    /** For a deletion: the list entry (participant_tin or provider_supplier id) that ends. */
    @Column(name = "target_id")
    private Long targetId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Disposition disposition = Disposition.PENDING;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason_code", length = 30)
    private DenialReason reason;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    protected ChangeRequestRow() {
    }

    private ChangeRequestRow(ChangeRequest request, ListKind kind, ChangeAction action, String tin, String npi,
                             String name, String specialty, boolean primaryCare) {
        this.request = Objects.requireNonNull(request);
        this.kind = kind;
        this.action = action;
        this.tin = Objects.requireNonNull(tin);
        this.npi = npi;
        this.name = Objects.requireNonNull(name);
        this.specialty = specialty;
        this.primaryCare = primaryCare;
    }

    public static ChangeRequestRow addition(ChangeRequest request, ListRow row) {
        request.requireDraft();
        ChangeRequestRow r = new ChangeRequestRow(request, row.kind(), ChangeAction.ADD, row.tin(), row.npi(),
                row.name(), row.specialty(), row.primaryCare());
        r.effectiveDate = row.effectiveDate();
        return r;
    }

    public static ChangeRequestRow deletion(ChangeRequest request, ParticipantTin entry, LocalDate terminationDate) {
        request.requireDraft();
        ChangeRequestRow r = new ChangeRequestRow(request, ListKind.PARTICIPANT, ChangeAction.DELETE, entry.getTin(), null,
                entry.getLegalName(), null, entry.isPrimaryCare());
        r.effectiveDate = entry.getEffectiveDate();
        r.terminationDate = Objects.requireNonNull(terminationDate);
        r.targetId = entry.getId();
        return r;
    }

    public static ChangeRequestRow deletion(ChangeRequest request, ProviderSupplier entry, LocalDate terminationDate) {
        request.requireDraft();
        ChangeRequestRow r = new ChangeRequestRow(request, ListKind.PROVIDER_SUPPLIER, ChangeAction.DELETE, entry.getTin(),
                entry.getNpi(), entry.getName(), entry.getSpecialty(), false);
        r.effectiveDate = entry.getEffectiveDate();
        r.terminationDate = Objects.requireNonNull(terminationDate);
        r.targetId = entry.getId();
        return r;
    }

    /** A reviewer's decision: a denial needs a reason code, an acceptance has none; decided once. */
    public void decide(Disposition disposition, DenialReason reason, String userName, LocalDateTime when) {
        if (request.getStatus() != ChangeRequestStatus.SUBMITTED) {
            throw new BusinessException("Only rows of a submitted change request can be decided.");
        }
        if (this.disposition != Disposition.PENDING) {
            throw new BusinessException("This row was already " + this.disposition.label().toLowerCase() + " by " + decidedBy + ".");
        }
        if (disposition == null || disposition == Disposition.PENDING) {
            throw new BusinessException("Choose accept or deny.");
        }
        if (disposition == Disposition.DENIED && reason == null) {
            throw new BusinessException("A denial needs a reason code.");
        }
        this.disposition = disposition;
        this.reason = disposition == Disposition.DENIED ? reason : null;
        this.decidedBy = Objects.requireNonNull(userName);
        this.decidedAt = when;
    }

    public Long getId() { return id; }
    public ChangeRequest getRequest() { return request; }
    public ListKind getKind() { return kind; }
    public ChangeAction getAction() { return action; }
    public String getTin() { return tin; }
    public String getNpi() { return npi; }
    public String getName() { return name; }
    public String getSpecialty() { return specialty; }
    public boolean isPrimaryCare() { return primaryCare; }
    public LocalDate getEffectiveDate() { return effectiveDate; }
    public LocalDate getTerminationDate() { return terminationDate; }
    public Long getTargetId() { return targetId; }
    public Disposition getDisposition() { return disposition; }
    public DenialReason getReason() { return reason; }
    public String getDecidedBy() { return decidedBy; }
    public LocalDateTime getDecidedAt() { return decidedAt; }
}
