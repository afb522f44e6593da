package gov.cms.ssp.overview;

import gov.cms.ssp.aco.AcoService;
import gov.cms.ssp.agreement.AgreementService;
import gov.cms.ssp.application.Application;
import gov.cms.ssp.audit.AuditFilter;
import gov.cms.ssp.audit.AuditLog;
import gov.cms.ssp.audit.AuditService;
import gov.cms.ssp.audit.AuditValues;
import gov.cms.ssp.audit.FieldChange;
import gov.cms.ssp.certification.Certification;
import gov.cms.ssp.notification.Audience;
import gov.cms.ssp.notification.Notification;
import gov.cms.ssp.participant.ChangeRequest;
import gov.cms.ssp.participant.ChangeRequestStatus;
import gov.cms.ssp.participant.Disposition;
import gov.cms.ssp.participant.ParticipantListService;
import gov.cms.ssp.reconciliation.AcoReconciliation;
import gov.cms.ssp.reconciliation.ReconciledFigures;
import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.CallerContext;
import gov.cms.ssp.shared.NotFoundException;
import gov.cms.ssp.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ACO 360: one ACO's records from every feature, read in one call for CMS staff, and the
 * internal notes they keep about it. Read-only but for notes; nothing here is ever served to an ACO's
 * own people (the class admits CMS roles only).
 */
@Stateless
@RolesAllowed({Role.CMS_ADMIN, Role.CMS_REVIEWER, Role.CMS_ANALYST})
public class AcoOverviewService {
    /** how much of the ACO's history the page shows; the audit trail and the inbox have the rest */
    static final int RECENT = 100;

    @PersistenceContext
    private EntityManager em;
    @EJB
    private CallerContext caller;
    @EJB
    private AcoService acos;
    @EJB
    private AgreementService agreements;
    @EJB
    private ParticipantListService lists;
    @EJB
    private AuditService auditTrail;
    @Inject
    private AuditLog audit;

    public AcoOverview overview(@NotNull AcoId acoId) {
        var profile = acos.profile(acoId); // a missing ACO is not found here
        return new AcoOverview(profile, agreements.path(acoId), applications(acoId), lists.overview(acoId, lists.changePy()),
                changeRequests(acoId), certifications(acoId), settlements(acoId), notes(acoId), notices(acoId),
                caller.hasRole(Role.CMS_ADMIN) ? auditTrail.search(new AuditFilter(acoId.value(), null, null, null, null), RECENT) : null);
    }

    public List<NoteView> notes(@NotNull AcoId acoId) {
        return em.createQuery("select n from InternalNote n where n.acoId = :aco order by n.writtenAt desc, n.id desc",
                        InternalNote.class)
                .setParameter("aco", acoId).setMaxResults(RECENT).getResultStream().map(NoteView::of).toList();
    }

    /**
     * Adds a note about the ACO or one of its applications or change requests (a record of another
     * ACO, or none, is not found); the note is entered in the audit trail.
     */
    public NoteView addNote(@NotNull AcoId acoId, NoteSubject subject, Long subjectId, String text) {
        acos.profile(acoId);
        NoteSubject about = subject == null ? NoteSubject.ACO : subject;
        if (about == NoteSubject.APPLICATION) {
            Application a = subjectId == null ? null : em.find(Application.class, subjectId);
            if (a == null || !a.getAcoId().equals(acoId)) {
                throw new NotFoundException("There is no application " + subjectId + " of " + acoId + ".");
            }
        } else if (about == NoteSubject.CHANGE_REQUEST) {
            ChangeRequest c = subjectId == null ? null : em.find(ChangeRequest.class, subjectId);
            if (c == null || !c.getAcoId().equals(acoId) || c.getStatus() == ChangeRequestStatus.DRAFT) {
                throw new NotFoundException("There is no change request " + subjectId + " of " + acoId + ".");
            }
        }
        InternalNote note = InternalNote.write(acoId, about, subjectId, text, caller.userName(), Instant.now());
        em.persist(note);
        em.flush();
        audit.record(acoId.value(), "Internal note", acoId.value() + " note " + note.getId() + " (" + note.subjectLabel() + ")",
                "Added", List.of(new FieldChange("Note", AuditValues.NONE, note.getText())));
        return NoteView.of(note);
    }

