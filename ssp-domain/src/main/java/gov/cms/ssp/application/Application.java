package gov.cms.ssp.application;

import gov.cms.ssp.agreement.Agreement;
import gov.cms.ssp.agreement.GlidePath;
import gov.cms.ssp.agreement.LevelChoice;
import gov.cms.ssp.agreement.LevelElectionsConverter;
import gov.cms.ssp.agreement.ParticipationOptions;
import gov.cms.ssp.agreement.Track;
import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.BusinessException;
import gov.cms.ssp.shared.DisplayFormat;
import gov.cms.ssp.shared.NotFoundException;
import gov.cms.ssp.shared.Tin;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.hibernate.envers.Audited;

/**
 * An ACO's application to the Shared Savings Program for one cycle: the sections the ACO fills in,
 * the deficiencies CMS finds, and the state machine of {@link ApplicationStatus}. Every rule of the
 * cycle is here; services only add who may call and the clock.
 */
@Entity
@Table(name = "application")
@Audited
public class Application {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_seq")
    @SequenceGenerator(name = "application_seq", sequenceName = "application_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "aco_id", nullable = false, length = 5)
    private AcoId acoId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "cycle_pk")
    private ApplicationCycle cycle;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ApplicationStatus status = ApplicationStatus.DRAFT;

    @Column(name = "rfi_round", nullable = false)
    private int rfiRound;

    @Column(name = "rfi_deadline")
    private LocalDate rfiDeadline;

    @Column(name = "submitted_on")
    private LocalDate submittedOn;

    @Column(length = 100)
    private String reviewer;

    @Column(name = "last_changed_by", length = 100)
    private String lastChangedBy;

    /** Set on every change so that the version moves even when only a child record changed. */
    @Column(name = "last_changed_at")
    private LocalDateTime lastChangedAt;

    @Column(name = "decision_reason", length = 2000)
    private String decisionReason;

    // 1. legal entity
    @Column(name = "legal_name", length = 200)
    private String legalName;
    @Column(length = 9)
    private Tin tin;
    @Column(name = "doing_business_as", length = 200)
    private String doingBusinessAs;
    @Column(length = 300)
    private String address;

    // 2. track, level and choices
    @Column(name = "agreement_start", nullable = false)
    private LocalDate agreementStart;
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Track track;
    @Enumerated(EnumType.STRING)
    @Column(name = "msr_mlr", length = 30)
    private MsrMlrChoice msrMlr;
    @Enumerated(EnumType.STRING)
    @Column(name = "assignment_method", length = 30)
    private AssignmentMethod assignmentMethod;
    @Column(name = "snf_waiver", nullable = false)
    private boolean snfWaiver;
    /** The ACO says it is experienced with performance-based risk Medicare ACO initiatives (425.20); CMS checks. */
    @Column(name = "experienced_with_risk", nullable = false)
    private boolean experiencedWithRisk;
    /** New, renewing or re-entering and an earlier BASIC agreement: from the program's records, set by the service. */
    @jakarta.persistence.Transient
    private ParticipationOptions.Entrant entrant = ParticipationOptions.Entrant.NEW;
    @jakarta.persistence.Transient
    private boolean hadBasicAgreement;
    /** Faster moves up the glide path the ACO elects, by PY index from 0; empty: automatic advancement. */
    @Convert(converter = LevelElectionsConverter.class)
    @Column(name = "elected_levels", length = 200)
    private Map<Integer, Track> electedLevels = new TreeMap<>();

    // 3. governance
    @Column(name = "governing_body", length = 2000)
    private String governingBody;
    @Column(name = "compliance_official", length = 120)
    private String complianceOfficial;
    @Column(name = "medical_director", length = 120)
    private String medicalDirector;

    // 5. repayment mechanism
    @Enumerated(EnumType.STRING)
    @Column(name = "repayment_type", length = 30)
    private RepaymentType repaymentType;
    @Column(name = "repayment_issuer", length = 200)
    private String repaymentIssuer;
    @Column(name = "repayment_amount", precision = 15, scale = 2)
    private BigDecimal repaymentAmount;
    @Column(name = "total_expenditures", precision = 15, scale = 2)
    private BigDecimal totalExpenditures;
    @Column(name = "participant_revenue", precision = 15, scale = 2)
    private BigDecimal participantRevenue;

