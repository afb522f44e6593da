package gov.cms.ssp.participant;

import gov.cms.ssp.agreement.AgreementService;
import gov.cms.ssp.certification.SignedLists;
import gov.cms.ssp.notification.Audience;
import gov.cms.ssp.notification.NotificationEvent;
import gov.cms.ssp.notification.ProgramNotice;
import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.BusinessException;
import gov.cms.ssp.shared.CallerContext;
import gov.cms.ssp.shared.ConcurrentChangeException;
import gov.cms.ssp.shared.NotFoundException;
import gov.cms.ssp.shared.Page;
import gov.cms.ssp.shared.PageRequest;
import gov.cms.ssp.shared.Role;
import gov.cms.ssp.snf.SnfScreening;
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
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;

/**
 * CMS's side of change requests: the queue, each request's rows with what screening finds now
 * (against the whole program), and a reviewer's per-row decision. Accepted rows change the list in
 * force — so the list for a PY is what the dispositions made it.
 */
@Stateless
@RolesAllowed({Role.CMS_ADMIN, Role.CMS_REVIEWER, Role.CMS_ANALYST})
public class ChangeRequestReview {
    private static final int BULK_PAGE = 1000;

    @PersistenceContext
    private EntityManager em;
    @Inject
    private Event<ProgramNotice> notices;
    @Inject
    private AuditLog audit;

    @EJB
    private CallerContext caller;

    @EJB
    private AgreementService agreements;

    /** Submitted requests first (oldest first: first come, first served), then decided ones. */
    public Page<ChangeRequestSummary> queue(@NotNull PageRequest request) {
        StringBuilder where = new StringBuilder(" where c.status <> :draft");
        Map<String, Object> params = new HashMap<>();
        params.put("draft", ChangeRequestStatus.DRAFT);
        if (request.filter("acoId") != null) {
            // the ACO's ID or name, any part of either
            where.append(" and (upper(c.acoId) like :aco or exists (select 1 from Aco n where n.acoId = c.acoId"
                    + " and upper(n.legalName) like :aco))");
            params.put("aco", "%" + request.filter("acoId").toUpperCase(java.util.Locale.ROOT) + "%");
        }
        if (request.filter("status") != null) {
            where.append(" and c.status = :status");
            params.put("status", ChangeRequestStatus.valueOf(request.filter("status")));
        }
        var rows = em.createQuery("select c.id, c.acoId, c.py, c.status, c.submittedBy, c.submittedAt,"
                + " (select count(r) from ChangeRequestRow r where r.request = c),"
                + " (select count(r) from ChangeRequestRow r where r.request = c and r.disposition = :pending)"
                + " from ChangeRequest c" + where + " order by case when c.status = :submitted then 0 else 1 end, c.submittedAt, c.id",
                Object[].class);
        var count = em.createQuery("select count(c) from ChangeRequest c" + where, Long.class);
        params.forEach((k, v) -> {
            rows.setParameter(k, v);
            count.setParameter(k, v);
        });
        rows.setParameter("pending", Disposition.PENDING).setParameter("submitted", ChangeRequestStatus.SUBMITTED);
        List<ChangeRequestSummary> page = rows.setFirstResult(request.first()).setMaxResults(request.pageSize()).getResultStream()
                .map(r -> new ChangeRequestSummary((Long) r[0], ((AcoId) r[1]).value(), (Integer) r[2], (ChangeRequestStatus) r[3],
                        (String) r[4], (LocalDateTime) r[5], (Long) r[6], (Long) r[7])).toList();
        return new Page<>(page, count.getSingleResult());
    }

