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

/**
 * A participant TIN's Promoting Interoperability score and number of MIPS eligible clinicians for a PY, as
 * CMS loads them: what the APM Entity's Promoting Interoperability score is the weighted average of.
 */
@Entity
@Table(name = "cms_tin_interoperability")
public class CmsTinInteroperability {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cms_tin_interoperability_seq")
    @SequenceGenerator(name = "cms_tin_interoperability_seq", sequenceName = "cms_tin_interoperability_seq", allocationSize = 50)
    private Long id;

    @Column(name = "aco_id", nullable = false, length = 5)
    private AcoId acoId;

    @Column(nullable = false)
    private int py;

    @Column(nullable = false, length = 9)
    private String tin;

    @Column(name = "pi_score", nullable = false, precision = 7, scale = 4)
    private BigDecimal piScore;

    @Column(name = "eligible_clinicians", nullable = false)
    private int eligibleClinicians;

    @Column(name = "source_file", nullable = false, length = 200)
    private String sourceFile;

    @Column(name = "loaded_by", nullable = false, length = 100)
    private String loadedBy;

    @Column(name = "loaded_at", nullable = false)
    private LocalDateTime loadedAt;

    protected CmsTinInteroperability() {
    }

    public CmsTinInteroperability(AcoId acoId, int py, MipsApmScoring.TinInteroperability t, String sourceFile,
                                  String loadedBy, LocalDateTime loadedAt) {
        this.acoId = Objects.requireNonNull(acoId);
        this.py = py;
        this.tin = t.tin();
        this.piScore = t.score();
        this.eligibleClinicians = t.eligibleClinicians();
        this.sourceFile = Objects.requireNonNull(sourceFile);
        this.loadedBy = Objects.requireNonNull(loadedBy);
        this.loadedAt = Objects.requireNonNull(loadedAt);
    }

    public MipsApmScoring.TinInteroperability toInput() {
        return new MipsApmScoring.TinInteroperability(tin, piScore, eligibleClinicians);
    }

    public AcoId getAcoId() { return acoId; }
    public int getPy() { return py; }
}
