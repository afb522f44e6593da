package gov.cms.ssp.certification;

import java.time.LocalDateTime;

/** One version of a compliance plan, without its content. */
public record CompliancePlanView(int versionNo, String fileName, long sizeBytes, String uploadedBy, LocalDateTime uploadedAt) {
    static CompliancePlanView of(CompliancePlan p) {
        return new CompliancePlanView(p.getVersionNo(), p.getFileName(), p.getSizeBytes(), p.getUploadedBy(), p.getUploadedAt());
    }
}