    /** A page of a request's rows, each with the findings of screening it again now. */
    public Page<ChangeRowView> rows(long requestId, @NotNull PageRequest request) {
        ChangeRequest cr = find(requestId);
        String filter = request.filter("disposition") == null ? "" : " and r.disposition = :disposition";
        var q = em.createQuery("select r from ChangeRequestRow r where r.request = :c" + filter
                + " order by r.kind, r.action, r.tin, r.npi, r.id", ChangeRequestRow.class).setParameter("c", cr);
        var count = em.createQuery("select count(r) from ChangeRequestRow r where r.request = :c" + filter, Long.class)
                .setParameter("c", cr);
        if (!filter.isEmpty()) {
            q.setParameter("disposition", Disposition.valueOf(request.filter("disposition")));
            count.setParameter("disposition", Disposition.valueOf(request.filter("disposition")));
        }
        List<ChangeRequestRow> page = q.setFirstResult(request.first()).setMaxResults(request.pageSize()).getResultList();
        Map<Long, List<String>> findings = screen(cr, page);
        return new Page<>(page.stream().map(r -> ChangeRowView.of(r, findings.getOrDefault(r.getId(), List.of()))).toList(),
                count.getSingleResult());
    }

    private Map<Long, List<String>> screen(ChangeRequest cr, List<ChangeRequestRow> page) {
        Map<Long, List<String>> findings = new HashMap<>();
        ListScreening rules = new ListScreening(cr.getPy(), LocalDate.now());
        // deletions: reported within 30 days of the termination date, counted to the submission
        ListScreening atSubmission = new ListScreening(cr.getPy(), cr.getSubmittedAt().toLocalDate());
        for (ChangeRequestRow r : page) {
            if (r.getAction() == ChangeAction.DELETE && r.getDisposition() == Disposition.PENDING) {
                List<String> late = atSubmission.deletionProblems(r.getTerminationDate(), r.getEffectiveDate());
                if (!late.isEmpty()) {
                    findings.computeIfAbsent(r.getId(), k -> new ArrayList<>()).addAll(late);
                }
            }
        }
        for (ListKind kind : List.of(ListKind.PARTICIPANT, ListKind.PROVIDER_SUPPLIER)) {
            List<ListRow> rows = new ArrayList<>();
            Map<Integer, Long> ids = new HashMap<>();
            for (int i = 0; i < page.size(); i++) {
                ChangeRequestRow r = page.get(i);
                if (r.getKind() == kind && r.getAction() == ChangeAction.ADD && r.getDisposition() == Disposition.PENDING) {
                    rows.add(asListRow(i + 1, r));
                    ids.put(i + 1, r.getId());
                }
            }
            if (!rows.isEmpty()) {
                List<RowProblem> problems = em.unwrap(Session.class).doReturningWork(
                        c -> ConflictScreen.screen(c, cr.getAcoId(), rules, kind, rows, cr.getId()));
                problems.forEach(p -> findings.computeIfAbsent(ids.get(p.row()), k -> new ArrayList<>()).add(p.problem()));
            }
        }
        // an NPI whose billing TIN is listed only by a pending addition: accepting it first would list
        // an NPI without its TIN (the upload allowed it, the TIN being on its way)
        List<ChangeRequestRow> npiAdds = page.stream().filter(r -> r.getKind() == ListKind.PROVIDER_SUPPLIER
                && r.getAction() == ChangeAction.ADD && r.getDisposition() == Disposition.PENDING).toList();
        Set<String> listedTins = participantTinsOnList(cr, npiAdds);
        for (ChangeRequestRow r : npiAdds) {
            if (!listedTins.contains(r.getTin()) && !findings.containsKey(r.getId())) {
                findings.computeIfAbsent(r.getId(), k -> new ArrayList<>()).add("TIN " + r.getTin()
                        + " is not on the participant list for " + cr.getPy() + " yet: its addition is still pending; decide it first");
            }
        }
        // a participant switched to billing primary care: exclusivity, as for a new one
        List<ListRow> switched = new ArrayList<>();
        Map<Integer, Long> switchedIds = new HashMap<>();
        for (int i = 0; i < page.size(); i++) {
            ChangeRequestRow r = page.get(i);
            if (r.getKind() == ListKind.PARTICIPANT && r.getAction() == ChangeAction.UPDATE && r.isPrimaryCare()
                    && r.getDisposition() == Disposition.PENDING) {
                switched.add(asListRow(i + 1, r));
                switchedIds.put(i + 1, r.getId());
            }
        }
        if (!switched.isEmpty()) {
            em.unwrap(Session.class).doReturningWork(c -> ConflictScreen.exclusivity(c, cr.getAcoId(), rules, switched, cr.getId()))
                    .forEach(p -> findings.computeIfAbsent(switchedIds.get(p.row()), k -> new ArrayList<>()).add(p.problem()));
        }
        // SNF additions: the ACO's track must still have the waiver, and the SNF must not be on its list already
        List<ChangeRequestRow> snfRows = page.stream().filter(r -> r.getKind() == ListKind.SNF_AFFILIATE
                && r.getDisposition() == Disposition.PENDING && r.getAction() != ChangeAction.DELETE).toList();
        String trackRefusal = snfRows.isEmpty() ? null
                : SnfScreening.trackRefusal(agreements.history(cr.getAcoId()).levelIn(cr.getPy()).orElse(null));
        Set<String> snfsOnList = snfRows.isEmpty() ? Set.of() : new HashSet<>(em.createQuery("select a.ccn from SnfAffiliate a"
                        + " where a.acoId = :aco and a.ccn in :ccns and a.effectiveDate <= :end"
                        + " and (a.terminationDate is null or a.terminationDate >= :start)", String.class)
                .setParameter("aco", cr.getAcoId()).setParameter("ccns", snfRows.stream().map(ChangeRequestRow::getCcn).distinct().toList())
                .setParameter("start", LocalDate.of(cr.getPy(), 1, 1)).setParameter("end", LocalDate.of(cr.getPy(), 12, 31))
                .getResultList());
        for (ChangeRequestRow r : snfRows) {
            if (trackRefusal != null) {
                findings.computeIfAbsent(r.getId(), k -> new ArrayList<>()).add(trackRefusal);
            }
            if (r.getAction() == ChangeAction.ADD && snfsOnList.contains(r.getCcn())) {
                findings.computeIfAbsent(r.getId(), k -> new ArrayList<>()).add("CCN " + r.getCcn()
                        + " is already on the ACO's SNF affiliate list for " + cr.getPy());
            }
        }
        return findings;
    }

