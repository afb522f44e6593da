package gov.cms.ssp.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A change the entity history cannot show by itself: reference data written as whole tables (a
 * change-request window, the other-initiatives list) and decisions that are more than a field
 * (why a reviewer denied a row). The audit trail reads these beside the entity revisions.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {
    private static final String FIELD_SEPARATOR = "\t";
    private static final int LONGEST_VALUE = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 1)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "user_name", nullable = false, length = 100)
    private String userName;

    @Column(name = "aco_id", length = 5)
    private String acoId;

    @Column(name = "record_type", nullable = false, length = 60)
    private String recordType;

    @Column(name = "record_key", nullable = false, length = 200)
    private String recordKey;

    @Column(name = "action", nullable = false, length = 30)
    private String action;

    /** One change a line: label, old value, new value, tab-separated. */
    @Column(name = "changes", length = 4000)
    private String changes;

    protected AuditEvent() {
    }

    public AuditEvent(Instant occurredAt, String userName, String acoId, String recordType, String recordKey,
                      String action, List<FieldChange> changes) {
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.userName = Objects.requireNonNull(userName);
        this.acoId = acoId;
        this.recordType = Objects.requireNonNull(recordType);
        this.recordKey = Objects.requireNonNull(recordKey);
        this.action = Objects.requireNonNull(action);
        StringBuilder text = new StringBuilder();
        for (FieldChange c : changes) {
            text.append(text.isEmpty() ? "" : "\n").append(clean(c.field())).append(FIELD_SEPARATOR)
                    .append(clean(c.oldValue())).append(FIELD_SEPARATOR).append(clean(c.newValue()));
        }
        this.changes = text.length() > 4000 ? text.substring(0, 4000) : text.toString();
    }

    public List<FieldChange> changes() {
        List<FieldChange> list = new ArrayList<>();
        if (changes == null || changes.isEmpty()) {
            return list;
        }
        for (String line : changes.split("\n")) {
            String[] parts = line.split(FIELD_SEPARATOR, -1);
            if (parts.length == 3) {
                list.add(new FieldChange(parts[0], parts[1], parts[2]));
            }
        }
        return list;
    }

    private static String clean(String value) {
        String v = value == null ? AuditValues.NONE : value.replaceAll("[\\t\\r\\n]+", " ");
        return v.length() > LONGEST_VALUE ? v.substring(0, LONGEST_VALUE - 1) + "…" : v;
    }

    public Long getId() { return id; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getUserName() { return userName; }
    public String getAcoId() { return acoId; }
    public String getRecordType() { return recordType; }
    public String getRecordKey() { return recordKey; }
    public String getAction() { return action; }
}
