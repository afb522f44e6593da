package gov.cms.ssp.quality;

import gov.cms.ssp.participant.ListFile;
import gov.cms.ssp.participant.RowProblem;
import gov.cms.ssp.shared.AcoId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A file CMS loads for a PY with a row per ACO (and measure): the CAHPS for MIPS survey results, the
 * claims-based measures (479, 484), or its per-ACO determinations (health equity inputs, improvement
 * score, extreme and uncontrollable circumstances). Read with the project's CSV reader; every problem
 * by line and column, and rows only when there is none (nothing is half-loaded). Whether each ACO is
 * one of the program's is checked by the caller, who knows the program.
 */
public final class CmsQualityFile {

    /** What the file carries. */
    public enum Kind {
        CAHPS("CAHPS for MIPS survey results", CollectionType.CAHPS),
        CLAIMS("claims-based measures", CollectionType.ADMINISTRATIVE_CLAIMS),
        DETERMINATIONS("CMS determinations", null),
        INTEROPERABILITY("participant TINs' Promoting Interoperability scores", null);

        private final String label;
        private final CollectionType type;

        Kind(String label, CollectionType type) {
            this.label = label;
            this.type = type;
        }

        public String label() {
            return label;
        }

        public CollectionType collectionType() {
            return type;
        }

        public List<String> columns() {
            return switch (this) {
                case DETERMINATIONS -> DETERMINATION_COLUMNS;
                case INTEROPERABILITY -> INTEROPERABILITY_COLUMNS;
                default -> MEASURE_COLUMNS;
            };
        }
    }

    public static final List<String> MEASURE_COLUMNS = List.of("aco_id", "measure_id", "rate", "cases");
    public static final List<String> DETERMINATION_COLUMNS = List.of("aco_id", "underserved_share",
            "measures_in_top_third", "measures_in_middle_third", "improvement_points", "euc_affected");
    public static final List<String> INTEROPERABILITY_COLUMNS = List.of("aco_id", "tin", "pi_score", "eligible_clinicians");
    private static final int MAX_ROWS = 20_000;

    /** One row of a measure file. */
    public record MeasureRow(int line, AcoId acoId, ReportedMeasure measure) {
    }

    /** One row of the determinations file; healthEquity null when the PY has no health equity adjustment. */
    public record Determination(int line, AcoId acoId, HealthEquityInput healthEquity, BigDecimal improvementPoints,
                                boolean eucAffected) {
    }

    /** One participant TIN's row of the Promoting Interoperability file. */
    public record InteroperabilityRow(int line, AcoId acoId, MipsApmScoring.TinInteroperability tin) {
    }

    private final Kind kind;
    private final List<MeasureRow> measures;
    private final List<Determination> determinations;
    private final List<InteroperabilityRow> interoperability;
    private final List<RowProblem> problems;

    private CmsQualityFile(Kind kind, List<MeasureRow> measures, List<Determination> determinations, List<RowProblem> problems) {
        this(kind, measures, determinations, List.of(), problems);
    }

    private CmsQualityFile(Kind kind, List<MeasureRow> measures, List<Determination> determinations,
                           List<InteroperabilityRow> interoperability, List<RowProblem> problems) {
        this.kind = kind;
        this.interoperability = problems.isEmpty() ? List.copyOf(interoperability) : List.of();
        List<RowProblem> sorted = new ArrayList<>(problems);
        sorted.sort(RowProblem.IN_FILE_ORDER);
        this.problems = List.copyOf(sorted);
        this.measures = this.problems.isEmpty() ? List.copyOf(measures) : List.of();
        this.determinations = this.problems.isEmpty() ? List.copyOf(determinations) : List.of();
    }