    private static ListRow asListRow(int line, ChangeRequestRow r) {
        return new ListRow(line, r.getKind(), r.getTin(), r.getNpi(), r.getName(), r.getSpecialty(), r.isPrimaryCare(), r.getEffectiveDate());
    }

    /**
     * A supervisor reopens a decided row with a written reason: pending again, its request back in the
     * reviewer's queue; audited, and the ACO is told. An accepted row is reopened only while its PY's
     * list is neither certified nor in force ({@link ChangeRequestRow#acceptedReopenRefusal}); its change
     * is then taken out of the list (an added entry removed, a deleted one reinstated).
     */
    @RolesAllowed(Role.CMS_ADMIN)
    public ChangeRowView reopenRow(long requestId, long rowId, String reason) {
        ChangeRequestRow row = row(requestId, rowId);
        ChangeRequest cr = row.getRequest();
        String before = row.getDisposition().label() + (row.getReason() == null ? "" : " (" + row.getReason().label() + ")");
        boolean wasAccepted = row.getDisposition() == Disposition.ACCEPTED;
        row.reopen(reason, LocalDate.now(), SignedLists.isSigned(em, cr.getAcoId(), cr.getPy()));
        if (wasAccepted) {
            requireNothingBillsUnder(row); // refused: the transaction rolls the reopening back
        }
        List<FieldChange> changes = new ArrayList<>(List.of(new FieldChange("Disposition", before, row.getDisposition().label()),
                new FieldChange("Reason", AuditValues.NONE, reason.strip())));
        if (wasAccepted) {
            changes.add(new FieldChange("List", undo(row), "as before the acceptance"));
        }
        flushOrConflict();
        audit.record(cr.getAcoId().value(), "Change request row", cr.getAcoId().value() + " PY" + cr.getPy() + " request " + cr.getId()
                + " row " + row.getId(), "Decision reopened", changes);
        String what = row.getTin() != null && row.getNpi() == null ? "TIN " + row.getTin()
                : row.getNpi() != null ? "NPI " + row.getNpi() : "CCN " + row.getCcn();
        String why = reason.strip();
        notices.fire(ProgramNotice.of(NotificationEvent.DECISION_REOPENED, Audience.aco(cr.getAcoId()),
                "CMS reopened a decision on your PY " + cr.getPy() + " change request",
                "CMS reopened its " + (wasAccepted ? "acceptance" : "denial") + " of " + what + " in change request " + cr.getId()
                        + ": the row is pending again" + (wasAccepted ? " and the " + cr.getPy() + " list is as before the acceptance" : "")
                        + ". Reason: " + (why.length() <= 1500 ? why : why.substring(0, 1500) + "…"),
                "aco/participants.xhtml?py=" + cr.getPy()));
        return ChangeRowView.of(row, List.of());
    }

