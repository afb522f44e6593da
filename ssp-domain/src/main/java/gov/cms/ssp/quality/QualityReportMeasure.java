package gov.cms.ssp.quality;

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

/** One measure row of an ACO's quality report: the four counts of the APP measure report. */
@Entity
@Table(name = "quality_report_measure")
public class QualityReportMeasure {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quality_report_measure_seq")
    @SequenceGenerator(name = "quality_report_measure_seq", sequenceName = "quality_report_measure_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    private QualityReport report;

    @Column(name = "measure_id", nullable = false, length = 20)
    private String measureId;

    @Enumerated(EnumType.STRING)
    @Column(name = "collection_type", nullable = false, length = 30)
    private CollectionType collectionType;

    @Column(name = "performance_met", nullable = false)
    private long performanceMet;

    @Column(nullable = false)
    private long denominator;

    @Column(nullable = false)
    private long exclusions;

    @Column(name = "eligible_population", nullable = false)
    private long eligiblePopulation;

    protected QualityReportMeasure() {
    }

    QualityReportMeasure(QualityReport report, ReportedMeasure m) {
        if (m.numerator() == null || m.denominator() == null || m.exclusions() == null || m.eligiblePopulation() == null) {
            throw new IllegalArgumentException(m.key() + ": an ACO reports the four counts");
        }
        this.report = report;
        this.measureId = m.key().measureId();
        this.collectionType = m.key().collectionType();
        this.performanceMet = m.numerator();
        this.denominator = m.denominator();
        this.exclusions = m.exclusions();
        this.eligiblePopulation = m.eligiblePopulation();
    }

    public ReportedMeasure toReportedMeasure() {
        return ReportedMeasure.counts(MeasureKey.of(measureId, collectionType), performanceMet, denominator, exclusions,
                eligiblePopulation);
    }

    public Long getId() { return id; }
    public String getMeasureId() { return measureId; }
    public CollectionType getCollectionType() { return collectionType; }
    public long getPerformanceMet() { return performanceMet; }
    public long getDenominator() { return denominator; }
    public long getExclusions() { return exclusions; }
    public long getEligiblePopulation() { return eligiblePopulation; }
}
