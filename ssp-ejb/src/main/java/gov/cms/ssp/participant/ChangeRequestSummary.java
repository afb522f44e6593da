package gov.cms.ssp.participant;

import java.time.LocalDateTime;

/** A change request in CMS's queue or on the ACO's page. */
public record ChangeRequestSummary(long id, String acoId, int py, ChangeRequestStatus status, String submittedBy,
                                   LocalDateTime submittedAt, long rows, long pending) {
    public String key() {
        return String.valueOf(id);
    }
}
