package gov.cms.ssp.participant;

import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.BusinessException;
import gov.cms.ssp.snf.SnfAffiliate;
import gov.cms.ssp.snf.SnfRow;
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
import org.hibernate.envers.Audited;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One add, delete or change of a list entry in a change request, with CMS's disposition (who, when,
 * reason code) — the row is its own record of the decision. An accepted row is what changes the
 * list in force ({@link #newEntry}, {@link #applyTo}).
 */
@Entity
@Audited
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

    /** An SNF affiliate's CMS Certification Number. */
    @Column(length = 6)
    private String ccn;

    @Column(name = "star_rating")
    private Integer starRating;

    /** For a change: what it changes, value by value ("overall star rating: 4 → 5"), as the reviewer reads it. */
    @Column(length = 1000)
    private String correction;

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

    /** For a deletion or a change: the list entry (participant_tin, provider_supplier or snf_affiliate id). */
    @Column(name = "target_id")
    private Long targetId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Disposition disposition = Disposition.PENDING;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason_code", length = 30)
    private DenialReason reason;

    /** the reviewer's own words beside the reason code */
    @Column(name = "reason_note", length = 500)
    private String reasonNote;

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

    /** An SNF affiliate to add; like a participant it joins the list on January 1 of the PY. */
    public static ChangeRequestRow addition(ChangeRequest request, SnfRow row, LocalDate effectiveDate) {
        request.requireDraft();
        ChangeRequestRow r = new ChangeRequestRow(request, ListKind.SNF_AFFILIATE, ChangeAction.ADD, row.tin(), null,
                row.facilityName(), null, false);
        r.ccn = row.ccn();
        r.starRating = row.starRating();
        r.effectiveDate = Objects.requireNonNull(effectiveDate);
        return r;
    }

    /** An entry in force that is to leave the list on {@code terminationDate}. */
    public static ChangeRequestRow deletion(ChangeRequest request, ListEntry entry, LocalDate terminationDate) {
        request.requireDraft();
        ChangeRequestRow r = copyOf(request, ChangeAction.DELETE, entry);
        r.terminationDate = Objects.requireNonNull(terminationDate);
        return r;
    }

    /**
     * A correction of an entry in force: {@code corrected} holds its new values, checked like an
     * addition. The identifier (TIN, NPI with its billing TIN, CCN) cannot change — that is a
     * different entry, so a deletion and an addition.
     */
    public static ChangeRequestRow change(ChangeRequest request, ListEntry entry, ListRow corrected) {
        request.requireDraft();
        ChangeRequestRow r = copyOf(request, ChangeAction.UPDATE, entry);
        if (corrected.kind() != r.kind || !Objects.equals(corrected.tin(), r.tin) || !Objects.equals(corrected.npi(), r.npi)) {
            throw new BusinessException("A change keeps the " + (r.kind == ListKind.PARTICIPANT ? "TIN" : "NPI and its billing TIN")
                    + "; to replace them, delete the entry and add the new one.");
        }
        r.name = corrected.name();
        r.specialty = corrected.specialty();
        r.primaryCare = corrected.primaryCare();
        r.requireSomethingChanged(entry);
        return r;
    }

    /** A correction of an SNF affiliate in force (name, TIN, star rating); the CCN stays. */
    public static ChangeRequestRow change(ChangeRequest request, SnfAffiliate entry, SnfRow corrected) {
        request.requireDraft();
        ChangeRequestRow r = copyOf(request, ChangeAction.UPDATE, entry);
        if (!corrected.ccn().equals(r.ccn)) {
            throw new BusinessException("A change keeps the CCN; to replace the SNF, delete it and add the new one.");
        }
        r.name = corrected.facilityName();
        r.tin = corrected.tin();
        r.starRating = corrected.starRating();
        r.requireSomethingChanged(entry);
        return r;
    }

    /** Words what the change changes; a change that changes nothing is refused. */
    private void requireSomethingChanged(ListEntry entry) {
        java.util.Map<String, String> before = entry.correctableValues();
        java.util.List<String> changed = new java.util.ArrayList<>();
        correctableValues().forEach((name, value) -> {
            if (!Objects.equals(before.get(name), value)) {
                changed.add(name + ": " + before.get(name) + " → " + value);
            }
        });
        if (changed.isEmpty()) {
            throw new BusinessException("Nothing was changed: " + before.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                    .collect(java.util.stream.Collectors.joining(", ")) + ".");
        }
        correction = String.join("; ", changed);
    }

    private static ChangeRequestRow copyOf(ChangeRequest request, ChangeAction action, ListEntry entry) {
        ChangeRequestRow r;
        if (entry instanceof ParticipantTin p) {
            r = new ChangeRequestRow(request, ListKind.PARTICIPANT, action, p.getTin(), null, p.getLegalName(), null, p.isPrimaryCare());
        } else if (entry instanceof ProviderSupplier s) {
            r = new ChangeRequestRow(request, ListKind.PROVIDER_SUPPLIER, action, s.getTin(), s.getNpi(), s.getName(), s.getSpecialty(), false);
        } else {
            SnfAffiliate a = (SnfAffiliate) entry;
            r = new ChangeRequestRow(request, ListKind.SNF_AFFILIATE, action, a.getTin(), null, a.getFacilityName(), null, false);
            r.ccn = a.getCcn();
            r.starRating = a.getStarRating();
        }
        r.effectiveDate = entry.getEffectiveDate();
        r.targetId = Objects.requireNonNull(entry.getId());
        return r;
    }

    /** This row's correctable values, by name ({@link ListKind#correctable}). */
    public java.util.Map<String, String> correctableValues() {
        return kind.correctable(name, specialty, primaryCare, tin, starRating);
    }

    /** The entry an accepted addition puts on the list. */
    public ListEntry newEntry() {
        requireAccepted(ChangeAction.ADD);
        AcoId aco = request.getAcoId();
        return switch (kind) {
            case PARTICIPANT -> new ParticipantTin(aco, tin, name, primaryCare, effectiveDate);
            case PROVIDER_SUPPLIER -> new ProviderSupplier(aco, npi, name, specialty, tin, effectiveDate);
            case SNF_AFFILIATE -> new SnfAffiliate(aco, new SnfRow(0, ccn, name, tin, starRating), effectiveDate);
        };
    }

    /** An accepted deletion terminates the entry; an accepted change corrects it. */
    public void applyTo(ListEntry entry) {
        if (action == ChangeAction.ADD) {
            throw new IllegalStateException("an addition creates an entry; it does not change one");
        }
        requireAccepted(action);
        if (!entry.getId().equals(targetId) || entry.kind() != kind || !entry.getAcoId().equals(request.getAcoId())) {
            throw new IllegalArgumentException("row " + id + " is not about entry " + entry.getId());
        }
        if (action == ChangeAction.DELETE) {
            entry.terminate(terminationDate);
        } else if (entry instanceof ParticipantTin p) {
            p.correct(name, primaryCare);
        } else if (entry instanceof ProviderSupplier s) {
            s.correct(name, specialty);
        } else {
            ((SnfAffiliate) entry).correct(name, tin, starRating);
        }
    }

    private void requireAccepted(ChangeAction expected) {
        if (action != expected || disposition != Disposition.ACCEPTED) {
            throw new IllegalStateException("row " + id + " is a " + action + " " + disposition + ", not an accepted " + expected);
        }
    }

    /**
     * A supervisor reopens a denied row, with a written reason: it is pending again and its request is
     * back in the reviewer's queue. An accepted row is reopened only while the list it changed is not in
     * force ({@link #acceptedReopenRefusal}); the caller then undoes its change to the list.
     */
    public void reopen(String why) {
        reopen(why, null, false);
    }

    /**
     * As {@link #reopen(String)}, for an accepted row too: {@code today} and {@code certificationSigned}
     * (whether the ACO has signed its certification for the request's PY) tell whether its change may
     * still be undone.
     */
    public void reopen(String why, LocalDate today, boolean certificationSigned) {
        if (disposition == Disposition.ACCEPTED) {
            java.util.Optional<String> refusal = today == null
                    ? java.util.Optional.of("An accepted row has changed the list; it cannot be reopened here.")
                    : acceptedReopenRefusal(today, certificationSigned);
            if (refusal.isPresent()) {
                throw new BusinessException(refusal.get());
            }
        } else if (disposition != Disposition.DENIED) {
            throw new BusinessException("This row is still pending: there is no decision to reopen.");
        }
        String reason = why == null ? "" : why.strip();
        if (reason.isEmpty()) {
            throw new BusinessException("Reason: say why the decision is reopened; the ACO is told.");
        }
        if (reason.length() > 500) {
            throw new BusinessException("Reason: at most 500 characters; this one has " + reason.length() + ".");
        }
        disposition = Disposition.PENDING;
        this.reason = null;
        reasonNote = null;
        decidedBy = null;
        decidedAt = null;
        request.rowReopened();
    }

    /**
     * Why an accepted row can no longer be reopened, in words for the supervisor (empty: it can, or it is
     * not accepted). Undoing an acceptance takes its change out of the PY's list, which is safe only while
     * that list is neither certified (the ACO's signature covers the list as it stands) nor in force (from
     * January 1 of the PY claims are assigned by it). A correction is not undone: the earlier values it
     * replaced are not kept as values, only in words.
     */
    public java.util.Optional<String> acceptedReopenRefusal(LocalDate today, boolean certificationSigned) {
        if (disposition != Disposition.ACCEPTED) {
            return java.util.Optional.empty();
        }
        int py = request.getPy();
        if (certificationSigned) {
            return java.util.Optional.of("The ACO has signed its " + py + " certification, so its " + py + " lists are frozen as "
                    + "signed and this acceptance stands. The ACO requests the opposite change for " + (py + 1) + " instead.");
        }
        if (!today.isBefore(LocalDate.of(py, 1, 1))) {
            return java.util.Optional.of("The " + py + " list this row changed is in force since 01/01/" + py
                    + ", so the acceptance stands. The ACO requests a deletion or a correction instead.");
        }
        if (action == ChangeAction.UPDATE) {
            return java.util.Optional.of("An accepted correction is not reopened: the values it replaced are kept only in words. "
                    + "The ACO requests another correction instead.");
        }
        return java.util.Optional.empty();
    }

    /** A reviewer's decision: a denial needs a reason code, an acceptance has none; decided once. */
    public void decide(Disposition disposition, DenialReason reason, String userName, LocalDateTime when) {
        decide(disposition, reason, null, userName, when);
    }

    /** A reviewer decides the row; a denial needs a reason code, and may say more in words. */
    public void decide(Disposition disposition, DenialReason reason, String note, String userName, LocalDateTime when) {
        if (note != null && note.strip().length() > 500) {
            throw new BusinessException("The note takes at most 500 characters; this one has " + note.strip().length() + ".");
        }
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
        this.reasonNote = note == null || note.isBlank() ? null : note.strip();
        this.decidedBy = Objects.requireNonNull(userName);
        this.decidedAt = when;
    }

    public Long getId() { return id; }
    public String getReasonNote() { return reasonNote; }
    public ChangeRequest getRequest() { return request; }
    public ListKind getKind() { return kind; }
    public ChangeAction getAction() { return action; }
    public String getTin() { return tin; }
    public String getNpi() { return npi; }
    public String getCcn() { return ccn; }
    public Integer getStarRating() { return starRating; }
    public String getCorrection() { return correction; }
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
