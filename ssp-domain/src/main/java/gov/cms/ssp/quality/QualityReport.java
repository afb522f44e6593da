package gov.cms.ssp.quality;

import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.BusinessException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * An ACO's quality report for a PY through the APP: the measures its staff report (by form or CSV
 * upload) while it is a draft, and who of its executives submitted it when. Once submitted it is
 * scored and no longer changes.
 */
@Entity
@Table(name = "quality_report")
@Audited
public class QualityReport {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quality_report_seq")
    @SequenceGenerator(name = "quality_report_seq", sequenceName = "quality_report_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "aco_id", nullable = false, length = 5)
    private AcoId acoId;

    @Column(nullable = false)
    private int py;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private QualityReportStatus status = QualityReportStatus.DRAFT;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "submitted_by", length = 100)
    private String submittedBy;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    @NotAudited
    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("collectionType, measureId")
    private List<QualityReportMeasure> measures = new ArrayList<>();

    protected QualityReport() {
    }

    public QualityReport(AcoId acoId, int py, String by, LocalDateTime at) {
        this.acoId = Objects.requireNonNull(acoId);
        this.py = py;
        this.updatedBy = Objects.requireNonNull(by);
        this.updatedAt = Objects.requireNonNull(at);
    }

    /** Replaces every measure row at once (a checked form or file: nothing is half-saved). */
    public void replaceMeasures(List<ReportedMeasure> rows, String by, LocalDateTime at) {
        requireDraft();
        measures.clear();
        for (ReportedMeasure m : rows) {
            if (!m.key().collectionType().reportedByAco()) {
                throw new IllegalArgumentException(m.key() + " is loaded by CMS, not reported by the ACO");
            }
            measures.add(new QualityReportMeasure(this, m));
        }
        touch(by, at);
    }

    /** Adds or replaces the row of one measure and collection type. */
    public void putMeasure(ReportedMeasure m, String by, LocalDateTime at) {
        requireDraft();
        List<ReportedMeasure> rows = new ArrayList<>(reportedMeasures());
        rows.removeIf(r -> r.key().equals(m.key()));
        rows.add(m);
        replaceMeasures(rows, by, at);
    }

    public void removeMeasure(MeasureKey key, String by, LocalDateTime at) {
        requireDraft();
        List<ReportedMeasure> rows = new ArrayList<>(reportedMeasures());
        if (rows.removeIf(r -> r.key().equals(key))) {
            replaceMeasures(rows, by, at);
        }
    }

    /** The ACO's executive submits; a report without measures cannot be submitted. */
    public void submit(String by, LocalDateTime at) {
        requireDraft();
        if (measures.isEmpty()) {
            throw new BusinessException("The report has no measures yet; report at least one measure before submitting.");
        }
        this.status = QualityReportStatus.SUBMITTED;
        this.submittedBy = Objects.requireNonNull(by);
        this.submittedAt = Objects.requireNonNull(at);
        touch(by, at);
    }

    private void requireDraft() {
        if (status != QualityReportStatus.DRAFT) {
            throw new BusinessException("The PY" + py + " quality report was submitted; it can no longer be changed.");
        }
    }

    private void touch(String by, LocalDateTime at) {
        this.updatedBy = Objects.requireNonNull(by);
        this.updatedAt = Objects.requireNonNull(at);
    }

    public List<ReportedMeasure> reportedMeasures() {
        return measures.stream().map(QualityReportMeasure::toReportedMeasure).toList();
    }

    /** The collection types the report has measures of, in their order. */
    public Set<CollectionType> collectionTypes() {
        Set<CollectionType> types = EnumSet.noneOf(CollectionType.class);
        measures.forEach(m -> types.add(m.getCollectionType()));
        return types;
    }

    public boolean isSubmitted() {
        return status == QualityReportStatus.SUBMITTED;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public AcoId getAcoId() { return acoId; }
    public int getPy() { return py; }
    public QualityReportStatus getStatus() { return status; }
    public String getUpdatedBy() { return updatedBy; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public String getSubmittedBy() { return submittedBy; }
    public LocalDateTime getSubmittedAt() { return submittedAt; }
    public List<QualityReportMeasure> getMeasures() { return List.copyOf(measures); }
}
