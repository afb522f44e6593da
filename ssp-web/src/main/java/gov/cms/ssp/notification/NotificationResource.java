package gov.cms.ssp.notification;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** The caller's inbox; for CMS administrators, the mail sent and the reminder run. */
@Path("notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {
    @EJB
    private NotificationService notifications;

    @GET
    public List<NoticeView> inbox(@QueryParam("max") @DefaultValue("50") int max) {
        return notifications.inbox(max);
    }

    @GET
    @Path("unread")
    public Map<String, Long> unread() {
        return Map.of("unread", notifications.unreadCount());
    }

    @POST
    @Path("{id}/read")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response markRead(@PathParam("id") long id) {
        notifications.markRead(id);
        return Response.noContent().build();
    }

    @GET
    @Path("mail")
    public List<MailView> outbox(@QueryParam("max") @DefaultValue("100") int max) {
        return notifications.outbox(max);
    }

    @POST
    @Path("reminders")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Integer> sendReminders() {
        return Map.of("sent", notifications.sendDueReminders());
    }
}