    private List<AcoOverview.ApplicationLine> applications(AcoId acoId) {
        return em.createQuery("select a from Application a join fetch a.cycle where a.acoId = :aco order by a.id desc", Application.class)
                .setParameter("aco", acoId).setMaxResults(RECENT).getResultStream()
                .map(a -> new AcoOverview.ApplicationLine(a.getId(), a.getCycle().getAgreementYear(), a.getStatus().label(),
                        a.getTrack() == null ? "—" : a.getTrack().label(), a.getReviewer(), a.getSubmittedOn(), a.getDecisionReason()))
                .toList();
    }

    private List<AcoOverview.ChangeRequestLine> changeRequests(AcoId acoId) {
        Map<Long, long[]> counts = new HashMap<>();
        em.createQuery("select r.request.id, count(r), sum(case when r.disposition = :pending then 1 else 0 end)"
                        + " from ChangeRequestRow r where r.request.acoId = :aco group by r.request.id", Object[].class)
                .setParameter("aco", acoId).setParameter("pending", Disposition.PENDING).getResultList()
                .forEach(r -> counts.put((Long) r[0], new long[] {((Number) r[1]).longValue(), r[2] == null ? 0 : ((Number) r[2]).longValue()}));
        return em.createQuery("select c from ChangeRequest c where c.acoId = :aco and c.status <> :draft order by c.id desc",
                        ChangeRequest.class)
                .setParameter("aco", acoId).setParameter("draft", ChangeRequestStatus.DRAFT).setMaxResults(RECENT).getResultStream()
                .map(c -> {
                    long[] n = counts.getOrDefault(c.getId(), new long[2]);
                    return new AcoOverview.ChangeRequestLine(c.getId(), c.getPy(), c.getStatus().label(), c.getSubmittedBy(),
                            c.getSubmittedAt(), c.getAssignedTo(), n[0], n[1]);
                })
                .toList();
    }

    private List<AcoOverview.CertificationLine> certifications(AcoId acoId) {
        return em.createQuery("select c from Certification c where c.acoId = :aco order by c.py desc", Certification.class)
                .setParameter("aco", acoId).setMaxResults(RECENT).getResultStream()
                .map(c -> new AcoOverview.CertificationLine(c.getPy(), c.isSigned() ? "Signed" : "Started, not signed",
                        c.getSignedBy(), c.getSignedAt(), c.getExtendedTo()))
                .toList();
    }

    private List<AcoOverview.SettlementLine> settlements(AcoId acoId) {
        return em.createQuery("select r from AcoReconciliation r join fetch r.run where r.acoId = :aco"
                        + " order by r.performanceYear desc, r.run.id desc", AcoReconciliation.class)
                .setParameter("aco", acoId).setMaxResults(RECENT).getResultStream()
                .map(r -> new AcoOverview.SettlementLine(r.getRun().getId(), r.getPerformanceYear(), r.getRun().getRevision(),
                        r.getRun().getStatus().label(), r.getTrack().label(), ReconciledFigures.outcomeLabel(r.getOutcome()),
                        r.getNetAmount()))
                .toList();
    }

    private List<AcoOverview.NoticeLine> notices(AcoId acoId) {
        return em.createQuery("select n from Notification n where n.audience = :aco order by n.createdAt desc, n.id desc",
                        Notification.class)
                .setParameter("aco", Audience.aco(acoId).code()).setMaxResults(RECENT).getResultStream()
                .map(n -> new AcoOverview.NoticeLine(n.getCreatedAt(), n.getEvent().label(), n.getSubject()))
                .toList();
    }

    /** Whether the caller sees audit entries on the page (the trail is the administrators'). */
    public boolean seesAudit() {
        return caller.hasRole(Role.CMS_ADMIN);
    }
}
