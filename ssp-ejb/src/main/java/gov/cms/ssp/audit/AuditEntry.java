package gov.cms.ssp.audit;

import java.time.Instant;
import java.util.List;

/** One change to one domain record: who, when, what kind of change and which fields. */
public record AuditEntry(long revision, Instant changedAt, String userName, String recordType, String recordKey,
                         String change, List<String> changedFields) {
}
