package gov.cms.ssp.quality;

import gov.cms.ssp.participant.ListFile;
import gov.cms.ssp.participant.RowProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the three reference files of a PY with the project's CSV reader ({@link ListFile#parse}):
 * every problem by file, line and column, and reference data only when there is none.
 *
 * <ul>
 *   <li>{@code parameters.csv}: {@code name,value,source}, one row per {@link QualityParameters} value;</li>
 *   <li>{@code measures.csv}: the APP measure set, {@code measure_id,collection_type,title,group,outcome,
 *       inverse,case_minimum,benchmark_published};</li>
 *   <li>{@code benchmarks.csv}: {@code measure_id,collection_type,inverse,decile_1 … decile_10,topped_out,
 *       seven_point_cap,source}, where each decile is where it starts (empty: CMS published none).</li>
 * </ul>
 */
public final class QualityReferenceFiles {

    public static final String PARAMETERS = "parameters.csv";
    public static final String MEASURES = "measures.csv";
    public static final String BENCHMARKS = "benchmarks.csv";

    static final List<String> PARAMETER_COLUMNS = List.of("name", "value", "source");
    static final List<String> MEASURE_COLUMNS = List.of("measure_id", "collection_type", "title", "group", "outcome",
            "inverse", "case_minimum", "benchmark_published");
    static final List<String> BENCHMARK_COLUMNS;

    static {
        List<String> c = new ArrayList<>(List.of("measure_id", "collection_type", "inverse"));
        for (int k = 1; k <= MeasureBenchmark.DECILES; k++) {
            c.add("decile_" + k);
        }
        c.addAll(List.of("topped_out", "seven_point_cap", "source"));
        BENCHMARK_COLUMNS = List.copyOf(c);
    }

    private static final int MAX_ROWS = 5_000;

    private QualityReferenceFiles() {
    }

    /** The reference data, or every problem of the three files (each problem's column names its file). */
    public record Reading(QualityReferenceData data, List<RowProblem> problems) {
        public Reading {
            problems = List.copyOf(problems);
        }

        public boolean isClean() {
            return problems.isEmpty();
        }
    }

    public static Reading read(int performanceYear, byte[] parameters, byte[] measures, byte[] benchmarks) {
        List<RowProblem> problems = new ArrayList<>();
        QualityParameters p = readParameters(performanceYear, parameters, problems);
        List<MeasureDefinition> set = readMeasures(measures, problems);
        Map<MeasureKey, MeasureDefinition> byKey = new HashMap<>();
        set.forEach(m -> byKey.put(m.key(), m));
        List<MeasureBenchmark> b = readBenchmarks(benchmarks, byKey, problems);
        if (!problems.isEmpty() || p == null) {
            return new Reading(null, problems);
        }
        return new Reading(new QualityReferenceData(p, set, b), problems);
    }

    // ---- parameters.csv

