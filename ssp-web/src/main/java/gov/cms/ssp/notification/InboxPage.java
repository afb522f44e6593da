package gov.cms.ssp.notification;

import gov.cms.ssp.shared.web.Feedback;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Every user's inbox: what the program told them, newest first. */
@Named
@ViewScoped
public class InboxPage implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int SHOWN = 100;

    @EJB
    private NotificationService notifications;
    private List<NoticeView> notices;

    public List<NoticeView> getNotices() {
        if (notices == null) {
            notices = notifications.inbox(SHOWN);
        }
        return notices;
    }

    public void markRead(long id) {
        notifications.markRead(id);
        notices = null;
    }

    public void markAllRead() {
        notifications.markAllRead();
        notices = null;
        Feedback.info("Every notice is marked read.");
    }
}
