package gov.cms.ssp.certification;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One ACO on CMS's certification dashboard for a PY. */
public record DashboardRow(String acoId, String legalName, String trackLabel, CertificationStatus status, LocalDate deadline,
                           LocalDate extendedTo, String extensionReason, String signerName, LocalDateTime signedAt) {
    public String statusLabel() {
        return status.label();
    }
}
