package gov.cms.ssp.audit;

import java.time.Instant;
import java.util.List;

/**
 * One change to one record: who, when, which ACO it concerns (empty for program-wide records),
 * what kind of change, and each field's old and new value in words.
 */
public record AuditEntry(long revision, Instant changedAt, String userName, String acoId, String recordType,
                         String recordKey, String change, List<FieldChange> changes) {
    /** The labels of the fields changed. */
    public List<String> changedFields() {
        return changes.stream().map(FieldChange::field).toList();
    }

    /** "Field: old → new; …" for a table cell or an export. */
    public String changeText() {
        return String.join("; ", changes.stream().map(FieldChange::toString).toList());
    }
}
