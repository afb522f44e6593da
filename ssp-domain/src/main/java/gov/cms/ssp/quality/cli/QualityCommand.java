package gov.cms.ssp.quality.cli;

import gov.cms.ssp.quality.QualityReferenceData;
import gov.cms.ssp.quality.QualityResult;
import gov.cms.ssp.quality.puf.QualityCheck;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code QualityCommand --year YYYY FILE.csv}: scores every ACO of a CMS per-ACO results file of a PY
 * the repository has quality reference data for, from the measure rates the file publishes, and
 * writes one CSV row per ACO (the status — reproduced, consistent, differs, not checkable —, the score
 * or the range it lies in, CMS's QualScore, the outcome and CMS's Met_QPS, the reason), then the line
 * {@code quality PY: N ACOs, reproduced R, consistent C, differs D, not checkable K; Met_QPS reproduced for M}.
 * Exit codes as {@code reconcile}: 0 when the file was checked, 2 on bad usage, 1 on an unreadable file.
 */
public final class QualityCommand {

    static final String USAGE = "usage: quality --year YYYY FILE.csv";
    static final List<String> HEADER = List.of("ACO_ID", "Status", "QualScore", "QualScore_Lowest", "QualScore_Highest",
            "Published_QualScore", "Outcome", "Met_QPS", "Published_Met_QPS", "Reason");

    private QualityCommand() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        int status = run(args, out, System.err);
        out.flush();
        if (status != 0) {
            System.exit(status);
        }
    }

    static int run(String[] args, Writer out, PrintStream err) {
        Integer year = null;
        Path file = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value = arg.equals("--year") ? (i + 1 < args.length ? args[++i] : "")
                    : arg.startsWith("--year=") ? arg.substring("--year=".length()) : null;
            if (value != null) {
                if (!value.matches("\\d{4}")) {
                    return usage(err, "--year must be a four-digit year, got '" + value + "'");
                }
                year = Integer.parseInt(value);
            } else if (arg.startsWith("-")) {
                return usage(err, "unknown option " + arg);
            } else if (file == null) {
                file = Path.of(arg);
            } else {
                return usage(err, "only one FILE.csv expected");
            }
        }
        if (year == null || file == null) {
            return usage(err, year == null ? "--year is required" : "FILE.csv is required");
        }
        if (!QualityReferenceData.standardYears().contains(year)) {
            return usage(err, "no quality reference data for PY" + year + "; the repository carries "
                    + QualityReferenceData.standardYears());
        }
        if (!Files.isRegularFile(file)) {
            err.println("quality: no such file: " + file);
            return 1;
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            List<QualityCheck.Row> rows = QualityCheck.standard(year).check(reader);
            StringWriter whole = new StringWriter();
            write(year, rows, whole);
            out.write(whole.toString());
            out.flush();
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("quality: " + file + ": " + String.valueOf(e.getMessage()).replace('\n', ' '));
            return 1;
        }
    }

    static void write(int year, List<QualityCheck.Row> rows, Writer out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get());
        printer.printRecord(HEADER);
        Map<QualityCheck.Verdict, Integer> tally = new EnumMap<>(QualityCheck.Verdict.class);
        int metQps = 0;
        for (QualityCheck.Row row : rows) {
            QualityResult r = row.result();
            tally.merge(row.verdict(), 1, Integer::sum);
            Boolean met = r.determination() == null ? null : r.determination().metStandard();
            if (met != null && met.equals(row.published().metQps())) {
                metQps++;
            }
            printer.printRecord(row.published().acoId(), row.verdict().name().toLowerCase().replace('_', ' '),
                    score(r.finalScore()), score(r.lowestScore()), score(r.highestScore()), score(row.published().qualScore()),
                    r.determination() == null ? "undetermined" : r.determination().label(), flag(met),
                    flag(row.published().metQps()), row.reason());
        }
        printer.flush();
        out.write("quality PY" + year + ": " + rows.size() + " ACOs, reproduced " + tally.getOrDefault(QualityCheck.Verdict.REPRODUCED, 0)
                + ", consistent " + tally.getOrDefault(QualityCheck.Verdict.CONSISTENT, 0)
                + ", differs " + tally.getOrDefault(QualityCheck.Verdict.DIFFERS, 0)
                + ", not checkable " + tally.getOrDefault(QualityCheck.Verdict.NOT_CHECKABLE, 0)
                + "; Met_QPS reproduced for " + metQps + "\n");
    }

    private static String score(BigDecimal v) {
        return v == null ? "" : v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String flag(Boolean b) {
        return b == null ? "" : b ? "1" : "0";
    }

    private static int usage(PrintStream err, String problem) {
        err.println("quality: " + problem);
        err.println(USAGE);
        return 2;
    }
}
