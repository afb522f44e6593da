package gov.cms.ssp.notification;

import java.time.Instant;

/** One e-mail the system sent or tried to send, for CMS administrators. */
public record MailView(long id, String toAddress, String subject, String body, Instant createdAt, Instant sentAt,
                       int attempts, String lastError) {
    public String statusLabel() {
        if (sentAt != null) {
            return "Sent";
        }
        return attempts >= OutboundMail.MOST_ATTEMPTS ? "Not delivered (given up)" : attempts == 0 ? "Waiting" : "Retrying";
    }
}
