package gov.cms.ssp.audit;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the audit trail is narrowed to; every part optional. Dates are whole days, both included.
 * {@code acoId} is part of an ACO's ID or of its legal name ({@link AuditService} resolves names to IDs).
 */
public record AuditFilter(String acoId, String userName, String recordType, LocalDate from, LocalDate to) {
    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);

    /** {@code acoIds}: the ACOs whose ID or name holds the ACO filter (null when there is none). */
    boolean matches(AuditEntry e, Set<String> acoIds) {
        return (acoIds == null || e.acoId() != null && acoIds.contains(e.acoId()))
                && contains(e.userName(), userName) && contains(e.recordType(), recordType);
    }

    private static boolean contains(String value, String wanted) {
        return wanted == null || wanted.isBlank()
                || value != null && value.toLowerCase().contains(wanted.trim().toLowerCase());
    }
}