    public static CmsQualityFile read(Kind kind, QualityReferenceData reference, byte[] content) {
        if (kind == Kind.INTEROPERABILITY) {
            Map<String, Integer> seen = new HashMap<>();
            ListFile.Parsed<InteroperabilityRow> parsed = ListFile.parse(INTEROPERABILITY_COLUMNS, "TIN", content, MAX_ROWS,
                    (line, f, ps) -> interoperability(seen, line, f, ps));
            return new CmsQualityFile(kind, List.of(), List.of(), parsed.rows(), parsed.problems());
        }
        if (kind == Kind.DETERMINATIONS) {
            Map<AcoId, Integer> seen = new HashMap<>();
            ListFile.Parsed<Determination> parsed = ListFile.parse(DETERMINATION_COLUMNS, "ACO", content, MAX_ROWS,
                    (line, f, ps) -> determination(reference, seen, line, f, ps));
            return new CmsQualityFile(kind, List.of(), parsed.rows(), parsed.problems());
        }
        Map<String, Integer> seen = new HashMap<>();
        ListFile.Parsed<MeasureRow> parsed = ListFile.parse(MEASURE_COLUMNS, "measure", content, MAX_ROWS,
                (line, f, ps) -> measure(kind, reference, seen, line, f, ps));
        return new CmsQualityFile(kind, parsed.rows(), List.of(), parsed.problems());
    }

    private static AcoId acoId(int line, String text, List<RowProblem> problems) {
        String t = text.strip().toUpperCase(java.util.Locale.ROOT);
        if (!AcoId.isValid(t)) {
            problems.add(new RowProblem(line, "aco_id", t.isEmpty() ? "required" : "'" + text.strip() + "' is not an ACO ID",
                    "Write the ACO ID, e.g. A1001"));
            return null;
        }
        return AcoId.of(t);
    }

