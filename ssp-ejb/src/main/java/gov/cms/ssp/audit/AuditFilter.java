package gov.cms.ssp.audit;

import java.time.LocalDate;

/** What the audit trail is narrowed to; every part optional. Dates are whole days, both included. */
public record AuditFilter(String acoId, String userName, String recordType, LocalDate from, LocalDate to) {
    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);

    boolean matches(AuditEntry e) {
        return contains(e.acoId(), acoId) && contains(e.userName(), userName) && contains(e.recordType(), recordType);
    }

    private static boolean contains(String value, String wanted) {
        return wanted == null || wanted.isBlank()
                || value != null && value.toLowerCase().contains(wanted.trim().toLowerCase());
    }
}
