package gov.cms.ssp.quality;

import gov.cms.ssp.participant.RowProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A PY's quality reference data: its parameters, its APP measure set and CMS's benchmarks, read from
 * three CSV files ({@code parameters.csv}, {@code measures.csv}, {@code benchmarks.csv}; layouts in
 * {@link QualityReferenceFiles}). The repository carries them per PY as resources under
 * {@code gov/cms/ssp/quality/py<YEAR>/} ({@link #standard(int)}); CMS administrators may load their own
 * with {@link QualityReferenceFiles#read}.
 */
public final class QualityReferenceData {

    private final QualityParameters parameters;
    private final Map<MeasureKey, MeasureDefinition> measures;
    private final Map<MeasureKey, MeasureBenchmark> benchmarks;

    QualityReferenceData(QualityParameters parameters, Collection<MeasureDefinition> measures,
                         Collection<MeasureBenchmark> benchmarks) {
        this.parameters = parameters;
        this.measures = new TreeMap<>(measures.stream().collect(Collectors.toMap(MeasureDefinition::key, m -> m)));
        this.benchmarks = new TreeMap<>(benchmarks.stream().collect(Collectors.toMap(MeasureBenchmark::key, b -> b)));
    }

    /** The PYs the repository carries reference data for. */
    public static List<Integer> standardYears() {
        return List.of(2022, 2023, 2024);
    }

    /**
     * The repository's reference data of a PY; throws when the PY has none or a file has a problem
     * (the message lists every problem by file, row and column).
     */
    public static QualityReferenceData standard(int performanceYear) {
        return STANDARD.computeIfAbsent(performanceYear, QualityReferenceData::load);
    }

    /** The repository's files, read once per PY (the data are immutable). */
    private static final Map<Integer, QualityReferenceData> STANDARD = new java.util.concurrent.ConcurrentHashMap<>();

    private static QualityReferenceData load(int performanceYear) {
        String dir = "py" + performanceYear + "/";
        byte[] parameters = resource(dir + QualityReferenceFiles.PARAMETERS);
        byte[] measures = resource(dir + QualityReferenceFiles.MEASURES);
        byte[] benchmarks = resource(dir + QualityReferenceFiles.BENCHMARKS);
        if (parameters == null || measures == null || benchmarks == null) {
            throw new IllegalArgumentException("no quality reference data for performance year " + performanceYear
                    + " (the repository carries " + standardYears() + ")");
        }
        QualityReferenceFiles.Reading reading = QualityReferenceFiles.read(performanceYear, parameters, measures, benchmarks);
        if (!reading.isClean()) {
            throw new IllegalStateException("quality reference data of PY" + performanceYear + ": " + reading.problems());
        }
        return reading.data();
    }

    private static byte[] resource(String name) {
        try (InputStream in = QualityReferenceData.class.getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int performanceYear() {
        return parameters.performanceYear();
    }

    public QualityParameters parameters() {
        return parameters;
    }

    /** The PY's measure set, in collection-type then ID order. */
    public Collection<MeasureDefinition> measures() {
        return java.util.Collections.unmodifiableCollection(measures.values());
    }

    public Optional<MeasureDefinition> measure(MeasureKey key) {
        return Optional.ofNullable(measures.get(key));
    }

    public Optional<MeasureBenchmark> benchmark(MeasureKey key) {
        return Optional.ofNullable(benchmarks.get(key));
    }

    public Collection<MeasureBenchmark> benchmarks() {
        return java.util.Collections.unmodifiableCollection(benchmarks.values());
    }

    /** The measures of one collection type. */
    public List<MeasureDefinition> measuresOf(CollectionType type) {
        List<MeasureDefinition> list = new ArrayList<>();
        for (MeasureDefinition m : measures.values()) {
            if (m.key().collectionType() == type) {
                list.add(m);
            }
        }
        return list;
    }

    /** Whether the PY's set has the measure at all. */
    public boolean inMeasureSet(MeasureKey key) {
        return measures.containsKey(key);
    }

    static String describe(List<RowProblem> problems) {
        return problems.stream().map(p -> "line " + p.rowLabel() + ", " + p.column() + ": " + p.problem())
                .collect(Collectors.joining("; "));
    }
}
