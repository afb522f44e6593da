package gov.cms.ssp.application;

import gov.cms.ssp.aco.Aco;
import gov.cms.ssp.agreement.Agreement;
import gov.cms.ssp.agreement.AgreementHistory;
import gov.cms.ssp.agreement.AgreementService;
import gov.cms.ssp.agreement.ParticipationOptions;
import gov.cms.ssp.agreement.AgreementView;
import gov.cms.ssp.agreement.Track;
import gov.cms.ssp.notification.Audience;
import gov.cms.ssp.notification.NotificationEvent;
import gov.cms.ssp.notification.ProgramNotice;
import gov.cms.ssp.shared.AccessDeniedException;
import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.BusinessException;
import gov.cms.ssp.shared.CallerContext;
import gov.cms.ssp.shared.ConcurrentChangeException;
import gov.cms.ssp.shared.DisplayFormat;
import gov.cms.ssp.shared.NotFoundException;
import gov.cms.ssp.shared.Page;
import gov.cms.ssp.shared.PageRequest;
import gov.cms.ssp.shared.Role;
import gov.cms.ssp.shared.Tin;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import gov.cms.ssp.audit.AuditLog;
import gov.cms.ssp.audit.AuditValues;
import gov.cms.ssp.audit.FieldChange;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The application cycle: ACOs (after their notice of intent, {@link NoticeService}) prepare and submit applications and answer
 * requests for information; CMS reviewers review, send RFIs and decide. Approval creates the
 * agreement and puts the ACO's track into the public directory. Every method checks who calls and,
 * for ACO users, that the application is their ACO's.
 */
@Stateless
@RolesAllowed({Role.CMS_ADMIN, Role.CMS_REVIEWER, Role.CMS_ANALYST, Role.ACO_EXECUTIVE, Role.ACO_STAFF})
public class ApplicationService {
    private static final Map<String, String> SORTABLE = Map.of(
            "acoId", "a.acoId", "legalName", "a.legalName", "status", "a.status", "track", "a.track",
            "reviewer", "a.reviewer", "cycleYear", "c.agreementYear", "submittedOn", "a.submittedOn",
            "deadline", "a.rfiDeadline");

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerContext caller;
    @Inject
    private Event<ProgramNotice> notices;
    @Inject
    private AuditLog audit;

    @EJB
    private AgreementService agreements;

    // ---- cycles ----

    public List<CycleView> cycles() {
        LocalDate today = LocalDate.now();
        return em.createQuery("select c from ApplicationCycle c order by c.agreementYear desc", ApplicationCycle.class)
                .getResultStream().map(c -> CycleView.of(c, today)).toList();
    }

    /** Creates the cycle for agreements starting January 1 of {@code year}, or sets its dates. */
    @RolesAllowed(Role.CMS_ADMIN)
    public CycleView scheduleCycle(int year, @NotNull ApplicationCycle.Windows windows, long seenVersion) {
        Optional<ApplicationCycle> existing = findCycle(year);
        ApplicationCycle cycle;
        if (existing.isPresent()) {
            cycle = existing.get();
            if (seenVersion >= 0 && cycle.getVersion() != seenVersion) {
                throw new ConcurrentChangeException("The " + year + " cycle was changed by someone else while you were "
                        + "editing it. Reload to see the current dates.");
            }
            cycle.reschedule(windows);
        } else {
            cycle = new ApplicationCycle(year, windows);
            em.persist(cycle);
        }
        flush();
        return CycleView.of(cycle, LocalDate.now());
    }

    // ---- the ACO side ----

