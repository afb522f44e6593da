package gov.cms.ssp.notification;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The header's "Inbox (3)": unread notices of the logged-in user, counted once per request. */
@Named("inbox")
@RequestScoped
public class InboxCount {
    @EJB
    private NotificationService notifications;
    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = notifications.unreadCount();
        }
        return unread;
    }
}
