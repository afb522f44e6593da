package gov.cms.ssp.reconciliation;

import gov.cms.ssp.reconciliation.puf.PublishedResultCheck;
import gov.cms.ssp.reconciliation.puf.PufColumns;
import gov.cms.ssp.reconciliation.puf.PufFormatException;
import gov.cms.ssp.reconciliation.puf.PufNumber;
import gov.cms.ssp.reconciliation.puf.PufReader;
import gov.cms.ssp.reconciliation.puf.PufReading;
import gov.cms.ssp.reconciliation.puf.PufRow;
import gov.cms.ssp.shared.AcoId;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An uploaded file of financial inputs in CMS's per-ACO results layout, read with the one
 * {@link PufReader}: the engine's input for each ACO, or every problem, each naming row and column.
 * A file is only usable when it has no problem at all (nothing is half-imported).
 */
public final class FinancialInputFile {

    /** One ACO's figures from the file. */
    public record Entry(long row, AcoId acoId, ReconciliationInput figures) {
    }

    private final List<Entry> entries;
    private final List<ImportProblem> problems;

    private FinancialInputFile(List<Entry> entries, List<ImportProblem> problems) {
        this.entries = List.copyOf(entries);
        this.problems = List.copyOf(problems);
    }

    public static FinancialInputFile read(Reader csv, int performanceYear, String fileName) {
        PufReading reading;
        try {
            // a PY's inputs may come in another year's layout: only the command refuses a file of another year
            reading = PufReader.readEachRow(csv, performanceYear, fileName, false);
        } catch (PufFormatException e) {
            if (!e.missingColumns().isEmpty()) {
                return new FinancialInputFile(List.of(), e.missingColumns().stream()
                        .map(c -> new ImportProblem(0, c, "missing required column")).toList());
            }
            return new FinancialInputFile(List.of(), List.of(problem(e)));
        } catch (IOException | RuntimeException e) {
            return new FinancialInputFile(List.of(), List.of(new ImportProblem(-1, null, "cannot read the file: " + e.getMessage())));
        }
        List<ImportProblem> problems = new ArrayList<>();
        reading.problems().forEach(p -> problems.add(problem(p)));
        List<Entry> entries = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        PublishedResultCheck puf = new PublishedResultCheck(ReconciliationEngine.withStandardParameters());
        for (PufRow row : reading.file().rows()) {
            String idColumn = PufColumns.ACO_ID;
            if (!AcoId.isValid(row.acoId())) {
                problems.add(new ImportProblem(row.row(), idColumn, "'" + row.acoId() + "' is not an ACO ID (A and four digits)"));
                continue;
            }
            // PY2019: an ACO that renewed early has a row for each six-month performance year (425.609)
            Long earlier = seen.putIfAbsent(row.acoId() + "/" + row.period(), row.row());
            if (earlier != null) {
                problems.add(new ImportProblem(row.row(), idColumn, row.acoId() + " appears again (first in row " + earlier + ")"
                        + (row.period().isSixMonths() ? " for " + row.period().label() : "")));
                continue;
            }
            int before = problems.size();
            need(row, row.assignedBeneficiaries(), PufColumns.N_AB, problems);
            need(row, row.totalBenchmark(), PufColumns.AB_TOT_BNCHMK, problems);
            need(row, row.totalExpenditures(), PufColumns.AB_TOT_EXP, problems);
            need(row, row.minimumSavingsRate(), PufColumns.MIN_SAV_PERC, problems);
            if (row.metQualityStandard() == null) {
                problems.add(new ImportProblem(row.row(), PufColumns.MET_QPS, "required, 0 or 1"));
            }
            if (row.disasterAdjustment().presence() == PufNumber.Presence.SUPPRESSED) {
                problems.add(new ImportProblem(row.row(), PufColumns.DIS_ADJ, "suppressed (*); give the amount or leave it empty"));
            }
            if (row.assignedBeneficiaries().isPresent() && row.assignedBeneficiaries().value().signum() <= 0) {
                problems.add(new ImportProblem(row.row(), PufColumns.N_AB, "must be a positive number of beneficiaries, found "
                        + row.assignedBeneficiaries().raw()));
            }
            if (problems.size() > before) {
                continue;
            }
            try {
                entries.add(new Entry(row.row(), AcoId.of(row.acoId()), puf.inputOf(row, reading.file().layout())));
            } catch (IllegalArgumentException | ArithmeticException e) {
                problems.add(new ImportProblem(row.row(), null, "the figures are inconsistent: " + e.getMessage()));
            }
        }
        problems.sort(java.util.Comparator.comparingLong(ImportProblem::row));
        return new FinancialInputFile(entries, problems);
    }

    private static void need(PufRow row, PufNumber number, String column, List<ImportProblem> problems) {
        if (!number.isPresent()) {
            problems.add(new ImportProblem(row.row(), column, "required, but " + number.absence()));
        }
    }

    private static ImportProblem problem(PufFormatException e) {
        return new ImportProblem(e.row(), e.column(), e.problem());
    }

    /** The columns of the template: every column an import reads, the required ones first. */
    public static final List<String> TEMPLATE_COLUMNS = List.of(PufColumns.ACO_ID, PufColumns.CURRENT_TRACK,
            PufColumns.CURRENT_START_DATE, PufColumns.AGREEMENT_PERIOD_NUM, PufColumns.N_AB, PufColumns.AB_TOT_BNCHMK,
            PufColumns.AB_TOT_EXP, PufColumns.MIN_SAV_PERC, PufColumns.MET_QPS, PufColumns.QUAL_SCORE, PufColumns.DIS_ADJ,
            PufColumns.REV_LOSS_LIMIT);

    /**
     * A file to fill in: the header and one example row (an ACO at BASIC Level E in its first
     * agreement), each column as the import reads it. Delete the example before uploading.
     */
    public static String template(int performanceYear) {
        return String.join(",", TEMPLATE_COLUMNS) + "\n"
                + "A9999,E,01/01/" + (performanceYear - 1) + ",1,10000,120000000.00,114000000.00,2.0,1,92.5,0,0\n";
    }

    /** The rows that could be read; to be saved only when the whole file {@link #isClean() is clean}. */
    public List<Entry> entries() {
        return entries;
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    public boolean isClean() {
        return problems.isEmpty();
    }
}
