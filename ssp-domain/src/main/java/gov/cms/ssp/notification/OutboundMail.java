package gov.cms.ssp.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * An e-mail waiting to go, or gone: written in the transaction that raised the notice (so a notice
 * is never mailed for a change that was rolled back), delivered by a timer, retried when the mail
 * server does not answer.
 */
@Entity
@Table(name = "outbound_mail")
public class OutboundMail {
    public static final int MOST_ATTEMPTS = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbound_mail_seq")
    @SequenceGenerator(name = "outbound_mail_seq", sequenceName = "outbound_mail_seq", allocationSize = 1)
    private Long id;

    @Column(name = "notification_id", nullable = false)
    private long notificationId;

    @Column(name = "to_address", nullable = false, length = 200)
    private String toAddress;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(nullable = false, length = 4000)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 500)
    private String lastError;

    protected OutboundMail() {
    }

    public OutboundMail(long notificationId, String toAddress, String subject, String body, Instant createdAt) {
        this.notificationId = notificationId;
        this.toAddress = Objects.requireNonNull(toAddress);
        this.subject = Objects.requireNonNull(subject);
        this.body = Objects.requireNonNull(body);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public void sent(Instant at) {
        sentAt = at;
        attempts++;
        lastError = null;
    }

    public void failed(String error) {
        attempts++;
        lastError = error == null ? "unknown error" : error.length() > 500 ? error.substring(0, 500) : error;
    }

    public boolean isGivenUp() {
        return sentAt == null && attempts >= MOST_ATTEMPTS;
    }

    public Long getId() { return id; }
    public long getNotificationId() { return notificationId; }
    public String getToAddress() { return toAddress; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getSentAt() { return sentAt; }
    public int getAttempts() { return attempts; }
    public String getLastError() { return lastError; }
}
