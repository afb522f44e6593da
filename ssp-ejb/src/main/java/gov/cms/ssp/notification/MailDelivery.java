package gov.cms.ssp.notification;

import gov.cms.ssp.shared.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Sends the queued e-mail through WildFly's mail session {@code java:jboss/mail/ssp} (its SMTP
 * server: {@code SSP_SMTP_HOST}/{@code SSP_SMTP_PORT}). Every few seconds it takes a batch of
 * waiting mail, locked so that a second server takes other rows, and sends each once; a mail the
 * server refuses is tried again later, at most {@link OutboundMail#MOST_ATTEMPTS} times.
 */
@Singleton
@RolesAllowed(Role.CMS_ADMIN)
public class MailDelivery {
    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());
    private static final int BATCH = 50;
    static final String FROM = "Medicare Shared Savings Program <no-reply@ssp.cms.example.gov>";

    @PersistenceContext
    private EntityManager em;
    @Resource(lookup = "java:jboss/mail/ssp")
    private Session mail;
    private Boolean postgres;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false, info = "mail delivery")
    public void deliver() {
        for (OutboundMail m : pending()) {
            try {
                MimeMessage message = new MimeMessage(mail);
                message.setFrom(new InternetAddress(FROM));
                message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(m.getToAddress(), true));
                message.setSubject(m.getSubject(), StandardCharsets.UTF_8.name());
                message.setText(m.getBody(), StandardCharsets.UTF_8.name());
                Transport.send(message);
                m.sent(Instant.now());
            } catch (MessagingException | RuntimeException e) {
                m.failed(e.getMessage());
                if (m.isGivenUp()) {
                    // the address, never the text: a notice names no beneficiary, but keep logs lean
                    LOG.warning("Gave up on mail " + m.getId() + " to " + m.getToAddress() + ": " + e.getMessage());
                }
            }
        }
    }

    private List<OutboundMail> pending() {
        String lock = isPostgres() ? " for update skip locked" : "";
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from outbound_mail where sent_at is null and attempts < "
                + OutboundMail.MOST_ATTEMPTS + " order by id limit " + BATCH + lock).getResultList();
        return ids.stream().map(id -> em.find(OutboundMail.class, id.longValue())).toList();
    }

    private boolean isPostgres() {
        if (postgres == null) {
            postgres = em.unwrap(org.hibernate.Session.class).doReturningWork(c ->
                    c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres"));
        }
        return postgres;
    }
}
