package gov.cms.ssp.notification;

import gov.cms.ssp.aco.ContactRole;
import gov.cms.ssp.shared.AcoId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * Records every {@link ProgramNotice} a service raises, in that service's transaction: the inbox
 * entry, and an e-mail to the ACO's executive and primary application contact (CMS roles read theirs
 * in the inbox). Runs inside the raising service's security checks, so it has none of its own.
 */
@ApplicationScoped
public class NoticeRecorder {
    static final List<ContactRole> MAILED = List.of(ContactRole.EXECUTIVE, ContactRole.PRIMARY_CONTACT);

    @PersistenceContext
    private EntityManager em;

    public void onNotice(@Observes ProgramNotice notice) {
        record(notice);
    }

    /** Returns the inbox entry, or null when a notice with the same once-key was recorded before. */
    public Notification record(ProgramNotice notice) {
        if (notice.onceKey() != null && !em.createQuery("select n.id from Notification n where n.onceKey = :k", Long.class)
                .setParameter("k", notice.onceKey()).setMaxResults(1).getResultList().isEmpty()) {
            return null;
        }
        Instant now = Instant.now();
        Notification n = new Notification(notice, now);
        em.persist(n);
        em.flush(); // the id for the mail rows; a second node's duplicate once-key fails here, not later
        if (notice.audience().kind() == Audience.Kind.ACO) {
            for (String address : addresses(AcoId.of(notice.audience().key()))) {
                em.persist(new OutboundMail(n.getId(), address, notice.subject(), mailBody(notice), now));
            }
        }
        return n;
    }

    private List<String> addresses(AcoId acoId) {
        return em.createQuery("select distinct c.email from AcoContact c where c.aco.acoId = :aco and c.role in :roles"
                        + " and c.email is not null order by c.email", String.class)
                .setParameter("aco", acoId).setParameter("roles", MAILED).getResultList();
    }

    static String mailBody(ProgramNotice notice) {
        return notice.body() + "\n\n"
                + (notice.link() == null ? "" : "Open it in the Shared Savings Program: /ssp/" + notice.link() + "\n\n")
                + "This message was sent by the Medicare Shared Savings Program system. Log in to see every notice in your inbox.";
    }
}
