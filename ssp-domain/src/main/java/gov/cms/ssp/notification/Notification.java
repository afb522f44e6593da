package gov.cms.ssp.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A notice in the in-app inbox of its audience (an ACO's people, or a CMS role). */
@Entity
@Table(name = "notification")
public class Notification {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 1)
    private Long id;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private NotificationEvent event;

    /** "ACO:A1001" or "ROLE:cms-reviewer" ({@link Audience#code()}) */
    @Column(nullable = false, length = 60)
    private String audience;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(nullable = false, length = 2000)
    private String body;

    @Column(length = 300)
    private String link;

    /** reminders: sent at most once under this key (unique in the table) */
    @Column(name = "once_key", length = 200, unique = true)
    private String onceKey;

    protected Notification() {
    }

    public Notification(ProgramNotice notice, Instant createdAt) {
        this.createdAt = createdAt;
        this.event = notice.event();
        this.audience = notice.audience().code();
        this.subject = notice.subject();
        this.body = notice.body();
        this.link = notice.link();
        this.onceKey = notice.onceKey();
    }

    public Long getId() { return id; }
    public Instant getCreatedAt() { return createdAt; }
    public NotificationEvent getEvent() { return event; }
    public Audience getAudience() { return Audience.ofCode(audience); }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public String getLink() { return link; }
    public String getOnceKey() { return onceKey; }
}