    /**
     * For the supervisor's page: why this row's acceptance can no longer be reopened, in words (empty:
     * it can, or the row is not accepted).
     */
    @RolesAllowed(Role.CMS_ADMIN)
    public java.util.Optional<String> reopenRefusal(long requestId, long rowId) {
        ChangeRequestRow row = row(requestId, rowId);
        ChangeRequest cr = row.getRequest();
        java.util.Optional<String> refusal = row.acceptedReopenRefusal(LocalDate.now(), SignedLists.isSigned(em, cr.getAcoId(), cr.getPy()));
        if (refusal.isEmpty() && row.getDisposition() == Disposition.ACCEPTED) {
            try {
                requireNothingBillsUnder(row);
            } catch (BusinessException e) {
                return java.util.Optional.of(e.getMessage());
            }
        }
        return refusal;
    }

    private ChangeRequestRow row(long requestId, long rowId) {
        ChangeRequestRow row = em.find(ChangeRequestRow.class, rowId);
        if (row == null || row.getRequest().getId() != requestId) {
            throw new NotFoundException("There is no row " + rowId + " in change request " + requestId + ".");
        }
        return row;
    }

    /** A participant TIN whose addition is undone must not leave NPIs on the list billing under it. */
    private void requireNothingBillsUnder(ChangeRequestRow row) {
        if (row.getKind() != ListKind.PARTICIPANT || row.getAction() != ChangeAction.ADD) {
            return;
        }
        int py = row.getRequest().getPy();
        long billing = em.createQuery("select count(p) from ProviderSupplier p where p.acoId = :aco and p.tin = :tin"
                        + " and p.effectiveDate <= :end and (p.terminationDate is null or p.terminationDate >= :start)", Long.class)
                .setParameter("aco", row.getRequest().getAcoId()).setParameter("tin", row.getTin())
                .setParameter("start", LocalDate.of(py, 1, 1)).setParameter("end", LocalDate.of(py, 12, 31)).getSingleResult();
        if (billing > 0) {
            throw new BusinessException(billing + (billing == 1 ? " provider/supplier on the " : " providers/suppliers on the ") + py
                    + " list bill" + (billing == 1 ? "s" : "") + " under TIN " + row.getTin() + ": reopen or delete "
                    + (billing == 1 ? "it" : "them") + " first, then this addition.");
        }
    }

    /** Takes an accepted row's change out of the list; says what it undid. */
    private String undo(ChangeRequestRow row) {
        AcoId aco = row.getRequest().getAcoId();
        if (row.getAction() == ChangeAction.DELETE) {
            ListEntry entry = ListEntries.find(em, row.getKind(), aco, row.getTargetId());
            entry.reinstate();
            return "ended " + gov.cms.ssp.shared.DisplayFormat.date(row.getTerminationDate());
        }
        // an addition: the entry its acceptance created (same identifier and effective date, still on the list)
        String jpql = switch (row.getKind()) {
            case PARTICIPANT -> "select e from ParticipantTin e where e.tin = :key";
            case PROVIDER_SUPPLIER -> "select e from ProviderSupplier e where e.npi = :key";
            case SNF_AFFILIATE -> "select e from SnfAffiliate e where e.ccn = :key";
        };
        String key = switch (row.getKind()) {
            case PARTICIPANT -> row.getTin();
            case PROVIDER_SUPPLIER -> row.getNpi();
            case SNF_AFFILIATE -> row.getCcn();
        };
        List<? extends ListEntry> added = em.createQuery(jpql + " and e.acoId = :aco and e.effectiveDate = :eff"
                        + " and e.terminationDate is null order by e.id desc", ListEntries.type(row.getKind()))
                .setParameter("key", key).setParameter("aco", aco).setParameter("eff", row.getEffectiveDate())
                .setMaxResults(1).getResultList();
        added.forEach(em::remove);
        return "added from " + gov.cms.ssp.shared.DisplayFormat.date(row.getEffectiveDate());
    }

