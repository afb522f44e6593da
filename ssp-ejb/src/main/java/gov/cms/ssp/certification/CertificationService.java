package gov.cms.ssp.certification;

import gov.cms.ssp.aco.Aco;
import gov.cms.ssp.agreement.AgreementHistory;
import gov.cms.ssp.agreement.AgreementService;
import gov.cms.ssp.agreement.Track;
import gov.cms.ssp.aco.AcoContact;
import gov.cms.ssp.aco.ContactRole;
import gov.cms.ssp.aco.ContactView;
import gov.cms.ssp.certification.Certification.Signature;
import gov.cms.ssp.notification.Audience;
import gov.cms.ssp.notification.NotificationEvent;
import gov.cms.ssp.notification.ProgramNotice;
import gov.cms.ssp.shared.ExportCell;
import gov.cms.ssp.participant.ListKind;
import gov.cms.ssp.reconciliation.AcoReconciliation;
import gov.cms.ssp.reconciliation.RunStatus;
import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.BusinessException;
import gov.cms.ssp.shared.CallerContext;
import gov.cms.ssp.shared.ConcurrentChangeException;
import gov.cms.ssp.shared.DisplayFormat;
import gov.cms.ssp.shared.NotFoundException;
import gov.cms.ssp.shared.Page;
import gov.cms.ssp.shared.PageRequest;
import gov.cms.ssp.shared.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The annual certification: CMS opens the window per PY, each ACO reviews its package, the ACO
 * executive signs (which freezes the lists signed into snapshot rows), CMS follows every ACO's
 * status and grants extensions. Also the ACO's compliance record and its public reporting page.
 */
@Stateless
@RolesAllowed({Role.CMS_ADMIN, Role.CMS_REVIEWER, Role.CMS_ANALYST, Role.ACO_EXECUTIVE, Role.ACO_STAFF})
public class CertificationService {
    private static final Map<String, String> SORTABLE = Map.of("acoId", "aco_id", "legalName", "legal_name",
            "status", "status", "deadline", "deadline", "signedAt", "signed_at");

    @PersistenceContext
    private EntityManager em;
    @Inject
    private Event<ProgramNotice> notices;

    @EJB
    private CallerContext caller;

    @EJB
    private AgreementService agreements;

    /** Opens the window for a PY, or moves it if it is already open. */
    @RolesAllowed(Role.CMS_ADMIN)
    public CycleView openWindow(int py, @NotNull LocalDate opensOn, @NotNull LocalDate deadline) {
        CertificationCycle cycle = em.find(CertificationCycle.class, py);
        boolean opened = cycle == null;
        if (opened) {
            cycle = new CertificationCycle(py, opensOn, deadline, caller.userName(), LocalDateTime.now());
            em.persist(cycle);
        } else {
            cycle.reschedule(opensOn, deadline);
        }
        em.flush();
        for (String acoId : em.createQuery("select a.acoId from Aco a where a.track is not null order by a.acoId", AcoId.class)
                .getResultList().stream().map(AcoId::value).toList()) {
            notices.fire(ProgramNotice.of(NotificationEvent.CERTIFICATION_WINDOW_OPENED, Audience.aco(AcoId.of(acoId)),
                    (opened ? "The " + py + " annual certification opens on " : "The " + py + " annual certification moved: it opens on ")
                            + DisplayFormat.date(opensOn),
                    "Your ACO executive certifies the participant list, the SNF affiliate list and the compliance and data"
                            + " certification for PY " + py + " between " + DisplayFormat.date(opensOn) + " and "
                            + DisplayFormat.date(deadline) + ".", "aco/certification.xhtml?py=" + py));
        }
        return CycleView.of(cycle);
    }

    public List<CycleView> cycles() {
        return em.createQuery("select c from CertificationCycle c order by c.py desc", CertificationCycle.class)
                .getResultStream().map(CycleView::of).toList();
    }

    /** The PY pages open on: the latest window CMS has opened, else next year. */
    public int currentPy() {
        return cycles().stream().filter(c -> !c.opensOn().isAfter(LocalDate.now())).mapToInt(CycleView::py).max()
                .orElse(LocalDate.now().getYear() + 1);
    }

