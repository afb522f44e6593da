package gov.cms.ssp.notification;

import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.DisplayFormat;
import gov.cms.ssp.shared.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reminds ACOs of their deadlines, 14 and 3 days ahead and once passed: the certification (with its
 * extension), the answers to a request for information, and the close of the change-request window
 * for a draft not yet submitted. An hourly persistent timer (it survives restarts); each reminder
 * has a once-key, so it goes out once however often, and on however many servers, the timer runs.
 */
@Singleton
@DeclareRoles(Role.CMS_ADMIN)
@RunAs(Role.CMS_ADMIN)
@RolesAllowed(Role.CMS_ADMIN)
public class DeadlineReminders {
    private static final Logger LOG = Logger.getLogger(DeadlineReminders.class.getName());
    /** an overdue notice is worth sending for a month after the deadline, not for old years */
    private static final int OVERDUE_DAYS_CONSIDERED = 30;

    @PersistenceContext
    private EntityManager em;
    @EJB
    private NoticeWriter writer;

    @Schedule(hour = "*", minute = "7", persistent = true, info = "deadline reminders")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void hourly() {
        int sent = sendDue();
        if (sent > 0) {
            LOG.info("Sent " + gov.cms.ssp.shared.DisplayFormat.count(sent, "deadline reminder", "deadline reminders"));
        }
    }

    /** Records every reminder due today that was not recorded before; returns how many were new. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sendDue() {
        LocalDate today = LocalDate.now(DisplayFormat.CMS_ZONE);
        int sent = 0;
        for (ProgramNotice notice : due(today)) {
            try {
                sent += writer.recordOnce(notice) ? 1 : 0;
            } catch (RuntimeException e) {
                // another server recorded it at the same moment: its once-key is taken, which is the point
                LOG.log(Level.FINE, "reminder " + notice.onceKey() + " not recorded", e);
            }
        }
        return sent;
    }

    List<ProgramNotice> due(LocalDate today) {
        List<ProgramNotice> notices = new ArrayList<>();
        LocalDate oldest = today.minusDays(OVERDUE_DAYS_CONSIDERED);
        for (Object o : em.createNativeQuery("select a.aco_id, cc.py, coalesce(c.extended_to, cc.deadline) from certification_cycle cc"
                        + " cross join aco a left join certification c on c.aco_id = a.aco_id and c.py = cc.py"
                        + " where a.track is not null and cc.opens_on <= ?1 and c.signed_at is null"
                        + " and coalesce(c.extended_to, cc.deadline) >= ?2")
                .setParameter(1, today).setParameter(2, oldest).getResultList()) {
            Object[] r = (Object[]) o;
            AcoId aco = AcoId.of((String) r[0]);
            int py = ((Number) r[1]).intValue();
            LocalDate deadline = date(r[2]);
            ReminderSchedule.due(deadline, today).ifPresent(rem -> notices.add(reminder(rem, aco, deadline,
                    "cert:" + aco.value() + ":" + py + ":" + deadline,
                    "The " + py + " annual certification of " + aco.value(),
                    "The ACO executive signs the participant list, SNF affiliate list and compliance certification.",
                    "aco/certification.xhtml?py=" + py)));
        }
        for (Object o : em.createNativeQuery("select a.id, a.aco_id, a.rfi_round, a.rfi_deadline from application a"
                        + " where a.status = 'IN_RFI' and a.rfi_deadline >= ?1")
                .setParameter(1, oldest).getResultList()) {
            Object[] r = (Object[]) o;
            long id = ((Number) r[0]).longValue();
            AcoId aco = AcoId.of((String) r[1]);
            int round = ((Number) r[2]).intValue();
            LocalDate deadline = date(r[3]);
            ReminderSchedule.due(deadline, today).ifPresent(rem -> notices.add(reminder(rem, aco, deadline,
                    "rfi:" + id + ":" + round + ":" + deadline,
                    "The answers to request for information " + round + " on " + aco.value() + "'s application",
                    "Answer each deficiency beside its section, then the executive resubmits.",
                    "aco/application.xhtml?id=" + id)));
        }
        for (Object o : em.createNativeQuery("select distinct r.aco_id, r.py, w.closes_on from change_request r"
                        + " join change_request_window w on w.py = r.py join change_request_row x on x.request_id = r.id"
                        + " where r.status = 'DRAFT' and w.opens_on <= ?1 and w.closes_on >= ?1")
                .setParameter(1, today).getResultList()) {
            Object[] r = (Object[]) o;
            AcoId aco = AcoId.of((String) r[0]);
            int py = ((Number) r[1]).intValue();
            LocalDate closes = date(r[2]);
            ReminderSchedule.due(closes, today).ifPresent(rem -> notices.add(reminder(rem, aco, closes,
                    "cr-window:" + aco.value() + ":" + py + ":" + closes,
                    "The change-request window for PY " + py,
                    "Your draft change request has rows that CMS has not received: the executive submits it before the window closes.",
                    "aco/participants.xhtml?py=" + py)));
        }
        return notices;
    }

    private static ProgramNotice reminder(ReminderSchedule.Reminder rem, AcoId aco, LocalDate deadline, String deadlineKey,
                                          String what, String action, String link) {
        String subject = what + " " + rem.describe(deadline);
        return new ProgramNotice(rem.overdue() ? NotificationEvent.DEADLINE_OVERDUE : NotificationEvent.DEADLINE_REMINDER,
                Audience.aco(aco), subject.length() > 200 ? subject.substring(0, 200) : subject,
                subject + ". " + action, link, rem.onceKey(deadlineKey));
    }

    private static LocalDate date(Object sqlDate) {
        return sqlDate instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) sqlDate;
    }
}
