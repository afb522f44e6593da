package gov.cms.ssp.quality;

import gov.cms.ssp.participant.ListFile;
import gov.cms.ssp.participant.RowProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The measure rows an ACO reports for a PY, from its CSV upload or the report form (each form row is
 * checked like a file line, numbered from 1): every problem by row and column, and the measures only
 * when there is none, so that nothing is half-saved. A row names a measure of the PY's set that the ACO
 * reports (not the CAHPS survey or a claims-based measure, which CMS loads), once, with the four counts
 * of the measure report: performance met, performance denominator, denominator exclusions and
 * exceptions, and the eligible population (data completeness = (denominator + exclusions) / eligible).
 */
public final class QualityReportRows {

    public static final List<String> COLUMNS = List.of("measure_id", "collection_type", "performance_met",
            "performance_denominator", "exclusions_exceptions", "eligible_population");
    /** The column names as the form shows them. */
    public static final Map<String, String> LABELS = Map.of("measure_id", "Measure", "collection_type", "Collection type",
            "performance_met", "Performance met", "performance_denominator", "Performance denominator",
            "exclusions_exceptions", "Exclusions and exceptions", "eligible_population", "Eligible population");
    private static final int MAX_ROWS = 200;

    private final List<ReportedMeasure> measures;
    private final List<RowProblem> problems;

    private QualityReportRows(List<ReportedMeasure> measures, List<RowProblem> problems) {
        List<RowProblem> sorted = new ArrayList<>(problems);
        sorted.sort(RowProblem.IN_FILE_ORDER);
        this.problems = List.copyOf(sorted);
        this.measures = this.problems.isEmpty() ? List.copyOf(measures) : List.of();
    }

    /** An uploaded CSV file with the header {@link #COLUMNS}. */
    public static QualityReportRows read(QualityReferenceData reference, byte[] content) {
        Map<MeasureKey, Integer> seen = new HashMap<>();
        ListFile.Parsed<ReportedMeasure> parsed = ListFile.parse(COLUMNS, "measure", content, MAX_ROWS,
                (line, f, ps) -> row(reference, seen, line, f, ps));
        return new QualityReportRows(parsed.rows(), parsed.problems());
    }

    /** The rows of the form, each a list of the six fields in {@link #COLUMNS} order; row numbers from 1. */
    public static QualityReportRows check(QualityReferenceData reference, List<List<String>> rows) {
        Map<MeasureKey, Integer> seen = new HashMap<>();
        List<RowProblem> problems = new ArrayList<>();
        List<ReportedMeasure> measures = new ArrayList<>();
        if (rows.size() > MAX_ROWS) {
            problems.add(RowProblem.ofFile("More than " + MAX_ROWS + " measure rows", "Report each measure once"));
        }
        int n = 0;
        for (List<String> fields : rows) {
            n++;
            if (fields.size() != COLUMNS.size()) {
                throw new IllegalArgumentException("a form row has " + COLUMNS.size() + " fields");
            }
            ReportedMeasure m = row(reference, seen, n, fields.stream().map(s -> s == null ? "" : s).toList(), problems);
            if (m != null) {
                measures.add(m);
            }
        }
        return new QualityReportRows(measures, problems);
    }

    private static ReportedMeasure row(QualityReferenceData reference, Map<MeasureKey, Integer> seen, int line,
                                       List<String> f, List<RowProblem> problems) {
        int before = problems.size();
        String id = QualityReferenceFiles.measureId("row", line, f.get(0), problems);
        CollectionType type = QualityReferenceFiles.collectionType("row", line, f.get(1), problems);
        for (int i = before; i < problems.size(); i++) {
            RowProblem p = problems.get(i);
            problems.set(i, new RowProblem(p.row(), p.column().replace("row: ", ""), p.problem(), p.fix()));
        }
        int py = reference.performanceYear();
        MeasureKey key = null;
        if (id != null && type != null) {
            key = MeasureKey.of(id, type);
            if (!type.reportedByAco()) {
                problems.add(new RowProblem(line, "collection_type", type.label() + " results are loaded by CMS, not reported by the ACO",
                        "Remove the row"));
                key = null;
            } else if (!reference.inMeasureSet(key)) {
                problems.add(new RowProblem(line, "measure_id", key + " is not in the PY" + py + " measure set",
                        "Use a measure of the PY" + py + " APP measure set"));
                key = null;
            } else {
                Integer earlier = seen.putIfAbsent(key, line);
                if (earlier != null) {
                    problems.add(new RowProblem(line, "measure_id", key + " appears again (first on row " + earlier + ")",
                            "Keep one row per measure and collection type"));
                }
            }
        }
        Long met = count(line, "performance_met", f.get(2), problems);
        Long denominator = count(line, "performance_denominator", f.get(3), problems);
        Long exclusions = count(line, "exclusions_exceptions", f.get(4), problems);
        Long eligible = count(line, "eligible_population", f.get(5), problems);
        if (met != null && denominator != null && met > denominator) {
            problems.add(new RowProblem(line, "performance_met", "performance met (" + met
                    + ") is above the performance denominator (" + denominator + "): the rate would be above 100%",
                    "Check both counts"));
        }
        if (denominator != null && exclusions != null && eligible != null && denominator + exclusions > eligible) {
            problems.add(new RowProblem(line, "eligible_population", "the denominator and the exclusions ("
                    + (denominator + exclusions) + ") are more than the eligible population (" + eligible
                    + "): data completeness would be above 100%", "The eligible population counts every patient the measure applies to"));
        }
        if (problems.size() > before || key == null) {
            return null;
        }
        return ReportedMeasure.counts(key, met, denominator, exclusions, eligible);
    }

    private static Long count(int line, String column, String text, List<RowProblem> problems) {
        String t = text.strip().replace(",", "");
        if (t.isEmpty()) {
            problems.add(new RowProblem(line, column, "required", "Give the count from your measure report, 0 when none"));
            return null;
        }
        if (!t.matches("-?\\d{1,9}")) {
            problems.add(new RowProblem(line, column, "'" + text.strip() + "' is not a whole number of at most 9 digits",
                    "Give a whole number of 0 or more"));
            return null;
        }
        long v = Long.parseLong(t);
        if (v < 0) {
            problems.add(new RowProblem(line, column, "a negative count: " + v, "Give a whole number of 0 or more"));
            return null;
        }
        return v;
    }

    public List<ReportedMeasure> measures() {
        return measures;
    }

    public List<RowProblem> problems() {
        return problems;
    }

    public boolean isClean() {
        return problems.isEmpty();
    }
}
