package gov.cms.ssp.quality;

import gov.cms.ssp.shared.AcoId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;
import org.hibernate.envers.Audited;

/**
 * What CMS determined for an ACO's PY and loaded with its quality files: the health equity inputs
 * (PY2023+, empty before), the quality improvement score, and whether an extreme and uncontrollable
 * circumstance affected the ACO (42 CFR 425.512(b)); and, for the MIPS APM scoring standard, the improvement
 * activities score the ACO earned by reporting, when it reported any. Audited: CMS enters them by file or form.
 */
@Entity
@Audited
@Table(name = "cms_quality_inputs")
public class CmsQualityInputs {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cms_quality_inputs_seq")
    @SequenceGenerator(name = "cms_quality_inputs_seq", sequenceName = "cms_quality_inputs_seq", allocationSize = 50)
    private Long id;

    @Column(name = "aco_id", nullable = false, length = 5)
    private AcoId acoId;

    @Column(nullable = false)
    private int py;

    @Column(name = "underserved_share", precision = 7, scale = 6)
    private BigDecimal underservedShare;

    @Column(name = "top_third")
    private Integer topThird;

    @Column(name = "middle_third")
    private Integer middleThird;

    @Column(name = "improvement_points", nullable = false, precision = 7, scale = 4)
    private BigDecimal improvementPoints;

    @Column(name = "euc_affected", nullable = false)
    private boolean eucAffected;

    @Column(name = "improvement_activities", precision = 7, scale = 4)
    private BigDecimal improvementActivities;

    @Column(name = "source_file", nullable = false, length = 200)
    private String sourceFile;

    @Column(name = "loaded_by", nullable = false, length = 100)
    private String loadedBy;

    @Column(name = "loaded_at", nullable = false)
    private LocalDateTime loadedAt;

    protected CmsQualityInputs() {
    }

    public CmsQualityInputs(AcoId acoId, int py, CmsQualityFile.Determination d, String sourceFile, String loadedBy,
                            LocalDateTime loadedAt) {
        this.acoId = Objects.requireNonNull(acoId);
        this.py = py;
        this.underservedShare = d.healthEquity() == null ? null : d.healthEquity().underservedShare();
        this.topThird = d.healthEquity() == null ? null : d.healthEquity().measuresInTopThird();
        this.middleThird = d.healthEquity() == null ? null : d.healthEquity().measuresInMiddleThird();
        this.improvementPoints = Objects.requireNonNull(d.improvementPoints());
        this.eucAffected = d.eucAffected();
        this.sourceFile = Objects.requireNonNull(sourceFile);
        this.loadedBy = Objects.requireNonNull(loadedBy);
        this.loadedAt = Objects.requireNonNull(loadedAt);
    }

    /** A new determination replaces the earlier one (file or form); the reported improvement activities score stays unless given. */
    public void replace(CmsQualityFile.Determination d, BigDecimal reportedActivities, String sourceFile, String loadedBy,
                        LocalDateTime loadedAt) {
        this.underservedShare = d.healthEquity() == null ? null : d.healthEquity().underservedShare();
        this.topThird = d.healthEquity() == null ? null : d.healthEquity().measuresInTopThird();
        this.middleThird = d.healthEquity() == null ? null : d.healthEquity().measuresInMiddleThird();
        this.improvementPoints = Objects.requireNonNull(d.improvementPoints());
        this.eucAffected = d.eucAffected();
        if (reportedActivities != null) {
            this.improvementActivities = reportedActivities;
        }
        this.sourceFile = Objects.requireNonNull(sourceFile);
        this.loadedBy = Objects.requireNonNull(loadedBy);
        this.loadedAt = Objects.requireNonNull(loadedAt);
    }

    /** The health equity inputs, null when CMS gave none (a PY before 2023). */
    public HealthEquityInput healthEquity() {
        return underservedShare == null ? null : new HealthEquityInput(underservedShare, topThird, middleThird);
    }

    public AcoId getAcoId() { return acoId; }
    public int getPy() { return py; }
    public BigDecimal getImprovementPoints() { return improvementPoints; }
    public boolean isEucAffected() { return eucAffected; }
    public BigDecimal getImprovementActivities() { return improvementActivities; }
    public BigDecimal getUnderservedShare() { return underservedShare; }
    public Integer getTopThird() { return topThird; }
    public Integer getMiddleThird() { return middleThird; }
    public String getSourceFile() { return sourceFile; }
    public String getLoadedBy() { return loadedBy; }
    public LocalDateTime getLoadedAt() { return loadedAt; }
}
