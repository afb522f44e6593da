package gov.cms.ssp.worklist;

import gov.cms.ssp.application.Application;
import gov.cms.ssp.application.ApplicationStatus;
import gov.cms.ssp.participant.ChangeRequest;
import gov.cms.ssp.participant.ChangeRequestStatus;
import gov.cms.ssp.participant.ChangeRequestWindow;
import gov.cms.ssp.participant.Disposition;
import gov.cms.ssp.participant.ParticipantListService;
import gov.cms.ssp.reconciliation.ReconciliationRun;
import gov.cms.ssp.reconciliation.RunStatus;
import gov.cms.ssp.shared.BusinessException;
import gov.cms.ssp.shared.CallerContext;
import gov.cms.ssp.shared.DisplayFormat;
import gov.cms.ssp.shared.NotFoundException;
import gov.cms.ssp.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Each CMS user's work: the submitted applications and change requests in a reviewer's queues,
 * the complete runs an analyst other than their starter may approve; what is theirs, what waits
 * for someone, what is due soon and overdue. Reviewers take items; a supervisor (CMS
 * administrator) assigns and reassigns them.
 */
@Stateless
@RolesAllowed({Role.CMS_ADMIN, Role.CMS_REVIEWER, Role.CMS_ANALYST})
public class WorklistService {
    private static final Pattern USER_NAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");

    @PersistenceContext
    private EntityManager em;
    @EJB
    private CallerContext caller;
    @EJB
    private ParticipantListService lists;

    public Worklist myWork() {
        boolean admin = caller.hasRole(Role.CMS_ADMIN);
        List<WorkItem> items = new ArrayList<>();
        if (admin || caller.hasRole(Role.CMS_REVIEWER)) {
            items.addAll(applications());
            items.addAll(changeRequests());
        }
        if (admin || caller.hasRole(Role.CMS_ANALYST)) {
            items.addAll(runsToApprove());
        }
        items.sort(Comparator.comparing(WorkItem::due, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(WorkItem::kind).thenComparingLong(WorkItem::id));
        return new Worklist(caller.userName(), LocalDate.now(DisplayFormat.CMS_ZONE), items);
    }

    /**
     * Makes an item someone's work: a reviewer takes it for themselves; a CMS administrator assigns
     * or reassigns it to anyone. Another's item is refused to a reviewer; a missing one is not found.
     */
    @RolesAllowed({Role.CMS_ADMIN, Role.CMS_REVIEWER})
    public WorkItem assign(WorkKind kind, long id, String assignee) {
        String to = assignee == null || assignee.isBlank() ? caller.userName() : assignee.strip();
        if (!USER_NAME.matcher(to).matches()) {
            throw new BusinessException("'" + to + "' is not a user name (letters, digits, dots, at most 100 characters).");
        }
        if (!caller.hasRole(Role.CMS_ADMIN) && !to.equals(caller.userName())) {
            throw new BusinessException("Only a supervisor assigns work to someone else; you can take it yourself.");
        }
        switch (kind) {
            case APPLICATION -> {
                Application a = em.find(Application.class, id);
                if (a == null) {
                    throw new NotFoundException("There is no application " + id + ".");
                }
                a.assignTo(to);
            }
            case CHANGE_REQUEST -> {
                ChangeRequest c = em.find(ChangeRequest.class, id);
                if (c == null) {
                    throw new NotFoundException("There is no change request " + id + ".");
                }
                c.assignTo(to);
            }
            default -> throw new BusinessException("A reconciliation run is approved by any analyst but the one who started it.");
        }
        em.flush();
        return myWork().items().stream().filter(i -> i.kind() == kind && i.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("There is no " + kind.label().toLowerCase() + " " + id + "."));
    }

    private List<WorkItem> applications() {
        return em.createQuery("select a from Application a join fetch a.cycle where a.status in :waiting", Application.class)
                .setParameter("waiting", List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.RESUBMITTED)).getResultStream()
                .map(a -> new WorkItem(WorkKind.APPLICATION, a.getId(), a.getAcoId().value(),
                        "Application of " + a.getAcoId().value() + " for agreements from " + a.getAgreementStart().getYear(),
                        a.getStatus().label(), a.getReviewer(), a.getCycle().windows().finalDisposition(),
                        "cms/application.xhtml?id=" + a.getId()))
                .toList();
    }

    private List<WorkItem> changeRequests() {
        Map<Integer, LocalDate> decideBy = new HashMap<>();
        for (ChangeRequestWindow w : lists.windows()) {
            decideBy.put(w.py(), w.decideBy());
        }
        Map<Long, Long> pending = new HashMap<>();
        em.createQuery("select r.request.id, count(r) from ChangeRequestRow r where r.request.status = :submitted"
                        + " and r.disposition = :pending group by r.request.id", Object[].class)
                .setParameter("submitted", ChangeRequestStatus.SUBMITTED).setParameter("pending", Disposition.PENDING)
                .getResultList().forEach(r -> pending.put((Long) r[0], (Long) r[1]));
        return em.createQuery("select c from ChangeRequest c where c.status = :submitted", ChangeRequest.class)
                .setParameter("submitted", ChangeRequestStatus.SUBMITTED).getResultStream()
                .map(c -> {
                    long rows = pending.getOrDefault(c.getId(), 0L);
                    LocalDate due = decideBy.getOrDefault(c.getPy(), c.getSubmittedAt() == null ? null
                            : c.getSubmittedAt().toLocalDate().plusDays(ChangeRequestWindow.DEFAULT_DAYS_TO_DECIDE));
                    return new WorkItem(WorkKind.CHANGE_REQUEST, c.getId(), c.getAcoId().value(),
                            "Change request " + c.getId() + " of " + c.getAcoId().value() + " for PY " + c.getPy() + " ("
                                    + rows + (rows == 1 ? " row" : " rows") + " to decide)",
                            c.getStatus().label(), c.getAssignedTo(), due, "cms/change-requests.xhtml");
                })
                .toList();
    }

    private List<WorkItem> runsToApprove() {
        List<WorkItem> items = new ArrayList<>();
        for (ReconciliationRun r : em.createQuery("select r from ReconciliationRun r where r.status = :draft"
                + " and r.startedBy <> :me", ReconciliationRun.class)
                .setParameter("draft", RunStatus.DRAFT).setParameter("me", caller.userName()).getResultList()) {
            long done = em.createQuery("select count(x) from AcoReconciliation x where x.run = :run", Long.class)
                    .setParameter("run", r).getSingleResult();
            if (r.isComplete(done)) {
                items.add(new WorkItem(WorkKind.RUN_APPROVAL, r.getId(), null, "Run " + r.getId() + " of PY "
                        + r.getPerformanceYear() + " (revision " + r.getRevision() + "), started by " + r.getStartedBy(),
                        r.getStatus().label(), null, null, "cms/reconciliation.xhtml"));
            }
        }
        return items;
    }
}
