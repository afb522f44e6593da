package gov.cms.ssp.quality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One version of a PY's quality reference data as a CMS administrator loaded it: the same three CSV
 * files the repository carries ({@link QualityReferenceFiles}), kept whole so that the latest version
 * is read exactly as the domain reads the repository's files. Without any version the repository's
 * files are the PY's reference data.
 */
@Entity
@Table(name = "quality_reference_version")
public class QualityReferenceVersion {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quality_reference_version_seq")
    @SequenceGenerator(name = "quality_reference_version_seq", sequenceName = "quality_reference_version_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private int py;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, columnDefinition = "text")
    private String parameters;

    @Column(nullable = false, columnDefinition = "text")
    private String measures;

    @Column(nullable = false, columnDefinition = "text")
    private String benchmarks;

    /** which file this version changed (parameters.csv, measures.csv, benchmarks.csv) */
    @Column(nullable = false, length = 30)
    private String changed;

    @Column(name = "loaded_by", nullable = false, length = 100)
    private String loadedBy;

    @Column(name = "loaded_at", nullable = false)
    private LocalDateTime loadedAt;

    protected QualityReferenceVersion() {
    }

    public QualityReferenceVersion(int py, int number, byte[] parameters, byte[] measures, byte[] benchmarks,
                                   String changed, String loadedBy, LocalDateTime loadedAt) {
        this.py = py;
        this.number = number;
        this.parameters = new String(parameters, StandardCharsets.UTF_8);
        this.measures = new String(measures, StandardCharsets.UTF_8);
        this.benchmarks = new String(benchmarks, StandardCharsets.UTF_8);
        this.changed = Objects.requireNonNull(changed);
        this.loadedBy = Objects.requireNonNull(loadedBy);
        this.loadedAt = Objects.requireNonNull(loadedAt);
    }

    /** The file of that name as stored. */
    public byte[] file(String name) {
        return switch (name) {
            case QualityReferenceFiles.PARAMETERS -> parameters.getBytes(StandardCharsets.UTF_8);
            case QualityReferenceFiles.MEASURES -> measures.getBytes(StandardCharsets.UTF_8);
            case QualityReferenceFiles.BENCHMARKS -> benchmarks.getBytes(StandardCharsets.UTF_8);
            default -> throw new IllegalArgumentException("not a quality reference file: " + name);
        };
    }

    public Long getId() { return id; }
    public int getPy() { return py; }
    public int getNumber() { return number; }
    public String getChanged() { return changed; }
    public String getLoadedBy() { return loadedBy; }
    public LocalDateTime getLoadedAt() { return loadedAt; }
}