    // 6. EFT
    @Enumerated(EnumType.STRING)
    @Column(name = "eft_status", nullable = false, length = 20)
    private EftStatus eftStatus = EftStatus.NOT_STARTED;

    // 7. attestations
    @Column(name = "attest_accurate", nullable = false)
    private boolean attestAccurate;
    @Column(name = "attest_compliance", nullable = false)
    private boolean attestCompliance;

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Deficiency> deficiencies = new ArrayList<>();

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ApplicationDocument> documents = new ArrayList<>();

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<ApplicationEvent> history = new ArrayList<>();

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL)
    @OrderBy("number")
    private List<ApplicationReceipt> receipts = new ArrayList<>();

    protected Application() {
    }

    /** A new draft, the legal entity filled in from what CMS already knows (or the NOIA). */
    public Application(AcoId acoId, ApplicationCycle cycle, String legalName, Tin tin, String doingBusinessAs,
                       String address, String by, LocalDateTime now) {
        this.acoId = Objects.requireNonNull(acoId);
        this.cycle = Objects.requireNonNull(cycle);
        this.agreementStart = cycle.agreementStart();
        this.legalName = clean(legalName);
        this.tin = tin;
        this.doingBusinessAs = clean(doingBusinessAs);
        this.address = clean(address);
        record(by, now, "Started the application for agreements beginning " + ApplicationCycle.format(agreementStart) + ".");
    }

    // ---- the ACO fills in its sections ----

    public void editLegalEntity(String legalName, Tin tin, String doingBusinessAs, String address, String by) {
        requireEditable();
        if (rfiRound > 0) {
            throw new BusinessException("Section 1 (legal entity) is locked after the first request for information; "
                    + "ask your CMS reviewer if the legal entity itself has changed.");
        }
        this.legalName = clean(legalName);
        this.tin = tin;
        this.doingBusinessAs = clean(doingBusinessAs);
        this.address = clean(address);
        changedBy(by);
    }

    public void chooseTrack(Track track, MsrMlrChoice msrMlr, AssignmentMethod assignmentMethod, boolean snfWaiver, String by) {
        chooseTrack(track, msrMlr, assignmentMethod, snfWaiver, Map.of(), by);
    }

    /** What the program's records say of the ACO before this agreement (the service sets it on every load). */
    public void knowProgramHistory(ParticipationOptions.Entrant entrant, boolean hadBasicAgreement) {
        this.entrant = java.util.Objects.requireNonNull(entrant);
        this.hadBasicAgreement = hadBasicAgreement;
    }

    public void declareExperience(boolean experienced) {
        requireEditable();
        this.experiencedWithRisk = experienced;
    }

    /** The tracks and levels this ACO may choose (425.600) from its experience, revenue and history, and why the others are closed. */
    public ParticipationOptions participationOptions() {
        return ParticipationOptions.of(new ParticipationOptions.Facts(entrant, experiencedWithRisk,
                ParticipationOptions.lowRevenue(participantRevenue, totalExpenditures), hadBasicAgreement));
    }

    /**
     * The track or entry level and the choices that go with it; {@code elections} (PY index from 0
     * to level) are faster moves up the glide path, refused when they would move back.
     */
    public void chooseTrack(Track track, MsrMlrChoice msrMlr, AssignmentMethod assignmentMethod, boolean snfWaiver,
                            Map<Integer, Track> elections, String by) {
        requireEditable();
        if (track != null && !GlidePath.availableForNewAgreements(track)) {
            throw new BusinessException(track.label() + " is closed to new agreements; choose a Basic level or Enhanced.");
        }
        if (track != null && !participationOptions().isOpen(track)) {
            throw new BusinessException(track.label() + " is closed to this ACO: " + participationOptions().closed().get(track));
        }
        Map<Integer, Track> elected = new TreeMap<>(elections == null ? Map.of() : elections);
        elected.keySet().removeIf(py -> py < 1 || py >= Agreement.MINIMUM_YEARS);
        if (track != null) {
            GlidePath.levels(track, Agreement.MINIMUM_YEARS, elected);
        }
        this.electedLevels = track == null ? new TreeMap<>() : elected;
        this.track = track;
        this.msrMlr = track != null && !track.isTwoSided() ? null : msrMlr;
        this.assignmentMethod = assignmentMethod;
        this.snfWaiver = snfWaiver;
        changedBy(by);
    }

    public void describeGovernance(String governingBody, String complianceOfficial, String medicalDirector, String by) {
        requireEditable();
        this.governingBody = clean(governingBody);
        this.complianceOfficial = clean(complianceOfficial);
        this.medicalDirector = clean(medicalDirector);
        changedBy(by);
    }

    public void provideRepayment(RepaymentType type, String issuer, BigDecimal amount, BigDecimal totalExpenditures,
                                 BigDecimal participantRevenue, String by) {
        requireEditable();
        if (amount != null && amount.signum() < 0 || totalExpenditures != null && totalExpenditures.signum() < 0
                || participantRevenue != null && participantRevenue.signum() < 0) {
            throw new BusinessException("Amounts in the repayment mechanism cannot be negative.");
        }
        this.repaymentType = type;
        this.repaymentIssuer = clean(issuer);
        this.repaymentAmount = amount;
        this.totalExpenditures = totalExpenditures;
        this.participantRevenue = participantRevenue;
        changedBy(by);
    }

    public void reportEft(EftStatus status, String by) {
        requireEditable();
        this.eftStatus = Objects.requireNonNull(status);
        changedBy(by);
    }

    public void attest(boolean accurate, boolean compliance, String by) {
        requireEditable();
        this.attestAccurate = accurate;
        this.attestCompliance = compliance;
        changedBy(by);
    }

    public ApplicationDocument upload(DocumentKind kind, String fileName, byte[] content, String by, LocalDateTime now) {
        requireEditable();
        if (kind == DocumentKind.RFI_ANSWER) {
            throw new BusinessException("Attach a document for CMS to your answer to the deficiency it concerns.");
        }
        ApplicationDocument document = new ApplicationDocument(this, Objects.requireNonNull(kind), fileName, content);
        documents.removeIf(d -> d.getKind() == kind && kind != DocumentKind.OTHER);
        documents.add(document);
        record(by, now, "Uploaded " + kind.label().toLowerCase() + " '" + document.getFileName() + "'.");
        return document;
    }

    /** A PDF supporting the ACO's answer to a deficiency of the open request for information; checked like any document. */
    public ApplicationDocument attachToAnswer(long deficiencyId, String fileName, byte[] content, String by, LocalDateTime now) {
        Deficiency d = openDeficiency(deficiencyId);
        ApplicationDocument document = new ApplicationDocument(this, DocumentKind.RFI_ANSWER, fileName, content, d);
        documents.add(document);
        record(by, now, "Attached '" + document.getFileName() + "' to the answer on " + d.getSection().label() + ".");
        return document;
    }

    public void answer(long deficiencyId, String response, String by) {
        Deficiency d = openDeficiency(deficiencyId);
        if (response == null || response.isBlank()) {
            throw new BusinessException("Write an answer to the deficiency before saving it.");
        }
        d.answer(response.strip());
        changedBy(by);
    }

    /**
     * The ACO executive submits (or resubmits after an RFI). Refused, with every problem of every
     * section, when anything is missing; refused with the deadline when it is late.
     */
    public void submit(String by, LocalDateTime now) {
        ApplicationStatus target = status == ApplicationStatus.IN_RFI ? ApplicationStatus.RESUBMITTED : ApplicationStatus.SUBMITTED;
        status.requireMoveTo(target);
        LocalDate today = now.toLocalDate();
        if (target == ApplicationStatus.SUBMITTED) {
            cycle.requireSubmissionOpen(today);
        } else if (today.isAfter(rfiDeadline)) {
            throw new BusinessException("The answers to RFI " + rfiRound + " were due on "
                    + ApplicationCycle.format(rfiDeadline) + "; late answers are not accepted.");
        }
        List<Problem> problems = problems();
        if (!problems.isEmpty()) {
            throw new IncompleteApplicationException(problems);
        }
        String what = target == ApplicationStatus.SUBMITTED ? "Submitted the application."
                : "Resubmitted the application with the answers to RFI " + rfiRound + ".";
        receipts.add(new ApplicationReceipt(this, receipts.size() + 1, what, by, now)); // the copy before the status moves
        status = target;
        submittedOn = today;
        record(by, now, what);
    }

    private Deficiency openDeficiency(long deficiencyId) {
        if (status != ApplicationStatus.IN_RFI) {
            throw new BusinessException("Deficiencies can be answered only while a request for information is open.");
        }
        return openDeficiencies().stream().filter(x -> Objects.equals(x.getId(), deficiencyId)).findFirst()
                .orElseThrow(() -> new NotFoundException("This deficiency is not part of the open request for information."));
    }

    /** Everything missing or wrong, section by section, in form order; empty when complete. */
    public List<Problem> problems() {
        return ApplicationCompleteness.problems(this);
    }

    /** The level of each PY of the agreement this application asks for: the glide path with the ACO's elections. */
    public List<Track> plannedLevels() {
        return track == null ? List.of() : GlidePath.levels(track, Agreement.MINIMUM_YEARS, electedLevels);
    }

    /** The minimum repayment mechanism for the figures entered, or null when they are missing. */
    public BigDecimal requiredRepaymentAmount() {
        if (totalExpenditures == null || participantRevenue == null) {
            return null;
        }
        return RepaymentMechanism.requiredAmount(totalExpenditures, participantRevenue);
    }

    // ---- CMS reviews ----

    public Deficiency recordDeficiency(ApplicationSection section, String description, String reviewer) {
        if (!status.underReview()) {
            throw new BusinessException("Deficiencies can be recorded only while the application is under review; it is "
                    + status.description() + ".");
        }
        if (description == null || description.isBlank()) {
            throw new BusinessException("Describe the deficiency so the ACO knows what to correct.");
        }
        if (rfiRound >= 2) {
            throw new BusinessException("Both requests for information have been used; approve or deny the application.");
        }
        Deficiency d = new Deficiency(this, Objects.requireNonNull(section), rfiRound + 1, description.strip(), reviewer);
        deficiencies.add(d);
        takeReview(reviewer);
        return d;
    }

    public void issueRfi(String reviewer, LocalDateTime now) {
        status.requireMoveTo(ApplicationStatus.IN_RFI);
        if (rfiRound >= 2) {
            throw new BusinessException("Both requests for information have been used; approve or deny the application.");
        }
        int round = rfiRound + 1;
        LocalDate deadline = cycle.rfiDeadline(round);
        if (now.toLocalDate().isAfter(deadline)) {
            throw new BusinessException("The RFI " + round + " deadline (" + ApplicationCycle.format(deadline)
                    + ") has passed; RFI " + round + " can no longer be sent.");
        }
        long pending = deficiencies.stream().filter(d -> d.getRfiRound() == round).count();
        if (pending == 0) {
            throw new BusinessException("Record at least one deficiency before sending a request for information.");
        }
        rfiRound = round;
        rfiDeadline = deadline;
        status = ApplicationStatus.IN_RFI;
        takeReview(reviewer);
        record(reviewer, now, RFI_SENT + round + " with " + pending + " deficienc" + (pending == 1 ? "y" : "ies")
                + "; answers due " + ApplicationCycle.format(deadline) + ".");
    }

    /**
     * Approval makes the agreement: at least five PYs from January 1 on the glide path, with the moves
     * up elected here. {@code agreementNumber} is its ordinal among the ACO's agreements (1 for a new ACO).
     */
    public Agreement approve(String reviewer, LocalDateTime now, int agreementNumber) {
        status.requireMoveTo(ApplicationStatus.APPROVED);
        cycle.requireDecisionOpen(now.toLocalDate());
        List<Problem> problems = problems();
        if (!problems.isEmpty()) {
            throw new IncompleteApplicationException(problems);
        }
        if (deficiencies.stream().anyMatch(d -> d.getRfiRound() > rfiRound)) {
            throw new BusinessException("Deficiencies are recorded but not yet sent; send the request for information or "
                    + "remove them before approving.");
        }
        status = ApplicationStatus.APPROVED;
        takeReview(reviewer);
        record(reviewer, now, APPROVED);
        Map<Integer, LevelChoice> elections = new TreeMap<>();
        electedLevels.forEach((index, level) -> elections.put(agreementStart.getYear() + index, LevelChoice.moveUpTo(level)));
        return new Agreement(acoId, id, agreementNumber, agreementStart, Agreement.MINIMUM_YEARS, track, elections, msrMlr,
                assignmentMethod, reviewer, now.toLocalDate());
    }

    public void deny(String reason, String reviewer, LocalDateTime now) {
        status.requireMoveTo(ApplicationStatus.DENIED);
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("Give the reason for the denial; the ACO receives it.");
        }
        status = ApplicationStatus.DENIED;
        decisionReason = reason.strip();
        takeReview(reviewer);
        record(reviewer, now, DENIED + decisionReason);
    }

    /**
     * A supervisor reopens a denial, with a written reason: the application is under review again
     * (resubmitted), back in its reviewer's queue, and the denial's reason is kept in the history. An
     * approval is reopened only as long as nothing stands on the agreement it made
     * ({@link #approvalReopenRefusal}); the caller then withdraws that agreement.
     */
    public void reopen(String reason, String supervisor, LocalDateTime now) {
        reopen(reason, supervisor, now, false, false);
    }

    /**
     * As {@link #reopen(String, String, LocalDateTime)}, for an approval too: {@code certificationSigned}
     * and {@code settled} say whether the ACO has signed a certification or CMS has reconciled a PY of
     * the agreement the approval made.
     */
    public void reopen(String reason, String supervisor, LocalDateTime now, boolean certificationSigned, boolean settled) {
        if (status == ApplicationStatus.APPROVED) {
            Optional<String> refusal = approvalReopenRefusal(now.toLocalDate(), certificationSigned, settled);
            if (refusal.isPresent()) {
                throw new BusinessException(refusal.get());
            }
        } else if (status != ApplicationStatus.DENIED) {
            throw new BusinessException("Only a decided application can be reopened; this one is "
                    + status.label().toLowerCase() + ".");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new BusinessException("Reason: say why the decision is reopened; the ACO is told.");
        }
        if (why.length() > MAX_REOPEN_REASON) {
            throw new BusinessException("Reason: at most " + MAX_REOPEN_REASON + " characters; this one has " + why.length() + ".");
        }
        status = ApplicationStatus.RESUBMITTED;
        decisionReason = null;
        record(supervisor, now, REOPENED + why);
    }

    /**
     * Why an approval can no longer be reopened, in words for the supervisor (empty: it can). Undoing an
     * approval withdraws the agreement it made, which is safe only before anything stands on it: before
     * the agreement's start date (from then on the ACO is in the program), before the ACO has signed a
     * certification for one of its PYs and before CMS has reconciled one. After that the agreement ends
     * only by a termination.
     */
    public Optional<String> approvalReopenRefusal(LocalDate today, boolean certificationSigned, boolean settled) {
        if (status != ApplicationStatus.APPROVED) {
            return Optional.empty();
        }
        String instead = " To end it, CMS terminates the agreement (or the ACO terminates it voluntarily).";
        if (!today.isBefore(agreementStart)) {
            return Optional.of("The agreement this approval made started on " + DisplayFormat.date(agreementStart)
                    + ": the ACO is in the program, so the approval can no longer be reopened." + instead);
        }
        if (certificationSigned) {
            return Optional.of("The ACO has signed a certification under the agreement this approval made, so the approval "
                    + "can no longer be reopened." + instead);
        }
        if (settled) {
            return Optional.of("CMS has reconciled a performance year of the agreement this approval made, so the approval "
                    + "can no longer be reopened." + instead);
        }
        return Optional.empty();
    }

    public static final int MAX_REOPEN_REASON = 500;

    /** The deficiencies sent to the ACO so far (not those a reviewer is still collecting). */
    public List<Deficiency> sentDeficiencies() {
        return deficiencies.stream().filter(d -> d.getRfiRound() <= rfiRound).toList();
    }

    public List<Deficiency> openDeficiencies() {
        return deficiencies.stream().filter(d -> d.getRfiRound() == rfiRound && rfiRound > 0).toList();
    }

    /** How CMS's own events begin: their authors are CMS staff ({@link #nameForAco}). */
    private static final String RFI_SENT = "Sent RFI ";
    private static final String APPROVED = "Approved the application.";
    private static final String DENIED = "Denied the application: ";
    private static final String REOPENED = "Reopened the decision: ";
    /** What the ACO reads instead of a CMS staff member's user name. */
    public static final String CMS_REVIEWER = "CMS reviewer";

    /**
     * A user name as the ACO may see it: its own people by name, CMS staff (the reviewer, whoever recorded
     * a deficiency or made a CMS decision) only as "CMS reviewer", so the ACO never learns CMS accounts.
     */
    public String nameForAco(String userName) {
        if (userName == null) {
            return null;
        }
        boolean cms = userName.equals(reviewer)
                || deficiencies.stream().anyMatch(d -> userName.equals(d.getRecordedBy()))
                || history.stream().anyMatch(e -> userName.equals(e.getUserName()) && (e.getDescription().startsWith(RFI_SENT)
                        || e.getDescription().equals(APPROVED) || e.getDescription().startsWith(DENIED)
                        || e.getDescription().startsWith(REOPENED)));
        return cms ? CMS_REVIEWER : userName;
    }

    /** Makes a submitted application a reviewer's work (taken, or assigned by a supervisor). */
    public void assignTo(String reviewer) {
        if (status != ApplicationStatus.SUBMITTED && status != ApplicationStatus.RESUBMITTED) {
            throw new BusinessException("This application is " + status.description() + "; only a submitted one waits for a reviewer.");
        }
        this.reviewer = Objects.requireNonNull(reviewer);
    }

    private void takeReview(String reviewer) {
        this.reviewer = reviewer;
        changedBy(reviewer);
    }

    private void requireEditable() {
        if (!status.editableByAco()) {
            throw new BusinessException("This application is " + status.description() + "; it cannot be changed now.");
        }
    }

    private void changedBy(String by) {
        this.lastChangedBy = by;
        this.lastChangedAt = LocalDateTime.now();
    }

    private void record(String by, LocalDateTime now, String what) {
        changedBy(by);
        history.add(new ApplicationEvent(this, now, by, what));
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public AcoId getAcoId() { return acoId; }
    public ApplicationCycle getCycle() { return cycle; }
    public ApplicationStatus getStatus() { return status; }
    public int getRfiRound() { return rfiRound; }
    public LocalDate getRfiDeadline() { return rfiDeadline; }
    public LocalDate getSubmittedOn() { return submittedOn; }
    public String getReviewer() { return reviewer; }
    public String getLastChangedBy() { return lastChangedBy; }
    public LocalDateTime getLastChangedAt() { return lastChangedAt; }
    public String getDecisionReason() { return decisionReason; }
    public String getLegalName() { return legalName; }
    public Tin getTin() { return tin; }
    public String getDoingBusinessAs() { return doingBusinessAs; }
    public String getAddress() { return address; }
    public LocalDate getAgreementStart() { return agreementStart; }
    public Track getTrack() { return track; }
    public MsrMlrChoice getMsrMlr() { return msrMlr; }
    public AssignmentMethod getAssignmentMethod() { return assignmentMethod; }
    public boolean isSnfWaiver() { return snfWaiver; }
    public Map<Integer, Track> getElectedLevels() { return Collections.unmodifiableMap(electedLevels); }
    public String getGoverningBody() { return governingBody; }
    public String getComplianceOfficial() { return complianceOfficial; }
    public String getMedicalDirector() { return medicalDirector; }
    public RepaymentType getRepaymentType() { return repaymentType; }
    public String getRepaymentIssuer() { return repaymentIssuer; }
    public BigDecimal getRepaymentAmount() { return repaymentAmount; }
    public BigDecimal getTotalExpenditures() { return totalExpenditures; }
    public BigDecimal getParticipantRevenue() { return participantRevenue; }
    public EftStatus getEftStatus() { return eftStatus; }
    public boolean isAttestAccurate() { return attestAccurate; }
    public boolean isAttestCompliance() { return attestCompliance; }
    public List<Deficiency> getDeficiencies() { return Collections.unmodifiableList(deficiencies); }
    public List<ApplicationDocument> getDocuments() { return Collections.unmodifiableList(documents); }
    public List<ApplicationEvent> getHistory() { return Collections.unmodifiableList(history); }
    /** One receipt per submission, the first submission first. */
    public List<ApplicationReceipt> getReceipts() { return Collections.unmodifiableList(receipts); }

    public boolean isExperiencedWithRisk() {
        return experiencedWithRisk;
    }

    public ParticipationOptions.Entrant getEntrant() {
        return entrant;
    }

    public boolean hadBasicAgreement() {
        return hadBasicAgreement;
    }
}
