package gov.cms.ssp.quality;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import gov.cms.ssp.shared.AcoId;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One ACO's quality results for a PY as CMS released them (42 CFR 425.512; the MIPS APM scoring standard):
 * what the public ACO page and the clinician lookup show. Kept as released, so that a later load or
 * correction changes nothing public until CMS releases the PY again (which replaces these rows).
 */
@Entity
@Table(name = "released_quality")
public class QualityRelease {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "released_quality_seq")
    @SequenceGenerator(name = "released_quality_seq", sequenceName = "released_quality_seq", allocationSize = 50)
    private Long id;

    @Column(name = "aco_id", nullable = false, length = 5)
    private AcoId acoId;

    @Column(nullable = false)
    private int py;

    @Column(name = "quality_score", precision = 7, scale = 2)
    private BigDecimal qualityScore;

    @Column(nullable = false, length = 200)
    private String outcome;

    @Column(name = "met_standard", nullable = false)
    private boolean metStandard;

    @Column(name = "met_alternative", nullable = false)
    private boolean metAlternative;

    @Column(name = "mips_final_score", precision = 7, scale = 2)
    private BigDecimal mipsFinalScore;

    @Column(name = "mips_quality", precision = 7, scale = 2)
    private BigDecimal mipsQuality;

    @Column(name = "mips_interoperability", precision = 7, scale = 2)
    private BigDecimal mipsInteroperability;

    @Column(name = "mips_improvement_activities", precision = 7, scale = 2)
    private BigDecimal mipsImprovementActivities;

    @Column(name = "released_by", nullable = false, length = 100)
    private String releasedBy;

    @Column(name = "released_at", nullable = false)
    private LocalDateTime releasedAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "released_quality_measure", joinColumns = @JoinColumn(name = "release_id"))
    @OrderColumn(name = "position")
    private List<Rate> rates = new ArrayList<>();

    /** A measure's published rate, as the per-ACO results files publish it. */
    @Embeddable
    public static class Rate {
        @Column(nullable = false, length = 200)
        private String measure;

        @Column(nullable = false, precision = 12, scale = 4)
        private BigDecimal rate;

        protected Rate() {
        }

        public Rate(String measure, BigDecimal rate) {
            this.measure = Objects.requireNonNull(measure);
            this.rate = Objects.requireNonNull(rate);
        }

        public String getMeasure() { return measure; }
        public BigDecimal getRate() { return rate; }
    }

    protected QualityRelease() {
    }

    public QualityRelease(AcoId acoId, int py, QualityResult quality, MipsApmScoring.Result mips, List<Rate> rates,
                          String releasedBy, LocalDateTime releasedAt) {
        this.acoId = Objects.requireNonNull(acoId);
        this.py = py;
        this.qualityScore = quality.publishedScore();
        this.outcome = quality.determination().label();
        this.metStandard = quality.reconciliationOutcome().map(o -> o.metQualityStandard()).orElse(false);
        this.metAlternative = quality.determination() == QualityDetermination.MET_ALTERNATIVE_STANDARD;
        if (mips.isDetermined()) {
            this.mipsFinalScore = mips.finalScore();
            this.mipsQuality = two(mips.quality());
            this.mipsInteroperability = two(mips.promotingInteroperability());
            this.mipsImprovementActivities = two(mips.improvementActivities());
        }
        this.rates = new ArrayList<>(rates);
        this.releasedBy = Objects.requireNonNull(releasedBy);
        this.releasedAt = Objects.requireNonNull(releasedAt);
    }

    private static BigDecimal two(BigDecimal v) {
        return v == null ? null : v.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    public AcoId getAcoId() { return acoId; }
    public int getPy() { return py; }
    public BigDecimal getQualityScore() { return qualityScore; }
    public String getOutcome() { return outcome; }
    public boolean isMetStandard() { return metStandard; }
    public boolean isMetAlternative() { return metAlternative; }
    public BigDecimal getMipsFinalScore() { return mipsFinalScore; }
    public BigDecimal getMipsQuality() { return mipsQuality; }
    public BigDecimal getMipsInteroperability() { return mipsInteroperability; }
    public BigDecimal getMipsImprovementActivities() { return mipsImprovementActivities; }
    public String getReleasedBy() { return releasedBy; }
    public LocalDateTime getReleasedAt() { return releasedAt; }
    public List<Rate> getRates() { return rates; }
}
