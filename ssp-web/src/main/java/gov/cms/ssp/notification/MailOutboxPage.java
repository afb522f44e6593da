package gov.cms.ssp.notification;

import gov.cms.ssp.shared.web.Feedback;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** CMS administration: every e-mail the program sent or is trying to send, and the reminder run. */
@Named
@RequestScoped
public class MailOutboxPage {
    static final int SHOWN = 300;

    @EJB
    private NotificationService notifications;
    private List<MailView> mails;

    public List<MailView> getMails() {
        if (mails == null) {
            mails = notifications.outbox(SHOWN);
        }
        return mails;
    }

    public void sendReminders() {
        int sent = notifications.sendDueReminders();
        mails = null;
        Feedback.info(sent == 0 ? "No reminder is due that was not sent already."
                : sent + (sent == 1 ? " reminder was" : " reminders were") + " sent.");
    }
}