    /** Accepts or denies one row; an accepted row changes the list in force (from its effective or termination date). */
    @RolesAllowed(Role.CMS_REVIEWER)
    public ChangeRowView decide(long requestId, long rowId, @NotNull @Valid Decision decision) {
        ChangeRequestRow row = em.find(ChangeRequestRow.class, rowId);
        if (row == null || row.getRequest().getId() != requestId) {
            throw new NotFoundException("There is no row " + rowId + " in change request " + requestId + ".");
        }
        if (decision.disposition() == Disposition.ACCEPTED) {
            // accepting would change the list of a PY whose certification is already signed
            SignedLists.requireUnsigned(em, row.getRequest().getAcoId(), row.getRequest().getPy());
        }
        LocalDateTime now = LocalDateTime.now();
        row.decide(decision.disposition(), decision.reason(), decision.note(), caller.userName(), now);
        row.getRequest().takenBy(caller.userName());
        if (row.getDisposition() == Disposition.ACCEPTED) {
            apply(row);
        }
        flushOrConflict();
        long pending = em.createQuery("select count(r) from ChangeRequestRow r where r.request = :c and r.disposition = :p", Long.class)
                .setParameter("c", row.getRequest()).setParameter("p", Disposition.PENDING).getSingleResult();
        row.getRequest().rowDecided(pending, now);
        noticeIfDecided(row.getRequest());
        flushOrConflict();
        return ChangeRowView.of(row, List.of());
    }

