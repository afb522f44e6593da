package gov.cms.ssp.quality;

import gov.cms.ssp.shared.AcoId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A rate CMS computed for an ACO and loaded: a CAHPS for MIPS summary survey measure or a
 * claims-based measure (479, 484), with its case count where CMS gives one.
 */
@Entity
@Table(name = "cms_quality_measure")
public class CmsQualityMeasure {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cms_quality_measure_seq")
    @SequenceGenerator(name = "cms_quality_measure_seq", sequenceName = "cms_quality_measure_seq", allocationSize = 50)
    private Long id;

    @Column(name = "aco_id", nullable = false, length = 5)
    private AcoId acoId;

    @Column(nullable = false)
    private int py;

    @Column(name = "measure_id", nullable = false, length = 20)
    private String measureId;

    @Enumerated(EnumType.STRING)
    @Column(name = "collection_type", nullable = false, length = 30)
    private CollectionType collectionType;

    @Column(nullable = false, precision = 12, scale = 6)
    private BigDecimal rate;

    private Long cases;

    @Column(name = "source_file", nullable = false, length = 200)
    private String sourceFile;

    @Column(name = "loaded_by", nullable = false, length = 100)
    private String loadedBy;

    @Column(name = "loaded_at", nullable = false)
    private LocalDateTime loadedAt;

    protected CmsQualityMeasure() {
    }

    public CmsQualityMeasure(AcoId acoId, int py, ReportedMeasure m, String sourceFile, String loadedBy, LocalDateTime loadedAt) {
        if (m.key().collectionType().reportedByAco() || m.rate() == null) {
            throw new IllegalArgumentException(m.key() + ": CMS loads a rate of a survey or claims-based measure");
        }
        this.acoId = Objects.requireNonNull(acoId);
        this.py = py;
        this.measureId = m.key().measureId();
        this.collectionType = m.key().collectionType();
        this.rate = m.rate();
        this.cases = m.cases();
        this.sourceFile = Objects.requireNonNull(sourceFile);
        this.loadedBy = Objects.requireNonNull(loadedBy);
        this.loadedAt = Objects.requireNonNull(loadedAt);
    }

    public ReportedMeasure toReportedMeasure() {
        return new ReportedMeasure(MeasureKey.of(measureId, collectionType), null, null, null, null, rate, cases);
    }

    public AcoId getAcoId() { return acoId; }
    public int getPy() { return py; }
    public String getMeasureId() { return measureId; }
    public CollectionType getCollectionType() { return collectionType; }
    public BigDecimal getRate() { return rate; }
    public Long getCases() { return cases; }
    public String getSourceFile() { return sourceFile; }
    public String getLoadedBy() { return loadedBy; }
    public LocalDateTime getLoadedAt() { return loadedAt; }
}
