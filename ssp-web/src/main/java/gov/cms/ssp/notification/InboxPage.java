package gov.cms.ssp.notification;

import gov.cms.ssp.shared.web.Feedback;
import gov.cms.ssp.shared.web.TableExport;
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

    static final TableExport<NoticeView> EXPORT = TableExport.of("inbox",
            TableExport.dateTime("When", NoticeView::createdAt), TableExport.text("What", NoticeView::event),
            TableExport.text("Subject", NoticeView::subject), TableExport.text("Notice", NoticeView::body),
            TableExport.text("Read", n -> n.read() ? "Yes" : "No"));

    /** The notices shown, as CSV or Excel. */
    public TableExport<NoticeView>.Downloads getNoticesExport() {
        return EXPORT.downloads(this::getNotices);
    }

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