    /**
     * The package for review. Reading it changes nothing, for anyone: a GET that wrote would let any
     * link or prefetch mark an ACO "in progress" on CMS's dashboard. The certification is started by
     * the ACO's first real action on it ({@link #startOpenCertifications}) or by signing.
     */
    public CertificationPackage packageFor(@NotNull AcoId acoId, int py) {
        caller.requireAcoAccess(acoId);
        Aco aco = aco(acoId);
        CertificationCycle cycle = cycle(py);
        return assemble(aco, cycle, certification(acoId, py).orElse(null));
    }

    /**
     * The ACO's people have worked on a part of the package (public page, EFT and repayment, compliance
     * plan): the certification of every window open today is recorded as started, by them.
     */
    private void startOpenCertifications(AcoId acoId) {
        LocalDate today = LocalDate.now();
        for (CertificationCycle cycle : em.createQuery("select c from CertificationCycle c where c.opensOn <= :today"
                + " and c.deadline >= :today", CertificationCycle.class).setParameter("today", today).getResultList()) {
            if (certification(acoId, cycle.getPy()).isEmpty()) {
                em.persist(new Certification(acoId, cycle.getPy(), caller.userName(), LocalDateTime.now()));
            }
        }
    }

    /**
     * The ACO executive signs the package: every part attested, with name and title; the lists in
     * force are copied into the certification's snapshot in the same transaction.
     */
    @RolesAllowed(Role.ACO_EXECUTIVE)
    public CertificationPackage sign(@NotNull AcoId acoId, int py, @NotNull Signature signature) {
        caller.requireMembership(acoId);
        Aco aco = aco(acoId);
        CertificationCycle cycle = cycle(py);
        Certification certification = certification(acoId, py).orElseGet(() -> {
            Certification started = new Certification(acoId, py, caller.userName(), LocalDateTime.now());
            em.persist(started);
            return started;
        });
        RepaymentMechanismRule.Recomputation repayment = repayment(aco, cycle);
        List<ItemCheck> checks = PackageRules.check(facts(aco, py, repayment));
        certification.sign(signature, checks, repayment == null ? null : repayment.required(), caller.userName(), cycle,
                LocalDateTime.now());
        em.flush();
        freezeLists(certification);
        return assemble(aco, cycle, certification);
    }

    /** One set-based copy per list: the rows in force for the PY at this moment, kept as signed. */
    private void freezeLists(Certification c) {
        LocalDate start = LocalDate.of(c.getPy(), 1, 1);
        LocalDate end = LocalDate.of(c.getPy(), 12, 31);
        em.createNativeQuery("insert into certified_entry (certification_id, list_kind, entry_id, tin, npi, entry_name, specialty,"
                        + " effective_date, termination_date) select ?1, 'PARTICIPANT', p.id, p.tin, null, p.legal_name, null,"
                        + " p.effective_date, p.termination_date from participant_tin p where p.aco_id = ?2"
                        + " and p.effective_date <= ?3 and (p.termination_date is null or p.termination_date >= ?4)")
                .setParameter(1, c.getId()).setParameter(2, c.getAcoId().value()).setParameter(3, end).setParameter(4, start)
                .executeUpdate();
        em.createNativeQuery("insert into certified_entry (certification_id, list_kind, entry_id, tin, npi, entry_name, specialty,"
                        + " effective_date, termination_date) select ?1, 'PROVIDER_SUPPLIER', s.id, s.tin, s.npi, s.full_name,"
                        + " s.specialty, s.effective_date, s.termination_date from provider_supplier s where s.aco_id = ?2"
                        + " and s.effective_date <= ?3 and (s.termination_date is null or s.termination_date >= ?4)")
                .setParameter(1, c.getId()).setParameter(2, c.getAcoId().value()).setParameter(3, end).setParameter(4, start)
                .executeUpdate();
        // SNF affiliates: the CCN and star rating as signed are kept in the entry's description
        em.createNativeQuery("insert into certified_entry (certification_id, list_kind, entry_id, tin, npi, entry_name, specialty,"
                        + " effective_date, termination_date) select ?1, 'SNF_AFFILIATE', f.id, f.tin, null, f.facility_name,"
                        + " 'CCN ' || f.ccn || ', ' || cast(f.star_rating as varchar(1)) || ' stars', f.effective_date,"
                        + " f.termination_date from snf_affiliate f where f.aco_id = ?2"
                        + " and f.effective_date <= ?3 and (f.termination_date is null or f.termination_date >= ?4)")
                .setParameter(1, c.getId()).setParameter(2, c.getAcoId().value()).setParameter(3, end).setParameter(4, start)
                .executeUpdate();
    }

