package gov.cms.ssp.application;

import gov.cms.ssp.shared.BusinessException;
import gov.cms.ssp.shared.UploadedFileName;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A required document uploaded with the application. Only PDFs (checked by content, not by name)
 * up to {@link #MAX_BYTES}; stored in the database with the application. The audit trail records
 * who uploaded what, not the bytes.
 */
@Entity
@Table(name = "application_document")
@Audited
public class ApplicationDocument {
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_document_seq")
    @SequenceGenerator(name = "application_document_seq", sequenceName = "application_document_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_pk")
    private Application application;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private DocumentKind kind;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    /** The deficiency whose answer the document supports (kind RFI_ANSWER), else null. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "deficiency_pk")
    private Deficiency deficiency;

    @NotAudited
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    protected ApplicationDocument() {
    }

    ApplicationDocument(Application application, DocumentKind kind, String fileName, byte[] content) {
        this(application, kind, fileName, content, null);
    }

    ApplicationDocument(Application application, DocumentKind kind, String fileName, byte[] content, Deficiency deficiency) {
        requirePdf(fileName, content);
        this.deficiency = deficiency;
        this.application = application;
        this.kind = kind;
        this.fileName = UploadedFileName.of(fileName);
        this.sizeBytes = content.length;
        this.content = content.clone();
    }

    /** Refuses anything that is not a PDF of acceptable size, saying which rule it broke. */
    public static void requirePdf(String fileName, byte[] content) {
        String name = "'" + UploadedFileName.of(fileName) + "'";
        if (content == null || content.length == 0) {
            throw new BusinessException(name + " is empty; choose the PDF again.");
        }
        if (content.length > MAX_BYTES) {
            throw new BusinessException(name + " is " + (content.length / 1024 / 1024) + " MB; documents may be at most "
                    + (MAX_BYTES / 1024 / 1024) + " MB.");
        }
        if (content.length < PDF_MAGIC.length || !Arrays.equals(Arrays.copyOf(content, PDF_MAGIC.length), PDF_MAGIC)) {
            throw new BusinessException(name + " is not a PDF; upload documents as PDF files.");
        }
    }

    public Long getId() {
        return id;
    }

    /** The deficiency this attachment answers, or null for a document of the application itself. */
    public Long getDeficiencyId() {
        return deficiency == null ? null : deficiency.getId();
    }

    public DocumentKind getKind() {
        return kind;
    }

    public String getFileName() {
        return fileName;
    }

    public int getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content.clone();
    }
}
