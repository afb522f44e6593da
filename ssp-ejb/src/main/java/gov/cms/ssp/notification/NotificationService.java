package gov.cms.ssp.notification;

import gov.cms.ssp.shared.CallerContext;
import gov.cms.ssp.shared.NotFoundException;
import gov.cms.ssp.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every user's inbox: the notices for their ACOs (ACO people) or their CMS roles, newest first, with
 * what they have read; and, for CMS administrators, every e-mail the system sent or tried to send.
 */
@Stateless
@RolesAllowed({Role.CMS_ADMIN, Role.CMS_REVIEWER, Role.CMS_ANALYST, Role.ACO_EXECUTIVE, Role.ACO_STAFF, Role.CLINICIAN})
public class NotificationService {
    static final int MOST = 200;

    @PersistenceContext
    private EntityManager em;
    @EJB
    private CallerContext caller;
    @EJB
    private DeadlineReminders reminders;

    public List<NoticeView> inbox(int max) {
        List<String> keys = audienceKeys();
        if (keys.isEmpty()) {
            return List.of();
        }
        List<Notification> notices = em.createQuery("select n from Notification n where n.audience in :keys"
                        + " order by n.createdAt desc, n.id desc", Notification.class)
                .setParameter("keys", keys).setMaxResults(Math.max(1, Math.min(max, MOST))).getResultList();
        Set<Long> read = readIds(notices.stream().map(Notification::getId).toList());
        return notices.stream().map(n -> new NoticeView(n.getId(), n.getCreatedAt(), n.getEvent().label(), n.getSubject(),
                n.getBody(), n.getLink(), read.contains(n.getId()))).toList();
    }

    public long unreadCount() {
        List<String> keys = audienceKeys();
        if (keys.isEmpty()) {
            return 0;
        }
        return ((Number) em.createQuery("select count(n) from Notification n where n.audience in :keys"
                        + " and not exists (select 1 from NotificationRead r where r.notificationId = n.id and r.userName = :me)")
                .setParameter("keys", keys).setParameter("me", caller.userName()).getSingleResult()).longValue();
    }

    /** Marks one of the caller's notices read; someone else's notice is answered like a missing one. */
    public void markRead(long id) {
        Notification n = em.find(Notification.class, id);
        if (n == null || !audienceKeys().contains(n.getAudience().code())) {
            throw new NotFoundException("There is no notification " + id + ".");
        }
        if (readIds(List.of(id)).isEmpty()) {
            em.persist(new NotificationRead(id, caller.userName()));
        }
    }

    public void markAllRead() {
        for (NoticeView v : inbox(MOST)) {
            if (!v.read()) {
                em.persist(new NotificationRead(v.id(), caller.userName()));
            }
        }
    }

    @RolesAllowed(Role.CMS_ADMIN)
    public List<MailView> outbox(int max) {
        return em.createQuery("select m from OutboundMail m order by m.createdAt desc, m.id desc", OutboundMail.class)
                .setMaxResults(Math.max(1, Math.min(max, 1000))).getResultStream()
                .map(m -> new MailView(m.getId(), m.getToAddress(), m.getSubject(), m.getBody(), m.getCreatedAt(), m.getSentAt(),
                        m.getAttempts(), m.getLastError()))
                .toList();
    }

    /** Runs the deadline check now, as the hourly timer does; returns how many reminders were new. */
    @RolesAllowed(Role.CMS_ADMIN)
    public int sendDueReminders() {
        return reminders.sendDue();
    }

    private Set<Long> readIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select r.notificationId from NotificationRead r where r.userName = :me"
                        + " and r.notificationId in :ids", Long.class)
                .setParameter("me", caller.userName()).setParameter("ids", ids).getResultList());
    }

    private List<String> audienceKeys() {
        List<String> keys = new ArrayList<>();
        caller.acoIds().forEach(a -> keys.add(Audience.aco(a).code()));
        for (String role : Role.CMS) {
            if (caller.hasRole(role)) {
                keys.add(Audience.role(role).code());
            }
        }
        return keys;
    }
}