    /** A list exactly as signed (empty until the package is signed). */
    public Page<CertifiedEntryView> certifiedEntries(@NotNull AcoId acoId, int py, @NotNull ListKind kind,
                                                     @NotNull PageRequest request) {
        caller.requireAcoAccess(acoId);
        Certification c = certification(acoId, py).filter(Certification::isSigned).orElse(null);
        if (c == null) {
            return new Page<>(List.of(), 0);
        }
        String from = " from certified_entry e where e.certification_id = ?1 and e.list_kind = ?2";
        List<?> rows = em.createNativeQuery("select e.tin, e.npi, e.entry_name, e.specialty, e.effective_date, e.termination_date"
                        + from + " order by e.tin, e.npi, e.entry_id", Object[].class)
                .setParameter(1, c.getId()).setParameter(2, kind.name())
                .setFirstResult(request.first()).setMaxResults(request.pageSize()).getResultList();
        long total = ((Number) em.createNativeQuery("select count(*)" + from).setParameter(1, c.getId())
                .setParameter(2, kind.name()).getSingleResult()).longValue();
        return new Page<>(rows.stream().map(o -> {
            Object[] r = (Object[]) o;
            return new CertifiedEntryView((String) r[0], (String) r[1], (String) r[2], (String) r[3], date(r[4]), date(r[5]));
        }).toList(), total);
    }

    /** Every ACO's status for the PY; filter by status, ACO ID or name; sorted in the database. */
    @RolesAllowed({Role.CMS_ADMIN, Role.CMS_REVIEWER, Role.CMS_ANALYST})
    public Page<DashboardRow> dashboard(int py, @NotNull PageRequest request) {
        return dashboard(py, request, request.first(), request.pageSize());
    }