    /**
     * Two reviewers deciding in the same request at the same instant (the same row, or the last rows):
     * the versions of the row and the request turn the later one away in words, 409, rather than with a
     * failed commit (found by ./ssp bench load: 500s under 10 concurrent reviewers).
     */
    private void flushOrConflict() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException("Another reviewer decided in this change request at the same moment. "
                    + "Reload to see the decision, then try again.");
        }
    }

    /**
     * Accepts, in one go, every pending row of a request that screening (run again now, a thousand
     * rows at a time) finds nothing against — what a reviewer would do row by row for a
     * 10,000-NPI upload. Participants go first, so that an NPI whose TIN is accepted in the same go
     * is clear by then; an NPI whose TIN still waits is flagged and waits with it. Rows with
     * findings stay pending for a decision one by one.
     */
    @RolesAllowed(Role.CMS_REVIEWER)
    public BulkDecision acceptRowsWithoutFindings(long requestId) {
        ChangeRequest cr = find(requestId);
        if (cr.getStatus() != ChangeRequestStatus.SUBMITTED) {
            throw new BusinessException("Change request " + requestId + " is " + cr.getStatus().label().toLowerCase()
                    + "; only a submitted one has rows to decide.");
        }
        SignedLists.requireUnsigned(em, cr.getAcoId(), cr.getPy());
        LocalDateTime now = LocalDateTime.now();
        cr.takenBy(caller.userName());
        long accepted = 0;
        for (ListKind kind : ListKind.values()) { // PARTICIPANT first
            long lastId = -1;
            List<ChangeRequestRow> page;
            do {
                page = em.createQuery("select r from ChangeRequestRow r where r.request = :c and r.kind = :k and r.disposition = :p"
                                + " and r.id > :last order by r.id", ChangeRequestRow.class).setParameter("c", cr).setParameter("k", kind)
                        .setParameter("p", Disposition.PENDING).setParameter("last", lastId).setMaxResults(BULK_PAGE).getResultList();
                Map<Long, List<String>> findings = screen(cr, page);
                for (ChangeRequestRow row : page) {
                    lastId = row.getId();
                    if (!findings.containsKey(row.getId())) {
                        row.decide(Disposition.ACCEPTED, null, caller.userName(), now);
                        apply(row);
                        accepted++;
                    }
                }
                em.flush();
            } while (page.size() == BULK_PAGE);
        }
        long pending = em.createQuery("select count(r) from ChangeRequestRow r where r.request = :c and r.disposition = :p", Long.class)
                .setParameter("c", cr).setParameter("p", Disposition.PENDING).getSingleResult();
        cr.rowDecided(pending, now);
        noticeIfDecided(cr);
        return new BulkDecision(requestId, accepted, pending);
    }

    /** Once no row waits, the ACO hears what CMS decided. */
    private void noticeIfDecided(ChangeRequest cr) {
        if (cr.getStatus() != ChangeRequestStatus.DECIDED) {
            return;
        }
        List<Object[]> counts = em.createQuery("select r.disposition, count(r) from ChangeRequestRow r where r.request = :c"
                + " group by r.disposition", Object[].class).setParameter("c", cr).getResultList();
        long accepted = counts.stream().filter(c -> c[0] == Disposition.ACCEPTED).mapToLong(c -> (Long) c[1]).sum();
        long denied = counts.stream().filter(c -> c[0] == Disposition.DENIED).mapToLong(c -> (Long) c[1]).sum();
        notices.fire(ProgramNotice.of(NotificationEvent.CHANGE_REQUEST_DECIDED, Audience.aco(cr.getAcoId()),
                "CMS decided your PY " + cr.getPy() + " change request",
                "CMS decided every row of change request " + cr.getId() + " for PY " + cr.getPy() + ": " + accepted
                        + (accepted == 1 ? " row" : " rows") + " accepted, " + denied + (denied == 1 ? " row" : " rows")
                        + " denied. Denied rows give their reason beside them.", "aco/participants.xhtml"));
    }

    /** Of the billing TINs of these NPI rows, those on the ACO's participant list for the request's PY. */
    private Set<String> participantTinsOnList(ChangeRequest cr, List<ChangeRequestRow> rows) {
        if (rows.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select distinct p.tin from ParticipantTin p where p.acoId = :aco and p.tin in :tins"
                        + " and p.effectiveDate <= :end and (p.terminationDate is null or p.terminationDate >= :start)", String.class)
                .setParameter("aco", cr.getAcoId()).setParameter("tins", rows.stream().map(ChangeRequestRow::getTin).distinct().toList())
                .setParameter("start", LocalDate.of(cr.getPy(), 1, 1)).setParameter("end", LocalDate.of(cr.getPy(), 12, 31))
                .getResultList());
    }

    private void apply(ChangeRequestRow row) {
        if (row.getAction() == ChangeAction.ADD) {
            em.persist(row.newEntry());
        } else {
            row.applyTo(ListEntries.find(em, row.getKind(), row.getRequest().getAcoId(), row.getTargetId()));
        }
    }

    private ChangeRequest find(long id) {
        ChangeRequest cr = em.find(ChangeRequest.class, id);
        if (cr == null || cr.getStatus() == ChangeRequestStatus.DRAFT) {
            throw new NotFoundException("There is no submitted change request " + id + ".");
        }
        return cr;
    }

    public ChangeRequestSummary summary(long id) {
        ChangeRequest cr = find(id);
        long rows = em.createQuery("select count(r) from ChangeRequestRow r where r.request = :c", Long.class).setParameter("c", cr).getSingleResult();
        long pending = em.createQuery("select count(r) from ChangeRequestRow r where r.request = :c and r.disposition = :p", Long.class)
                .setParameter("c", cr).setParameter("p", Disposition.PENDING).getSingleResult();
        return new ChangeRequestSummary(cr.getId(), cr.getAcoId().value(), cr.getPy(), cr.getStatus(), cr.getSubmittedBy(),
                cr.getSubmittedAt(), rows, pending);
    }
}