    private static MeasureRow measure(Kind kind, QualityReferenceData reference, Map<String, Integer> seen, int line,
                                      List<String> f, List<RowProblem> problems) {
        int before = problems.size();
        AcoId aco = acoId(line, f.get(0), problems);
        String id = QualityReferenceFiles.measureId("file", line, f.get(1), problems);
        relabel(problems, before);
        MeasureKey key = id == null ? null : MeasureKey.of(id, kind.collectionType());
        int py = reference.performanceYear();
        if (key != null && (!reference.inMeasureSet(key) || MeasureDefinition.CAHPS_GROUP.equals(id))) {
            problems.add(new RowProblem(line, "measure_id", id + " is not a " + kind.collectionType().label()
                    + " measure of the PY" + py + " measure set", "Use a measure of the PY" + py + " APP measure set"));
            key = null;
        }
        List<RowProblem> rateProblems = new ArrayList<>();
        BigDecimal rate = QualityReferenceFiles.rate("file", line, "rate", f.get(2), false, rateProblems);
        rateProblems.forEach(p -> problems.add(new RowProblem(p.row(), "rate", p.problem(), p.fix())));
        Long cases = null;
        String c = f.get(3).strip();
        if (!c.isEmpty()) {
            if (!c.matches("\\d{1,9}")) {
                problems.add(new RowProblem(line, "cases", (c.startsWith("-") ? "a negative count: " : "not a whole number: ")
                        + "'" + c + "'", "Give a whole number of 0 or more, or leave it empty"));
            } else {
                cases = Long.parseLong(c);
            }
        }
        if (aco != null && key != null) {
            Integer earlier = seen.putIfAbsent(aco.value() + "/" + key.measureId(), line);
            if (earlier != null) {
                problems.add(new RowProblem(line, "measure_id", aco + " " + key + " appears again (first on line " + earlier + ")",
                        "Keep one row per ACO and measure"));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new MeasureRow(line, aco, new ReportedMeasure(key, null, null, null, null, rate, cases));
    }

    /**
     * One ACO's determinations as CMS enters them on a form: the six fields of a row of the determinations file in
     * {@link #DETERMINATION_COLUMNS} order, checked exactly as that row (problems on line 1, by column); null when any.
     */
    public static Determination determination(QualityReferenceData reference, List<String> fields, List<RowProblem> problems) {
        if (fields.size() != DETERMINATION_COLUMNS.size()) {
            throw new IllegalArgumentException("a determination has " + DETERMINATION_COLUMNS.size() + " fields");
        }
        return determination(reference, new HashMap<>(), 1, fields, problems);
    }

    private static Determination determination(QualityReferenceData reference, Map<AcoId, Integer> seen, int line,
                                               List<String> f, List<RowProblem> problems) {
        int before = problems.size();
        AcoId aco = acoId(line, f.get(0), problems);
        boolean equity = reference.parameters().healthEquity();
        BigDecimal share = null;
        Integer top = null;
        Integer middle = null;
        String s = f.get(1).strip();
        if (s.isEmpty()) {
            if (equity) {
                problems.add(new RowProblem(line, "underserved_share", "required: PY" + reference.performanceYear()
                        + " has the health equity adjustment", "Give the share from 0 to 1, e.g. 0.25"));
            }
        } else {
            share = share(line, s, problems);
            top = QualityReferenceFiles.wholeNumber("file", line, "measures_in_top_third", f.get(2), problems);
            middle = QualityReferenceFiles.wholeNumber("file", line, "measures_in_middle_third", f.get(3), problems);
        }
        BigDecimal improvement = null;
        String i = f.get(4).strip();
        try {
            improvement = new BigDecimal(i);
            if (improvement.signum() < 0 || improvement.compareTo(BigDecimal.valueOf(100)) > 0 || improvement.scale() > 4) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            problems.add(new RowProblem(line, "improvement_points", i.isEmpty() ? "required" : "'" + i
                    + "' is not a number of points from 0 to 100", "Give the improvement score CMS determined, 0 when none"));
            improvement = null;
        }
        Boolean euc = QualityReferenceFiles.yesNo("file", line, "euc_affected", f.get(5), problems);
        relabel(problems, before);
        if (aco != null) {
            Integer earlier = seen.putIfAbsent(aco, line);
            if (earlier != null) {
                problems.add(new RowProblem(line, "aco_id", aco + " appears again (first on line " + earlier + ")",
                        "Keep one row per ACO"));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        HealthEquityInput he = share == null ? null : new HealthEquityInput(share, top, middle);
        return new Determination(line, aco, he, improvement, euc);
    }

    private static InteroperabilityRow interoperability(Map<String, Integer> seen, int line, List<String> f,
                                                        List<RowProblem> problems) {
        int before = problems.size();
        AcoId aco = acoId(line, f.get(0), problems);
        String tin = f.get(1).strip();
        if (!tin.matches("\\d{9}")) {
            problems.add(new RowProblem(line, "tin", tin.isEmpty() ? "required" : "'" + tin + "' is not a TIN of nine digits",
                    "Write the participant TIN, nine digits"));
            tin = null;
        }
        BigDecimal score = null;
        String sc = f.get(2).strip();
        try {
            score = new BigDecimal(sc);
            if (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0 || score.scale() > 4) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            problems.add(new RowProblem(line, "pi_score", sc.isEmpty() ? "required" : "'" + sc + "' is not a score from 0 to 100",
                    "Give the TIN's Promoting Interoperability score, 0 to 100 (0 when it reported none)"));
            score = null;
        }
        Integer clinicians = QualityReferenceFiles.wholeNumber("file", line, "eligible_clinicians", f.get(3), problems);
        relabel(problems, before);
        if (aco != null && tin != null) {
            Integer earlier = seen.putIfAbsent(aco.value() + "/" + tin, line);
            if (earlier != null) {
                problems.add(new RowProblem(line, "tin", aco + " TIN " + tin + " appears again (first on line " + earlier + ")",
                        "Keep one row per ACO and TIN"));
            }
        }
        if (problems.size() > before || clinicians == null) {
            return null;
        }
        return new InteroperabilityRow(line, aco, new MipsApmScoring.TinInteroperability(tin, score, clinicians));
    }

    private static BigDecimal share(int line, String text, List<RowProblem> problems) {
        try {
            BigDecimal v = new BigDecimal(text);
            if (v.signum() >= 0 && v.compareTo(BigDecimal.ONE) <= 0 && v.scale() <= 6) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new RowProblem(line, "underserved_share", "'" + text + "' is not a share from 0 to 1",
                "Give the share with at most 6 decimals, e.g. 0.25"));
        return null;
    }

    private static void relabel(List<RowProblem> problems, int from) {
        for (int i = from; i < problems.size(); i++) {
            RowProblem p = problems.get(i);
            problems.set(i, new RowProblem(p.row(), p.column().replace("file: ", ""), p.problem(), p.fix()));
        }
    }

    public Kind kind() {
        return kind;
    }

    public List<MeasureRow> measures() {
        return measures;
    }

    public List<Determination> determinations() {
        return determinations;
    }

    public List<InteroperabilityRow> interoperability() {
        return interoperability;
    }

    public List<RowProblem> problems() {
        return problems;
    }

    public boolean isClean() {
        return problems.isEmpty();
    }
}