    /** Starts the draft application after the notice; the legal entity is copied from the notice. */
    @RolesAllowed({Role.ACO_EXECUTIVE, Role.ACO_STAFF})
    public ApplicationView start(@NotNull AcoId acoId, int year) {
        caller.requireMembership(acoId);
        ApplicationCycle cycle = cycle(year);
        NoticeOfIntent notice = notice(acoId, cycle).orElseThrow(() -> new BusinessException(
                "File the Notice of Intent to Apply for " + year + " before starting the application."));
        if (find(acoId, cycle).isPresent()) {
            throw new BusinessException(acoId + " already has an application for " + year + "; open it to continue.");
        }
        LocalDate today = LocalDate.now();
        if (today.isAfter(cycle.windows().submissionCloses())) {
            cycle.requireSubmissionOpen(today);
        }
        Application a = new Application(acoId, cycle, notice.getLegalName(), notice.getTin(), notice.getDoingBusinessAs(),
                notice.getAddress(), caller.userName(), LocalDateTime.now());
        em.persist(a);
        flush();
        return ApplicationView.forAco(withHistory(a));
    }

    /** The caller's ACOs' applications, newest cycle first. */
    @RolesAllowed({Role.ACO_EXECUTIVE, Role.ACO_STAFF})
    public List<ApplicationView> myApplications() {
        Set<AcoId> ids = caller.acoIds();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from Application a join a.cycle c where a.acoId in :ids "
                        + "order by c.agreementYear desc, a.acoId", Application.class)
                .setParameter("ids", new ArrayList<>(ids)).getResultStream()
                .map(a -> ApplicationView.forAco(withHistory(a))).toList();
    }

    public ApplicationView view(long id) {
        Application a = load(id);
        caller.requireAcoAccess(a.getAcoId(), () -> noSuchApplication(id));
        return caller.isCms() ? ApplicationView.of(a) : ApplicationView.forAco(a);
    }

    /** Saves one section of a draft (or of an application in RFI). */
    @RolesAllowed({Role.ACO_EXECUTIVE, Role.ACO_STAFF})
    public ApplicationView saveSection(long id, @NotNull ApplicationSection section, @NotNull @Valid ApplicationForm f,
                                       long seenVersion) {
        Application a = loadForAco(id, seenVersion);
        String by = caller.userName();
        switch (section) {
            case LEGAL_ENTITY -> a.editLegalEntity(f.legalName(), f.tin() == null || f.tin().isBlank() ? null : Tin.of(f.tin()),
                    f.doingBusinessAs(), f.address(), by);
            case TRACK -> {
                a.declareExperience(Boolean.TRUE.equals(f.experiencedWithRisk()));
                a.chooseTrack(f.track(), f.msrMlr(), f.assignmentMethod(), f.snfWaiver(), f.elections(), by);
            }
            case GOVERNANCE -> a.describeGovernance(f.governingBody(), f.complianceOfficial(), f.medicalDirector(), by);
            case REPAYMENT -> a.provideRepayment(f.repaymentType(), f.repaymentIssuer(), f.repaymentAmount(),
                    f.totalExpenditures(), f.participantRevenue(), by);
            case EFT -> a.reportEft(f.eftStatus() == null ? EftStatus.NOT_STARTED : f.eftStatus(), by);
            case ATTESTATIONS -> {
                // the attestations bind the ACO: only its executive makes them
                if (!caller.hasRole(Role.ACO_EXECUTIVE)) {
                    throw new AccessDeniedException("Only your ACO executive makes the attestations: they bind the ACO.");
                }
                a.attest(f.attestAccurate(), f.attestCompliance(), by);
            }
            case DOCUMENTS -> {
                // documents are saved by upload(); nothing else to save in this step
            }
        }
        flush();
        return ApplicationView.forAco(a);
    }

    @RolesAllowed({Role.ACO_EXECUTIVE, Role.ACO_STAFF})
    public ApplicationView upload(long id, @NotNull DocumentKind kind, String fileName, byte[] content, long seenVersion) {
        Application a = loadForAco(id, seenVersion);
        a.upload(kind, fileName, content, caller.userName(), LocalDateTime.now());
        flush();
        return ApplicationView.forAco(a);
    }

    /** An uploaded document as it is served: its file name and bytes. */
    public record DocumentFile(String fileName, byte[] content) {
    }

    public DocumentFile document(long id, long documentId) {
        Application a = load(id);
        caller.requireAcoAccess(a.getAcoId(), () -> noSuchApplication(id));
        ApplicationDocument d = a.getDocuments().stream().filter(x -> x.getId() == documentId).findFirst()
                .orElseThrow(() -> new NotFoundException("There is no such document in this application."));
        return new DocumentFile(d.getFileName(), d.getContent());
    }

    /** A PDF supporting the answer to a deficiency of the open RFI (same checks as every document). */
    @RolesAllowed({Role.ACO_EXECUTIVE, Role.ACO_STAFF})
    public ApplicationView attachToAnswer(long id, long deficiencyId, String fileName, byte[] content, long seenVersion) {
        Application a = loadForAco(id, seenVersion);
        a.attachToAnswer(deficiencyId, fileName, content, caller.userName(), LocalDateTime.now());
        flush();
        return ApplicationView.forAco(a);
    }

    @RolesAllowed({Role.ACO_EXECUTIVE, Role.ACO_STAFF})
    public ApplicationView answer(long id, long deficiencyId, String response, long seenVersion) {
        Application a = loadForAco(id, seenVersion);
        a.answer(deficiencyId, response, caller.userName());
        flush();
        return ApplicationView.forAco(a);
    }

    /** Only the ACO executive may submit: it binds the ACO. */
    @RolesAllowed(Role.ACO_EXECUTIVE)
    public ApplicationView submit(long id, long seenVersion) {
        Application a = loadForAco(id, seenVersion);
        boolean answeringRfi = a.getStatus() == gov.cms.ssp.application.ApplicationStatus.IN_RFI;
        a.submit(caller.userName(), LocalDateTime.now());
        flush();
        if (answeringRfi) {
            notices.fire(ProgramNotice.of(NotificationEvent.RFI_ANSWERED, Audience.role(Role.CMS_REVIEWER),
                    a.getAcoId().value() + " answered the request for information",
                    a.getAcoId().value() + " resubmitted its application for agreements from " + a.getAgreementStart().getYear()
                            + " with its answers; it waits for your review.", "cms/application.xhtml?id=" + a.getId()));
        }
        return ApplicationView.forAco(a);
    }

    // ---- the CMS side ----

    @RolesAllowed({Role.CMS_ADMIN, Role.CMS_REVIEWER, Role.CMS_ANALYST})
    public Page<ApplicationRow> queue(@NotNull PageRequest request) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        String status = request.filter("status");
        if (status != null) {
            where.append(" and a.status = :status");
            params.put("status", ApplicationStatus.valueOf(status));
        }
        String track = request.filter("track");
        if (track != null) {
            where.append(" and a.track = :track");
            params.put("track", Track.valueOf(track));
        }
        String reviewer = request.filter("reviewer");
        if (reviewer != null) {
            where.append(" and upper(a.reviewer) like :reviewer");
            params.put("reviewer", "%" + reviewer.toUpperCase() + "%");
        }
        String aco = request.filter("acoId");
        if (aco != null) {
            where.append(" and (upper(a.acoId) like :aco or upper(a.legalName) like :aco)"); // ID or name
            params.put("aco", "%" + aco.toUpperCase() + "%");
        }
        String year = request.filter("cycleYear");
        if (year != null && year.matches("\\d{4}")) {
            where.append(" and c.agreementYear = :year");
            params.put("year", Integer.parseInt(year));
        }
        String deadline = request.filter("deadline");
        if (deadline != null) {
            // "due by" a date: RFIs whose answers are due on or before it
            where.append(" and a.rfiDeadline <= :deadline");
            params.put("deadline", parseDate(deadline));
        }
        String order = SORTABLE.getOrDefault(request.sortField() == null ? "" : request.sortField(), "a.submittedOn");
        TypedQuery<Application> rows = em.createQuery("select a from Application a join a.cycle c" + where
                + " order by " + order + (request.ascending() ? " asc" : " desc") + " nulls last, a.id", Application.class);
        TypedQuery<Long> count = em.createQuery("select count(a) from Application a join a.cycle c" + where, Long.class);
        params.forEach((k, v) -> {
            rows.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<ApplicationRow> page = rows.setFirstResult(request.first()).setMaxResults(request.pageSize())
                .getResultStream().map(ApplicationRow::of).toList();
        return new Page<>(page, count.getSingleResult());
    }

    @RolesAllowed(Role.CMS_REVIEWER)
    public ApplicationView recordDeficiency(long id, @NotNull ApplicationSection section, String description, long seenVersion) {
        Application a = loadForCms(id, seenVersion);
        a.recordDeficiency(section, description, caller.userName());
        flush();
        return ApplicationView.of(a);
    }

    @RolesAllowed(Role.CMS_REVIEWER)
    public ApplicationView issueRfi(long id, long seenVersion) {
        Application a = loadForCms(id, seenVersion);
        a.issueRfi(caller.userName(), LocalDateTime.now());
        flush();
        notices.fire(ProgramNotice.of(NotificationEvent.RFI_SENT, Audience.aco(a.getAcoId()),
                "Request for information on your application for " + a.getAgreementStart().getYear(),
                "CMS sent request for information " + a.getRfiRound() + " on your application: answer each deficiency beside its"
                        + " section by " + DisplayFormat.date(a.getRfiDeadline()) + ", then your executive resubmits.",
                "aco/application.xhtml?id=" + a.getId()));
        return ApplicationView.of(a);
    }

    /** Approves: the agreement is created and the ACO enters it, which puts it into the public directory. */
    @RolesAllowed(Role.CMS_REVIEWER)
    public ApplicationView approve(long id, long seenVersion) {
        Application a = loadForCms(id, seenVersion);
        Agreement agreement = a.approve(caller.userName(), LocalDateTime.now(), agreements.history(a.getAcoId()).nextAgreementNumber());
        em.persist(agreement);
        aco(a.getAcoId()).enterAgreement(agreement.entryLevel(), agreement.getStartDate(), agreement.getAgreementNumber());
        flush();
        notices.fire(ProgramNotice.of(NotificationEvent.APPLICATION_DECIDED, Audience.aco(a.getAcoId()),
                "Your application was approved",
                "CMS approved your application: your participation agreement starts on " + DisplayFormat.date(agreement.getStartDate())
                        + ".", "aco/application.xhtml?id=" + a.getId()));
        return ApplicationView.of(a);
    }

    @RolesAllowed(Role.CMS_REVIEWER)
    public ApplicationView deny(long id, String reason, long seenVersion) {
        Application a = loadForCms(id, seenVersion);
        a.deny(reason, caller.userName(), LocalDateTime.now());
        flush();
        notices.fire(ProgramNotice.of(NotificationEvent.APPLICATION_DECIDED, Audience.aco(a.getAcoId()),
                "Your application was denied", "CMS denied your application for agreements from "
                        + a.getAgreementStart().getYear() + ". Log in to read the reason.", "aco/application.xhtml?id=" + a.getId()));
        return ApplicationView.of(a);
    }

    /**
     * A supervisor reopens a decision with a written reason: the application is under review again, in
     * its reviewer's queue; the reopening is in the audit trail and the ACO is told. An approval is
     * reopened only before anything stands on its agreement ({@link Application#approvalReopenRefusal});
     * the agreement is then withdrawn and the ACO's record goes back to its earlier agreement, if any.
     */
    @RolesAllowed(Role.CMS_ADMIN)
    public ApplicationView reopen(long id, String reason, long seenVersion) {
        Application a = loadForCms(id, seenVersion);
        String before = a.getStatus().label();
        Optional<Agreement> made = a.getStatus() == ApplicationStatus.APPROVED ? agreementMadeBy(a) : Optional.empty();
        a.reopen(reason, caller.userName(), LocalDateTime.now(), made.map(this::certificationSigned).orElse(false),
                made.map(this::settled).orElse(false));
        List<FieldChange> changes = new ArrayList<>(List.of(new FieldChange("Status", before, a.getStatus().label()),
                new FieldChange("Reason", AuditValues.NONE, reason.strip())));
        made.ifPresent(g -> {
            withdraw(g);
            changes.add(new FieldChange("Agreement", "Agreement " + g.getAgreementNumber() + " from "
                    + DisplayFormat.date(g.getStartDate()), "withdrawn"));
        });
        flush();
        audit.record(a.getAcoId().value(), "Application", a.getAcoId().value() + " for " + a.getAgreementStart().getYear(),
                "Decision reopened", changes);
        notices.fire(ProgramNotice.of(NotificationEvent.DECISION_REOPENED, Audience.aco(a.getAcoId()),
                "CMS reopened the decision on your application",
                "CMS reopened the decision on your application for agreements from " + a.getAgreementStart().getYear()
                        + ": it is under review again" + (made.isPresent() ? ", and the agreement its approval made is withdrawn until"
                        + " CMS decides again" : "") + ". Reason: " + shortened(reason.strip()), "aco/application.xhtml?id=" + a.getId()));
        return ApplicationView.of(a);
    }

    /**
     * For the supervisor's page: why this approval can no longer be reopened, in words (empty: it can, or
     * the application is not approved).
     */
    @RolesAllowed(Role.CMS_ADMIN)
    public Optional<String> approvalReopenRefusal(long id) {
        Application a = load(id);
        if (a.getStatus() != ApplicationStatus.APPROVED) {
            return Optional.empty();
        }
        Optional<Agreement> made = agreementMadeBy(a);
        return a.approvalReopenRefusal(LocalDate.now(), made.map(this::certificationSigned).orElse(false),
                made.map(this::settled).orElse(false));
    }

    private Optional<Agreement> agreementMadeBy(Application a) {
        return em.createQuery("select g from Agreement g where g.applicationId = :id", Agreement.class)
                .setParameter("id", a.getId()).getResultStream().findFirst();
    }

    /** The ACO signed a certification for a PY of the agreement. */
    private boolean certificationSigned(Agreement g) {
        return em.createQuery("select count(c) from Certification c where c.acoId = :aco and c.py between :first and :last"
                        + " and c.signedAt is not null", Long.class).setParameter("aco", g.getAcoId())
                .setParameter("first", g.firstPerformanceYear()).setParameter("last", g.lastPerformanceYear()).getSingleResult() > 0;
    }

    /** CMS reconciled a PY of the agreement for the ACO (in any run). */
    private boolean settled(Agreement g) {
        return em.createQuery("select count(r) from AcoReconciliation r where r.acoId = :aco and r.performanceYear between :first"
                        + " and :last", Long.class).setParameter("aco", g.getAcoId())
                .setParameter("first", g.firstPerformanceYear()).setParameter("last", g.lastPerformanceYear()).getSingleResult() > 0;
    }

    /** Takes the agreement back; the ACO's record shows the agreement in force today, else its latest, else none. */
    private void withdraw(Agreement g) {
        em.remove(g);
        em.flush();
        Aco aco = aco(g.getAcoId());
        AgreementHistory left = agreements.history(g.getAcoId());
        left.agreementIn(LocalDate.now().getYear())
                .or(() -> left.agreements().stream().max(java.util.Comparator.comparing(Agreement::getStartDate)))
                .ifPresentOrElse(prev -> aco.enterAgreement(prev.entryLevel(), prev.getStartDate(), prev.getAgreementNumber()),
                        aco::leaveAgreement);
    }

    static String shortened(String text) {
        return text.length() <= 1500 ? text : text.substring(0, 1500) + "…";
    }

    /** The agreements of an ACO, newest first. */
    public List<AgreementView> agreements(@NotNull AcoId acoId) {
        caller.requireAcoAccess(acoId);
        return em.createQuery("select g from Agreement g where g.acoId = :aco order by g.startDate desc, g.id desc", Agreement.class)
                .setParameter("aco", acoId).getResultStream().map(AgreementView::of).toList();
    }

    /** One revision of an application in the audit trail: who, when, which fields. */
    public record Revision(long revision, java.time.Instant changedAt, String userName, String change, List<String> changedFields) {
    }

    /** The application's audit trail (Envers), newest first. CMS only: it names CMS staff. */
    @RolesAllowed({Role.CMS_ADMIN, Role.CMS_REVIEWER, Role.CMS_ANALYST})
    @SuppressWarnings("unchecked")
    public List<Revision> auditTrail(long id) {
        List<Object[]> rows = org.hibernate.envers.AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntityWithChanges(Application.class, true)
                .add(org.hibernate.envers.query.AuditEntity.id().eq(id))
                .addOrder(org.hibernate.envers.query.AuditEntity.revisionNumber().desc()).setMaxResults(200).getResultList();
        return rows.stream().map(r -> {
            gov.cms.ssp.audit.AuditRevision rev = (gov.cms.ssp.audit.AuditRevision) r[1];
            org.hibernate.envers.RevisionType kind = (org.hibernate.envers.RevisionType) r[2];
            Set<String> changed = (Set<String>) r[3];
            return new Revision(rev.getId(), rev.getChangedAt(), rev.getUserName(),
                    kind == org.hibernate.envers.RevisionType.ADD ? "created" : "changed",
                    changed == null ? List.of() : changed.stream().sorted().toList());
        }).toList();
    }

    // ---- helpers ----

    private Application loadForAco(long id, long seenVersion) {
        Application a = load(id);
        caller.requireMembership(a.getAcoId(), () -> noSuchApplication(id));
        requireVersion(a, seenVersion, a.nameForAco(a.getLastChangedBy()));
        return a;
    }

    private Application loadForCms(long id, long seenVersion) {
        Application a = load(id);
        requireVersion(a, seenVersion, a.getLastChangedBy());
        return a;
    }

    private static void requireVersion(Application a, long seenVersion, String changedBy) {
        if (seenVersion >= 0 && a.getVersion() != seenVersion) {
            throw new ConcurrentChangeException("This application was changed by " + Optional.ofNullable(changedBy)
                    .orElse("someone else") + " while you were working on it. Reload to see the change, then try again; "
                    + "nothing of theirs was overwritten.");
        }
    }

    /** Two writers at the same instant: the database's version check turns the loser away in words. */
    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException("Someone else changed this record at the same moment. Reload to see "
                    + "the change, then try again.");
        }
    }

    private Application load(long id) {
        Application a = em.find(Application.class, id);
        if (a == null) {
            throw noSuchApplication(id);
        }
        return withHistory(a);
    }

    /** Tells the application what the program's agreements say of its ACO: new, renewing or re-entering, an earlier BASIC agreement. */
    private Application withHistory(Application a) {
        AgreementHistory h = agreements.history(a.getAcoId());
        a.knowProgramHistory(ParticipationOptions.entrant(h, a.getAgreementStart()),
                ParticipationOptions.hadBasicAgreement(h, a.getAgreementStart()));
        return a;
    }

    /** Said alike of a missing application and of another ACO's (CallerContext#requireAcoAccess). */
    private static NotFoundException noSuchApplication(long id) {
        return new NotFoundException("There is no application " + id + ".");
    }

    private Optional<Application> find(AcoId acoId, ApplicationCycle cycle) {
        return ApplicationLookups.application(em, acoId, cycle);
    }

    private Optional<NoticeOfIntent> notice(AcoId acoId, ApplicationCycle cycle) {
        return ApplicationLookups.notice(em, acoId, cycle);
    }

    private Optional<ApplicationCycle> findCycle(int year) {
        return ApplicationLookups.findCycle(em, year);
    }

    private ApplicationCycle cycle(int year) {
        return ApplicationLookups.cycle(em, year);
    }

    private Aco aco(AcoId acoId) {
        return em.createQuery("select a from Aco a where a.acoId = :id", Aco.class).setParameter("id", acoId)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("There is no ACO with ID " + acoId + "."));
    }


    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            try {
                return LocalDate.parse(text, java.time.format.DateTimeFormatter.ofPattern("MM/dd/yyyy"));
            } catch (java.time.format.DateTimeParseException again) {
                throw new BusinessException("'" + text + "' is not a date; write it as MM/DD/YYYY.");
            }
        }
    }
}
