package gov.cms.ssp.quality;

import gov.cms.ssp.participant.ListFile;
import gov.cms.ssp.participant.RowProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An uploaded file of one ACO's measure data for a PY, read with the project's CSV reader and checked
 * row by row against the PY's measure set: the measures, or every problem by line and column. Only a
 * file without problems is usable (nothing is half-saved).
 *
 * <p>Layout ({@link #COLUMNS}): {@code measure_id, collection_type, performance_met,
 * performance_denominator, exclusions_exceptions, eligible_population, rate, cases}. The ACO's own
 * measures (Web Interface, eCQM, MIPS CQM, Medicare CQM) give the four counts and leave rate and cases
 * empty; CMS's files (CAHPS for MIPS survey measures, claims-based measures) give the rate and, where
 * known, the cases, and leave the counts empty.
 */
public final class MeasureDataFile {

    public static final List<String> COLUMNS = List.of("measure_id", "collection_type", "performance_met",
            "performance_denominator", "exclusions_exceptions", "eligible_population", "rate", "cases");
    private static final int MAX_ROWS = 1_000;

    private final List<ReportedMeasure> measures;
    private final List<RowProblem> problems;

    private MeasureDataFile(List<ReportedMeasure> measures, List<RowProblem> problems) {
        this.measures = List.copyOf(measures);
        List<RowProblem> sorted = new ArrayList<>(problems);
        sorted.sort(RowProblem.IN_FILE_ORDER);
        this.problems = List.copyOf(sorted);
    }

    /**
     * @param reference  the PY's reference data (its measure set)
     * @param content    the file
     * @param reportedBy who sends the file: the ACO (its own measures only) or CMS (survey and claims measures only)
     */
    public static MeasureDataFile read(QualityReferenceData reference, byte[] content, Sender reportedBy) {
        Map<MeasureKey, Integer> seen = new HashMap<>();
        List<RowProblem> problems = new ArrayList<>();
        ListFile.Parsed<ReportedMeasure> parsed = ListFile.parse(COLUMNS, "measure", content, MAX_ROWS,
                (line, f, ps) -> row(reference, reportedBy, seen, line, f, ps));
        problems.addAll(parsed.problems());
        return new MeasureDataFile(problems.isEmpty() ? parsed.rows() : List.of(), problems);
    }

    /** Who sends a measure file. */
    public enum Sender { ACO, CMS }

    private static ReportedMeasure row(QualityReferenceData reference, Sender sender, Map<MeasureKey, Integer> seen,
                                       int line, List<String> f, List<RowProblem> problems) {
        int before = problems.size();
        String id = QualityReferenceFiles.measureId("measure file", line, f.get(0), problems);
        CollectionType type = QualityReferenceFiles.collectionType("measure file", line, f.get(1), problems);
        relabel(problems, before);
        if (id == null || type == null) {
            return null;
        }
        MeasureKey key = MeasureKey.of(id, type);
        int py = reference.performanceYear();
        if (!reference.inMeasureSet(key)) {
            problems.add(new RowProblem(line, "measure_id", key + " is not in the PY" + py + " measure set",
                    "Use a measure of the PY" + py + " APP measure set"));
            return null;
        }
        if (sender == Sender.ACO && !type.reportedByAco() || sender == Sender.CMS && type.reportedByAco()) {
            problems.add(new RowProblem(line, "collection_type", type.label() + " data are "
                    + (type.reportedByAco() ? "reported by the ACO" : "loaded by CMS") + ", not in this file",
                    "Remove the row"));
            return null;
        }
        Integer earlier = seen.putIfAbsent(key, line);
        if (earlier != null) {
            problems.add(new RowProblem(line, "measure_id", key + " appears again (first on line " + earlier + ")",
                    "Keep one row per measure and collection type"));
            return null;
        }
        Long met = count(line, "performance_met", f.get(2), problems);
        Long denominator = count(line, "performance_denominator", f.get(3), problems);
        Long exclusions = count(line, "exclusions_exceptions", f.get(4), problems);
        Long eligible = count(line, "eligible_population", f.get(5), problems);
        BigDecimal rate = null;
        if (!f.get(6).isBlank()) {
            List<RowProblem> rateProblems = new ArrayList<>();
            rate = QualityReferenceFiles.rate("measure file", line, "rate", f.get(6), true, rateProblems);
            rateProblems.forEach(p -> problems.add(new RowProblem(p.row(), "rate", p.problem(), p.fix())));
        }
        Long cases = count(line, "cases", f.get(7), problems);
        if (problems.size() > before) {
            return null;
        }
        if (type.reportedByAco()) {
            for (String[] need : new String[][] {{"performance_met", f.get(2)}, {"performance_denominator", f.get(3)},
                    {"exclusions_exceptions", f.get(4)}, {"eligible_population", f.get(5)}}) {
                if (need[1].isBlank()) {
                    problems.add(new RowProblem(line, need[0], "required for a measure the ACO reports",
                            "Give the count from your measure report"));
                }
            }
            if (problems.size() > before) {
                return null;
            }
            if (met > denominator) {
                problems.add(new RowProblem(line, "performance_met", "performance met (" + met
                        + ") is above the performance denominator (" + denominator + ")", "Check both counts"));
            }
            if (denominator + exclusions > eligible) {
                problems.add(new RowProblem(line, "eligible_population", "the denominator and the exclusions ("
                        + (denominator + exclusions) + ") are more than the eligible population (" + eligible + ")",
                        "The eligible population counts every patient the measure applies to"));
            }
            if (problems.size() > before) {
                return null;
            }
            return new ReportedMeasure(key, met, denominator, exclusions, eligible, rate, null);
        }
        if (rate == null) {
            problems.add(new RowProblem(line, "rate", "required for a " + type.label() + " measure",
                    "Give the rate in percent, e.g. 83.5"));
            return null;
        }
        return new ReportedMeasure(key, null, null, null, null, rate, cases);
    }

    private static void relabel(List<RowProblem> problems, int from) {
        for (int i = from; i < problems.size(); i++) {
            RowProblem p = problems.get(i);
            problems.set(i, new RowProblem(p.row(), p.column().replace("measure file: ", ""), p.problem(), p.fix()));
        }
    }

    private static Long count(int line, String column, String text, List<RowProblem> problems) {
        String t = text.strip();
        if (t.isEmpty()) {
            return null;
        }
        if (!t.matches("\\d{1,9}")) {
            problems.add(new RowProblem(line, column, (t.startsWith("-") ? "a negative count: " : "not a whole number: ")
                    + "'" + t + "'", "Give a whole number of 0 or more"));
            return null;
        }
        return Long.parseLong(t);
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