    /** The dashboard as CSV (Commons CSV; cells that a spreadsheet would run as formulas are neutralised). */
    @RolesAllowed({Role.CMS_ADMIN, Role.CMS_REVIEWER, Role.CMS_ANALYST})
    public String dashboardCsv(int py, @NotNull PageRequest request) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("ACO ID", "Legal name", "Track/level",
                "Status", "Deadline", "Extension reason", "Signed by", "Signed at").get())) {
            for (DashboardRow r : dashboard(py, request, 0, Integer.MAX_VALUE).rows()) {
                csv.printRecord(r.acoId(), ExportCell.neutralised(r.legalName()), r.trackLabel(), r.status().label(),
                        DisplayFormat.date(r.deadline()), ExportCell.neutralised(r.extensionReason() == null ? "" : r.extensionReason()),
                        ExportCell.neutralised(r.signerName() == null ? "" : r.signerName()),
                        DisplayFormat.dateTime(r.signedAt()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private Page<DashboardRow> dashboard(int py, PageRequest request, int first, int max) {
        CertificationCycle cycle = cycle(py);
        String inner = "select a.aco_id, a.legal_name, a.track, coalesce(c.extended_to, :deadline) as deadline, c.extended_to,"
                + " c.extension_reason, c.signer_name, c.signed_at,"
                + " case when c.signed_at is not null then 'SIGNED' when coalesce(c.extended_to, :deadline) < :today then 'OVERDUE'"
                + " when c.id is not null then 'IN_PROGRESS' else 'NOT_STARTED' end as status"
                + " from aco a left join certification c on c.aco_id = a.aco_id and c.py = :py where a.track is not null";
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        params.put("py", py);
        params.put("deadline", cycle.getDeadline());
        params.put("today", LocalDate.now());
        if (request.filter("status") != null) {
            where.append(" and x.status = :status");
            params.put("status", status(request.filter("status")).name());
        }
        if (request.filter("acoId") != null) {
            where.append(" and upper(x.aco_id) like :acoId");
            params.put("acoId", "%" + request.filter("acoId").toUpperCase() + "%");
        }
        if (request.filter("legalName") != null) {
            where.append(" and upper(x.legal_name) like :name");
            params.put("name", "%" + request.filter("legalName").toUpperCase() + "%");
        }
        String sort = SORTABLE.getOrDefault(request.sortField() == null ? "" : request.sortField(), "aco_id");
        Query rows = em.createNativeQuery("select * from (" + inner + ") x" + where + " order by x." + sort
                + (request.ascending() ? " asc" : " desc") + ", x.aco_id", Object[].class);
        Query count = em.createNativeQuery("select count(*) from (" + inner + ") x" + where);
        params.forEach((k, v) -> {
            rows.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<?> result = rows.setFirstResult(first).setMaxResults(max).getResultList();
        Map<String, AgreementHistory> histories = agreements.histories(result.stream().map(o -> (String) ((Object[]) o)[0]).toList());
        List<DashboardRow> page = result.stream().map(o -> {
            Object[] r = (Object[]) o;
            return new DashboardRow((String) r[0], (String) r[1],
                    levelLabel(histories.getOrDefault((String) r[0], AgreementHistory.none()).levelIn(py).orElse(null), py),
                    CertificationStatus.valueOf(((String) r[8]).strip()), date(r[3]), date(r[4]), (String) r[5], (String) r[6],
                    dateTime(r[7]));
        }).toList();
        return new Page<>(page, ((Number) count.getSingleResult()).longValue());
    }

    /** CMS gives one ACO more time to sign, with a reason kept on record. */
    @RolesAllowed(Role.CMS_ADMIN)
    public CertificationPackage grantExtension(@NotNull AcoId acoId, int py, @NotNull LocalDate until, String reason) {
        Aco aco = aco(acoId);
        CertificationCycle cycle = cycle(py);
        Certification certification = certification(acoId, py).orElseGet(() -> {
            Certification started = new Certification(acoId, py, caller.userName(), LocalDateTime.now());
            em.persist(started);
            return started;
        });
        certification.grantExtension(until, reason, caller.userName(), cycle, LocalDate.now());
        em.flush();
        notices.fire(ProgramNotice.of(NotificationEvent.EXTENSION_GRANTED, Audience.aco(acoId),
                "Your " + py + " certification may be signed until " + DisplayFormat.date(until),
                "CMS extended the deadline of your " + py + " annual certification to " + DisplayFormat.date(until) + ".",
                "aco/certification.xhtml?py=" + py));
        return assemble(aco, cycle, certification);
    }

    public PublicText publicText(@NotNull AcoId acoId) {
        caller.requireAcoAccess(acoId);
        aco(acoId);
        ComplianceRecord r = em.find(ComplianceRecord.class, acoId.value());
        return r == null ? new PublicText(null, null, null, null, -1)
                : new PublicText(r.getPublicUrl(), r.getGoverningBody(), r.getLeadership(), r.getSavingsUse(), r.getVersion());
    }

    /** ACO staff write the free-text parts of their public page; the rest comes from the system of record. */
    @RolesAllowed({Role.ACO_EXECUTIVE, Role.ACO_STAFF})
    public PublicText describePublicPage(@NotNull AcoId acoId, @NotNull @Valid PublicText text) {
        caller.requireMembership(acoId);
        aco(acoId);
        ComplianceRecord r = em.find(ComplianceRecord.class, acoId.value());
        if (r == null) {
            r = new ComplianceRecord(acoId);
            em.persist(r);
        } else if (text.version() >= 0 && r.getVersion() != text.version()) {
            throw new ConcurrentChangeException("The public page was changed by someone else while you were editing."
                    + " Reload to see their change, then edit again.");
        }
        r.describe(text.publicUrl(), text.governingBody(), text.leadership(), text.savingsUse());
        startOpenCertifications(acoId);
        em.flush();
        return publicText(acoId);
    }

    public FinancialArrangements financialArrangements(@NotNull AcoId acoId) {
        caller.requireAcoAccess(acoId);
        aco(acoId);
        ComplianceRecord r = em.find(ComplianceRecord.class, acoId.value());
        return r == null ? new FinancialArrangements(false, null, null, -1)
                : new FinancialArrangements(r.isEftAuthorized(), r.getRepaymentType(), r.getRepaymentIssuer(), r.getVersion());
    }

    /**
     * The ACO's own people record their EFT authorization and repayment mechanism (type and issuer);
     * CMS reads them in the package. Audited with the compliance record (Envers).
     */
    @RolesAllowed({Role.ACO_EXECUTIVE, Role.ACO_STAFF})
    public FinancialArrangements arrangeFinancials(@NotNull AcoId acoId, @NotNull @Valid FinancialArrangements arrangements) {
        caller.requireMembership(acoId);
        aco(acoId);
        ComplianceRecord r = em.find(ComplianceRecord.class, acoId.value());
        if (r == null) {
            r = new ComplianceRecord(acoId);
            em.persist(r);
        } else if (arrangements.version() >= 0 && r.getVersion() != arrangements.version()) {
            throw new ConcurrentChangeException("The EFT authorization and repayment mechanism were changed by someone else while"
                    + " you were editing. Reload to see their change, then edit again.");
        }
        r.arrangeFinancials(arrangements.eftAuthorized(), arrangements.repaymentType(), arrangements.repaymentIssuer());
        startOpenCertifications(acoId);
        em.flush();
        return financialArrangements(acoId);
    }

    /** A new version of the ACO's compliance plan (PDF, at most 10 MB); earlier versions are kept. */
    @RolesAllowed({Role.ACO_EXECUTIVE, Role.ACO_STAFF})
    public CompliancePlanView uploadCompliancePlan(@NotNull AcoId acoId, String fileName, byte[] content) {
        caller.requireMembership(acoId);
        aco(acoId);
        Integer latest = em.createQuery("select max(p.versionNo) from CompliancePlan p where p.acoId = :aco", Integer.class)
                .setParameter("aco", acoId).getSingleResult();
        CompliancePlan plan = new CompliancePlan(acoId, latest == null ? 1 : latest + 1, fileName, content, caller.userName(),
                LocalDateTime.now());
        em.persist(plan);
        startOpenCertifications(acoId);
        em.flush();
        return CompliancePlanView.of(plan);
    }

    /** Every version of the compliance plan, newest first. */
    public List<CompliancePlanView> compliancePlans(@NotNull AcoId acoId) {
        caller.requireAcoAccess(acoId);
        return em.createQuery("select new gov.cms.ssp.certification.CompliancePlanView(p.versionNo, p.fileName, p.sizeBytes,"
                        + " p.uploadedBy, p.uploadedAt) from CompliancePlan p where p.acoId = :aco order by p.versionNo desc",
                CompliancePlanView.class).setParameter("aco", acoId).getResultList();
    }

    /** The file of one version, with its name. */
    public CompliancePlanFile compliancePlan(@NotNull AcoId acoId, int versionNo) {
        caller.requireAcoAccess(acoId);
        CompliancePlan plan = em.createQuery("select p from CompliancePlan p where p.acoId = :aco and p.versionNo = :v",
                        CompliancePlan.class).setParameter("aco", acoId).setParameter("v", versionNo).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("There is no version " + versionNo + " of the compliance plan of " + acoId + "."));
        return new CompliancePlanFile(plan.getFileName(), plan.getContent());
    }

    /** A compliance plan's bytes and file name, for download. */
    public record CompliancePlanFile(String fileName, byte[] content) {
    }

    /** The ACO's public reporting page: no login needed, nothing private. */
    @PermitAll
    public PublicReport publicReport(@NotNull AcoId acoId) {
        Aco aco = aco(acoId);
        if (aco.getTrack() == null) {
            throw new NotFoundException("There is no ACO with ID " + acoId + ".");
        }
        ComplianceRecord r = em.find(ComplianceRecord.class, acoId.value());
        int py = LocalDate.now().getYear();
        List<String> participants = em.createQuery("select distinct p.legalName from ParticipantTin p where p.acoId = :aco"
                        + " and p.effectiveDate <= :end and (p.terminationDate is null or p.terminationDate >= :start)"
                        + " order by p.legalName", String.class)
                .setParameter("aco", acoId).setParameter("start", LocalDate.of(py, 1, 1)).setParameter("end", LocalDate.of(py, 12, 31))
                .getResultList();
        List<PublishedResults.Year> released = releasedResults(acoId);
        // the public contact is the one the ACO named for the public: never the executive's own e-mail and
        // phone in its place; leaders are published by name and title only
        ContactView primary = aco.contact(ContactRole.PRIMARY_CONTACT).map(ContactView::of).orElse(null);
        List<ContactView> leaders = aco.getContacts().stream()
                .filter(c -> c.getRole() == ContactRole.EXECUTIVE || c.getRole() == ContactRole.MEDICAL_DIRECTOR
                        || c.getRole() == ContactRole.COMPLIANCE_OFFICIAL)
                .map(c -> ContactView.of(c).withoutContactDetails()).toList();
        AgreementHistory history = agreements.history(acoId);
        return new PublicReport(acoId.value(), aco.getLegalName(), aco.getDoingBusinessAs(), aco.getStates(),
                levelLabel(history.levelIn(py).orElse(null), py), levelLabel(history.levelIn(py + 1).orElse(null), py + 1), primary, leaders, participants,
                r == null ? null : r.getGoverningBody(), r == null ? null : r.getLeadership(),
                r == null ? null : r.getSavingsUse(), PublishedResults.savingsOrLosses(released),
                PublishedResults.quality(released),
                snfWaiverUse(acoId), r == null ? null : r.getPublicUrl(), gov.cms.ssp.quality.PublicQuality.of(em, acoId));
    }

    /**
     * The ACO's results in runs CMS has released (never a draft or an approved-but-unreleased run),
     * newest PY first; a corrected run released later for a year replaces the earlier one.
     */
    private List<PublishedResults.Year> releasedResults(AcoId acoId) {
        Set<Integer> seen = new java.util.HashSet<>();
        return em.createQuery("select r from AcoReconciliation r join fetch r.run run where run.status = :released"
                        + " and r.acoId = :aco order by r.performanceYear desc, run.releasedAt desc", AcoReconciliation.class)
                .setParameter("released", RunStatus.RELEASED).setParameter("aco", acoId).getResultStream()
                .filter(r -> seen.add(r.getPerformanceYear()))
                .map(r -> new PublishedResults.Year(r.getPerformanceYear(), r.getNetAmount(), r.getQualityStandard(),
                        r.getQualityScore()))
                .toList();
    }

    private CertificationPackage assemble(Aco aco, CertificationCycle cycle, Certification c) {
        AcoId acoId = aco.getAcoId();
        RepaymentMechanismRule.Recomputation repayment = repayment(aco, cycle);
        PackageRules.Facts facts = facts(aco, cycle.getPy(), repayment);
        List<ItemCheck> checks = PackageRules.check(facts);
        LocalDate today = LocalDate.now();
        List<String> problems = new ArrayList<>();
        Certification probe = c != null ? c : new Certification(acoId, cycle.getPy(), "-", LocalDateTime.now());
        Signature everything = Signature.of("-", "-", checks.stream().map(ItemCheck::item).toList());
        if (!probe.isSigned()) {
            problems.addAll(probe.signingProblems(everything, checks, cycle, today));
        }
        CertificationStatus status = CertificationStatus.of(c != null, c != null && c.isSigned(),
                c == null ? cycle.getDeadline() : c.deadline(cycle), today);
        boolean signed = c != null && c.isSigned();
        long participants = signed ? certifiedCount(c, ListKind.PARTICIPANT) : facts.participants();
        long providers = signed ? certifiedCount(c, ListKind.PROVIDER_SUPPLIER) : facts.providersSuppliers();
        return new CertificationPackage(acoId.value(), aco.getLegalName(), levelLabel(facts.track(), cycle.getPy()),
                cycle.getPy(), cycle.getOpensOn(), c == null ? cycle.getDeadline() : c.deadline(cycle),
                c == null ? null : c.getExtendedTo(), c == null ? null : c.getExtensionReason(), status, checks, problems,
                aco.getContacts().stream().map(ContactView::of).toList(), facts.publicUrl(), repayment, participants, providers,
                signed ? c.getSignerName() : null, signed ? c.getSignerTitle() : null, signed ? c.getSignedBy() : null,
                signed ? c.getSignedAt() : null, signed ? c.getAttestedItems() : Set.of());
    }

    private long certifiedCount(Certification c, ListKind kind) {
        return ((Number) em.createNativeQuery("select count(*) from certified_entry where certification_id = ?1 and list_kind = ?2")
                .setParameter(1, c.getId()).setParameter(2, kind.name()).getSingleResult()).longValue();
    }

    private PackageRules.Facts facts(Aco aco, int py, RepaymentMechanismRule.Recomputation repayment) {
        ComplianceRecord r = em.find(ComplianceRecord.class, aco.getAcoId().value());
        Set<ContactRole> roles = aco.getContacts().stream().map(AcoContact::getRole)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ContactRole.class)));
        return new PackageRules.Facts(levelIn(aco, py), inForce("ParticipantTin", aco.getAcoId(), py),
                inForce("ProviderSupplier", aco.getAcoId(), py), inForce("SnfAffiliate", aco.getAcoId(), py), roles,
                r == null ? null : r.getPublicUrl(),
                r != null && r.isEftAuthorized(), r == null ? null : r.getRepaymentType(),
                r == null ? null : r.getRepaymentIssuer(), repayment, compliancePlanOnFile(aco.getAcoId()));
    }

    private boolean compliancePlanOnFile(AcoId acoId) {
        return em.createQuery("select count(p) from CompliancePlan p where p.acoId = :aco", Long.class)
                .setParameter("aco", acoId).getSingleResult() > 0;
    }

    /** The public page's waiver line: the SNF affiliates in force this year, from the ACO's list. */
    private String snfWaiverUse(AcoId acoId) {
        long affiliates = inForce("SnfAffiliate", acoId, LocalDate.now().getYear());
        return affiliates == 0 ? "No SNF affiliates on record; the SNF 3-day rule waiver is not used."
                : "Uses the SNF 3-day rule waiver with " + affiliates + " SNF affiliate" + (affiliates == 1 ? "" : "s") + ".";
    }

    private long inForce(String entity, AcoId acoId, int py) {
        return em.createQuery("select count(e) from " + entity + " e where e.acoId = :aco and e.effectiveDate <= :end"
                        + " and (e.terminationDate is null or e.terminationDate >= :start)", Long.class)
                .setParameter("aco", acoId).setParameter("start", LocalDate.of(py, 1, 1)).setParameter("end", LocalDate.of(py, 12, 31))
                .getSingleResult();
    }

    /**
     * The PY's repayment amount from the latest figures CMS recorded up to the PY; the prior amount
     * is what the previous PY's signed certification required, else what is on file.
     */
    private RepaymentMechanismRule.Recomputation repayment(Aco aco, CertificationCycle cycle) {
        Track level = levelIn(aco, cycle.getPy());
        if (level == null || !level.isTwoSided()) {
            return null;
        }
        List<?> basis = em.createNativeQuery("select assigned_expenditures, participant_revenue from repayment_basis"
                        + " where aco_id = ?1 and py <= ?2 order by py desc", Object[].class)
                .setParameter(1, aco.getAcoId().value()).setParameter(2, cycle.getPy()).setMaxResults(1).getResultList();
        if (basis.isEmpty()) {
            return null;
        }
        Object[] b = (Object[]) basis.get(0);
        BigDecimal prior = certification(aco.getAcoId(), cycle.getPy() - 1).filter(Certification::isSigned)
                .map(Certification::getRepaymentAmount)
                .orElseGet(() -> Optional.ofNullable(em.find(ComplianceRecord.class, aco.getAcoId().value()))
                        .map(ComplianceRecord::getRepaymentAmount).orElse(null));
        return RepaymentMechanismRule.recompute(level, decimal(b[0]), decimal(b[1]), prior, cycle.getOpensOn());
    }

    /** The track or level of the ACO's agreement in force in the PY (null: no agreement covers it). */
    private Track levelIn(Aco aco, int py) {
        return agreements.history(aco.getAcoId()).levelIn(py).orElse(null);
    }

    private static String levelLabel(Track level, int py) {
        return level == null ? "No agreement in PY" + py : level.label();
    }

    private Optional<Certification> certification(AcoId acoId, int py) {
        return em.createQuery("select c from Certification c where c.acoId = :aco and c.py = :py", Certification.class)
                .setParameter("aco", acoId).setParameter("py", py).getResultStream().findFirst();
    }

    private CertificationCycle cycle(int py) {
        CertificationCycle cycle = em.find(CertificationCycle.class, py);
        if (cycle == null) {
            throw new NotFoundException("CMS has not opened the certification window for " + py + ".");
        }
        return cycle;
    }

    private Aco aco(AcoId acoId) {
        return em.createQuery("select a from Aco a where a.acoId = :id", Aco.class).setParameter("id", acoId)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("There is no ACO with ID " + acoId + "."));
    }

    private static CertificationStatus status(String name) {
        try {
            return CertificationStatus.valueOf(name.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BusinessException("Unknown status " + name + "; use NOT_STARTED, IN_PROGRESS, SIGNED or OVERDUE.");
        }
    }

    private static BigDecimal decimal(Object o) {
        return o instanceof BigDecimal d ? d : new BigDecimal(String.valueOf(o));
    }

    private static LocalDate date(Object o) {
        return o == null ? null : o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }

    private static LocalDateTime dateTime(Object o) {
        return o == null ? null : o instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (LocalDateTime) o;
    }
}
