package gov.cms.ssp.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.hibernate.envers.Audited;

/** One line of an application's history: who did what, when, in words. Append-only. */
@Entity
@Table(name = "application_event")
@Audited
public class ApplicationEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_event_seq")
    @SequenceGenerator(name = "application_event_seq", sequenceName = "application_event_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_pk")
    private Application application;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    @Column(name = "user_name", nullable = false, length = 100)
    private String userName;

    @Column(nullable = false, length = 500)
    private String description;

    protected ApplicationEvent() {
    }

    ApplicationEvent(Application application, LocalDateTime occurredAt, String userName, String description) {
        this.application = application;
        this.occurredAt = occurredAt;
        this.userName = userName;
        this.description = description;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getUserName() {
        return userName;
    }

    public String getDescription() {
        return description;
    }
}
