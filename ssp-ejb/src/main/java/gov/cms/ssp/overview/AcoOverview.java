package gov.cms.ssp.overview;

import gov.cms.ssp.aco.AcoProfile;
import gov.cms.ssp.agreement.GlidePathView;
import gov.cms.ssp.audit.AuditEntry;
import gov.cms.ssp.participant.ListOverview;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One ACO whole, as CMS staff see it (the ACO 360 page): who it is, its agreements and levels by
 * PY, its applications, lists and change requests, certifications, settlements, CMS's internal notes,
 * the notices it was sent and, for CMS administrators, its audit trail ({@code audit} null otherwise).
 */
public record AcoOverview(AcoProfile profile, GlidePathView path, List<ApplicationLine> applications, ListOverview lists,
                          List<ChangeRequestLine> changeRequests, List<CertificationLine> certifications,
                          List<SettlementLine> settlements, List<NoteView> notes, List<NoticeLine> notices,
                          List<AuditEntry> audit) {

    public String acoId() {
        return profile.summary().acoId();
    }

    public boolean auditShown() {
        return audit != null;
    }

    public record ApplicationLine(long id, int agreementYear, String status, String track, String reviewer,
                                  LocalDate submittedOn, String decisionReason) {
    }

    public record ChangeRequestLine(long id, int py, String status, String submittedBy, LocalDateTime submittedAt,
                                    String assignedTo, long rows, long pending) {
    }

    public record CertificationLine(int py, String status, String signedBy, LocalDateTime signedAt, LocalDate extendedTo) {
    }

    public record SettlementLine(long runId, int py, int revision, String runStatus, String track, String outcome,
                                 BigDecimal netAmount) {
    }

    public record NoticeLine(Instant sentAt, String event, String subject) {
    }
}
