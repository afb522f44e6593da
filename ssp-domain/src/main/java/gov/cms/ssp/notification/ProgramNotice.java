package gov.cms.ssp.notification;

import java.util.Objects;

/**
 * A notice a service raises inside its own transaction (a CDI event); the notification package
 * records it for the inbox and queues its e-mail. Texts never carry beneficiary data.
 *
 * @param onceKey when not null, the notice is sent at most once under this key (reminders: the
 *                timer may fire again, on another node too)
 * @param link    the page the notice is about, an application path such as {@code aco/certification.xhtml?py=2027}
 */
public record ProgramNotice(NotificationEvent event, Audience audience, String subject, String body, String link,
                            String onceKey) {
    public ProgramNotice {
        Objects.requireNonNull(event);
        Objects.requireNonNull(audience);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(body);
        if (subject.length() > 200 || body.length() > 2000) {
            throw new IllegalArgumentException("a notice's subject takes 200 characters and its text 2,000");
        }
    }

    public static ProgramNotice of(NotificationEvent event, Audience audience, String subject, String body, String link) {
        return new ProgramNotice(event, audience, subject, body, link, null);
    }
}
