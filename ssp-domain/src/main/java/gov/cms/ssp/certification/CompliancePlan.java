package gov.cms.ssp.certification;

import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.BusinessException;
import gov.cms.ssp.shared.UploadedFileName;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Objects;

/**
 * One version of an ACO's compliance plan (42 CFR 425.300), as uploaded: a PDF, never changed
 * afterwards. A new upload is a new version, so the rows themselves are the plan's history (no
 * Envers audit table is needed for data that is only ever inserted).
 */
@Entity
@Table(name = "compliance_plan")
public class CompliancePlan {
    /** 10 MB: several times a long plan; larger files are almost always scans that should be reduced. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "compliance_plan_seq")
    @SequenceGenerator(name = "compliance_plan_seq", sequenceName = "compliance_plan_seq", allocationSize = 50)
    private Long id;

    @Column(name = "aco_id", nullable = false, length = 5)
    private AcoId acoId;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false, length = 100)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private LocalDateTime uploadedAt;

    protected CompliancePlan() {
    }

    /** Checks the upload as a PDF of acceptable size and records it as the next version. */
    public CompliancePlan(AcoId acoId, int versionNo, String fileName, byte[] content, String uploadedBy, LocalDateTime uploadedAt) {
        check(fileName, content);
        this.acoId = Objects.requireNonNull(acoId);
        this.versionNo = versionNo;
        this.fileName = safeName(fileName);
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.uploadedBy = Objects.requireNonNull(uploadedBy);
        this.uploadedAt = Objects.requireNonNull(uploadedAt);
    }

    /** The type and size rules, each refusal saying what to do. */
    public static void check(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new BusinessException("The file is empty. Choose the compliance plan as a PDF file.");
        }
        if (content.length > MAX_BYTES) {
            throw new BusinessException("The file has " + content.length / (1024 * 1024) + " MB; the compliance plan may have at most 10 MB."
                    + " Save it as a smaller PDF (text rather than scanned images).");
        }
        if (fileName == null || !fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
            throw new BusinessException("The compliance plan must be a PDF file (.pdf).");
        }
        if (content.length < PDF_MAGIC.length || !Arrays.equals(Arrays.copyOf(content, PDF_MAGIC.length), PDF_MAGIC)) {
            throw new BusinessException("The file is named .pdf but is not a PDF document. Export or print the plan to PDF and upload that.");
        }
    }

    /** See {@link UploadedFileName}: the name goes into a download header. */
    static String safeName(String fileName) {
        return UploadedFileName.of(fileName);
    }

    public Long getId() {
        return id;
    }

    public AcoId getAcoId() {
        return acoId;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public String getFileName() {
        return fileName;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public LocalDateTime getUploadedAt() {
        return uploadedAt;
    }
}