    private static QualityParameters readParameters(int py, byte[] content, List<RowProblem> problems) {
        Map<String, String> values = new HashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        String source = "";
        ListFile.Parsed<String[]> parsed = ListFile.parse(PARAMETER_COLUMNS, "parameter", content, MAX_ROWS,
                (line, f, ps) -> new String[] {String.valueOf(line), f.get(0), f.get(1), f.get(2)});
        parsed.problems().forEach(x -> problems.add(in(PARAMETERS, x)));
        if (!parsed.readable()) {
            return null;
        }
        for (String[] row : parsed.rows()) {
            int line = Integer.parseInt(row[0]);
            String name = row[1].toLowerCase(Locale.ROOT);
            if (!ParameterName.KNOWN.contains(name)) {
                problems.add(problem(PARAMETERS, line, "name", "'" + row[1] + "' is not a quality parameter",
                        "Use one of: " + String.join(", ", ParameterName.KNOWN)));
                continue;
            }
            Integer earlier = lines.putIfAbsent(name, line);
            if (earlier != null) {
                problems.add(problem(PARAMETERS, line, "name", name + " appears again (first on line " + earlier + ")",
                        "Keep one row per parameter"));
                continue;
            }
            values.put(name, row[2]);
            if (!row[3].isBlank()) {
                source = source.isEmpty() ? name + ": " + row[3] : source + "; " + name + ": " + row[3];
            }
        }
        ParameterName.Values v = new ParameterName.Values(values, lines, problems);
        Integer year = v.integer(ParameterName.PERFORMANCE_YEAR, 2012, 2100);
        if (year != null && year != py) {
            problems.add(problem(PARAMETERS, lines.get(ParameterName.PERFORMANCE_YEAR), "value",
                    "the file is for PY" + year + ", not PY" + py, "Load the files of PY" + py));
        }
        BigDecimal completeness = v.share(ParameterName.DATA_COMPLETENESS);
        BigDecimal lowest = v.points(ParameterName.LOWEST_POINTS);
        BigDecimal noBenchmark = v.points(ParameterName.NO_BENCHMARK_POINTS);
        BigDecimal cap = v.points(ParameterName.TOPPED_OUT_CAP);
        Integer percentile = v.integer(ParameterName.STANDARD_PERCENTILE, 1, 99);
        BigDecimal standardScore = v.score(ParameterName.STANDARD_SCORE);
        Boolean p4r = v.flag(ParameterName.FIRST_YEAR_PAY_FOR_REPORTING);
        QualityParameters.Incentive incentive = v.incentive(ParameterName.INCENTIVE);
        BigDecimal incentiveScore = v.optionalScore(ParameterName.INCENTIVE_SCORE);
        Integer incentiveOutcome = v.integer(ParameterName.INCENTIVE_OUTCOME_PERCENTILE, 0, 99);
        Integer incentiveOther = v.integer(ParameterName.INCENTIVE_OTHER_PERCENTILE, 0, 99);
        Boolean alternative = v.flag(ParameterName.ALTERNATIVE_STANDARD);
        Integer alternativeOutcome = v.integer(ParameterName.ALTERNATIVE_OUTCOME_PERCENTILE, 0, 99);
        Boolean equity = v.flag(ParameterName.HEALTH_EQUITY);
        BigDecimal equityCap = v.points(ParameterName.HEALTH_EQUITY_CAP);
        BigDecimal equityTop = v.points(ParameterName.HEALTH_EQUITY_TOP_POINTS);
        BigDecimal equityMiddle = v.points(ParameterName.HEALTH_EQUITY_MIDDLE_POINTS);
        BigDecimal equityShare = v.share(ParameterName.HEALTH_EQUITY_MINIMUM_SHARE);
        BigDecimal improvementCap = v.points(ParameterName.IMPROVEMENT_CAP);
        QualityParameters.MipsApmParameters mips = v.mipsApm();
        if (incentive == QualityParameters.Incentive.SCORE && incentiveScore == null && lines.containsKey(ParameterName.INCENTIVE)) {
            problems.add(problem(PARAMETERS, lines.get(ParameterName.INCENTIVE), "value",
                    "the SCORE incentive needs " + ParameterName.INCENTIVE_SCORE, "Add the score at the 10th percentile"));
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new QualityParameters(py, completeness, lowest, noBenchmark, cap, percentile, standardScore, p4r,
                incentive, incentiveScore, incentiveOutcome, incentiveOther, alternative, alternativeOutcome, equity,
                equityCap, equityTop, equityMiddle, equityShare, improvementCap, source, mips);
    }

    // ---- measures.csv

    private static List<MeasureDefinition> readMeasures(byte[] content, List<RowProblem> problems) {
        Map<MeasureKey, Integer> seen = new HashMap<>();
        ListFile.Parsed<MeasureDefinition> parsed = ListFile.parse(MEASURE_COLUMNS, "measure", content, MAX_ROWS,
                (line, f, ps) -> {
                    List<RowProblem> mine = new ArrayList<>();
                    String id = measureId(MEASURES, line, f.get(0), mine);
                    CollectionType type = collectionType(MEASURES, line, f.get(1), mine);
                    if (f.get(2).isBlank()) {
                        mine.add(problem(MEASURES, line, "title", "required", "Give the measure's name"));
                    }
                    Boolean outcome = yesNo(MEASURES, line, "outcome", f.get(4), mine);
                    Boolean inverse = yesNo(MEASURES, line, "inverse", f.get(5), mine);
                    Integer caseMinimum = wholeNumber(MEASURES, line, "case_minimum", f.get(6), mine);
                    Boolean published = yesNo(MEASURES, line, "benchmark_published", f.get(7), mine);
                    if (id != null && type != null) {
                        Integer earlier = seen.putIfAbsent(MeasureKey.of(id, type), line);
                        if (earlier != null) {
                            mine.add(problem(MEASURES, line, "measure_id", id + " (" + type.label()
                                    + ") appears again (first on line " + earlier + ")", "Keep one row per measure and collection type"));
                        }
                    }
                    problems.addAll(mine);
                    return mine.isEmpty() ? new MeasureDefinition(MeasureKey.of(id, type), f.get(2).strip(), f.get(3),
                            outcome, inverse, caseMinimum, published) : null;
                });
        parsed.problems().forEach(x -> problems.add(in(MEASURES, x)));
        return parsed.rows();
    }

    // ---- benchmarks.csv

    private static List<MeasureBenchmark> readBenchmarks(byte[] content, Map<MeasureKey, MeasureDefinition> set,
                                                         List<RowProblem> problems) {
        Map<MeasureKey, Integer> seen = new HashMap<>();
        ListFile.Parsed<MeasureBenchmark> parsed = ListFile.parse(BENCHMARK_COLUMNS, "benchmark", content, MAX_ROWS,
                (line, f, ps) -> {
                    List<RowProblem> mine = new ArrayList<>();
                    String id = measureId(BENCHMARKS, line, f.get(0), mine);
                    CollectionType type = collectionType(BENCHMARKS, line, f.get(1), mine);
                    Boolean inverse = yesNo(BENCHMARKS, line, "inverse", f.get(2), mine);
                    List<BigDecimal> deciles = new ArrayList<>();
                    for (int k = 1; k <= MeasureBenchmark.DECILES; k++) {
                        deciles.add(rate(BENCHMARKS, line, "decile_" + k, f.get(2 + k), true, mine));
                    }
                    Boolean topped = yesNo(BENCHMARKS, line, "topped_out", f.get(13), mine);
                    Boolean cap = yesNo(BENCHMARKS, line, "seven_point_cap", f.get(14), mine);
                    MeasureKey key = id != null && type != null ? MeasureKey.of(id, type) : null;
                    if (key != null) {
                        MeasureDefinition m = set.get(key);
                        if (m == null && !set.isEmpty()) {
                            mine.add(problem(BENCHMARKS, line, "measure_id", key + " is not in the PY's measure set",
                                    "Add it to " + MEASURES + " or remove the row"));
                        } else if (m != null && inverse != null && m.inverse() != inverse) {
                            mine.add(problem(BENCHMARKS, line, "inverse", "the measure set says " + key + " is "
                                    + (m.inverse() ? "" : "not ") + "inverse", "Make the two files agree"));
                        }
                        Integer earlier = seen.putIfAbsent(key, line);
                        if (earlier != null) {
                            mine.add(problem(BENCHMARKS, line, "measure_id", key + " appears again (first on line "
                                    + earlier + ")", "Keep one benchmark per measure and collection type"));
                        }
                    }
                    MeasureBenchmark benchmark = null;
                    if (mine.isEmpty()) {
                        try {
                            benchmark = new MeasureBenchmark(key, inverse, deciles, topped, cap, f.get(15).strip());
                        } catch (IllegalArgumentException e) {
                            mine.add(problem(BENCHMARKS, line, "decile_1", e.getMessage(),
                                    "Give where each decile starts, decile 1 first"));
                        }
                    }
                    problems.addAll(mine);
                    return benchmark;
                });
        parsed.problems().forEach(x -> problems.add(in(BENCHMARKS, x)));
        return parsed.rows();
    }

    // ---- cells

    static String measureId(String file, int line, String text, List<RowProblem> problems) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > 20 || !t.matches("[A-Za-z0-9_]+")) {
            problems.add(problem(file, line, "measure_id", t.isEmpty() ? "required" : "'" + t + "' is not a measure ID",
                    "Use the quality ID as CMS writes it, e.g. 001 or CAHPS_1"));
            return null;
        }
        return t;
    }

    static CollectionType collectionType(String file, int line, String text, List<RowProblem> problems) {
        CollectionType type = CollectionType.parse(text);
        if (type == null) {
            problems.add(problem(file, line, "collection_type", text.isBlank() ? "required"
                    : "'" + text.strip() + "' is not a collection type", "Use one of: " + String.join(", ",
                    java.util.Arrays.stream(CollectionType.values()).map(CollectionType::name).toList())));
        }
        return type;
    }

    static Boolean yesNo(String file, int line, String column, String text, List<RowProblem> problems) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        if (Set.of("Y", "YES", "TRUE").contains(t)) {
            return true;
        }
        if (Set.of("N", "NO", "FALSE").contains(t)) {
            return false;
        }
        problems.add(problem(file, line, column, t.isEmpty() ? "required, Y or N" : "'" + text.strip() + "' is not Y or N",
                "Write Y or N"));
        return null;
    }

    static Integer wholeNumber(String file, int line, String column, String text, List<RowProblem> problems) {
        String t = text.strip();
        if (!t.matches("\\d{1,9}")) {
            problems.add(problem(file, line, column, t.isEmpty() ? "required" : "'" + t + "' is not a whole number of 0 or more",
                    "Write a whole number, e.g. 20"));
            return null;
        }
        return Integer.parseInt(t);
    }

    /** A rate in percent, 0–100 (empty allowed when {@code optional}); at most 6 decimals. */
    static BigDecimal rate(String file, int line, String column, String text, boolean optional, List<RowProblem> problems) {
        String t = text.strip();
        if (t.isEmpty() || t.equals("--")) {
            if (!optional) {
                problems.add(problem(file, line, column, "required", "Give the rate in percent, e.g. 72.5"));
            }
            return null;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(t.endsWith("%") ? t.substring(0, t.length() - 1).strip() : t);
        } catch (NumberFormatException e) {
            problems.add(problem(file, line, column, "'" + t + "' is not a number", "Give the rate in percent, e.g. 72.5"));
            return null;
        }
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0 || value.scale() > 6) {
            problems.add(problem(file, line, column, "'" + t + "' is not a rate from 0 to 100 percent",
                    "Give the rate in percent with at most 6 decimals, e.g. 72.5"));
            return null;
        }
        return value;
    }

    static RowProblem problem(String file, int line, String column, String problem, String fix) {
        return new RowProblem(line, file + ": " + column, problem, fix);
    }

    private static RowProblem in(String file, RowProblem p) {
        return new RowProblem(p.row(), file + ": " + p.column(), p.problem(), p.fix());
    }
}
