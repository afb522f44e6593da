package gov.cms.ssp.reconciliation.cli;

import gov.cms.ssp.reconciliation.ReconciliationEngine;
import gov.cms.ssp.reconciliation.puf.CheckReport;
import gov.cms.ssp.reconciliation.puf.PufColumns;
import gov.cms.ssp.reconciliation.puf.PufReading;
import gov.cms.ssp.reconciliation.puf.PufFormatException;
import gov.cms.ssp.reconciliation.puf.PufLayout;
import gov.cms.ssp.reconciliation.puf.PufReader;
import gov.cms.ssp.reconciliation.puf.PublishedResultCheck;
import gov.cms.ssp.reconciliation.puf.RowVerdict;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code ReconcileCommand --year YYYY FILE.csv}: reads a CMS per-ACO results PUF of any year and
 * layout of 2013–2024, computes every ACO from its inputs alone with the {@link ReconciliationEngine}
 * and writes, to stdout, one CSV row per ACO (computed values in the file's own notation, the status
 * — reproduced, differs, computed or not-checkable —, the reason, the published values, the advance
 * payment recoupment and what is paid after it, the performance period), then the line
 * {@code reproduced N of M checkable rows (K not checkable)}.
 *
 * <p>Exit codes: 0 when the file was reconciled (whatever the verdicts), 2 on bad usage, 1 on an
 * unreadable file or any bad row: then every problem is a line on stderr naming file, row and column,
 * and nothing is written to stdout (the output is built whole before it is written).
 */
public final class ReconcileCommand {

    static final String USAGE = "usage: reconcile --year YYYY FILE.csv";

    static final List<String> HEADER = List.of(
            "ACO_ID", "Status", "MinSavPerc", "GenSaveLoss", "FinalShareRate", "FinalLossRate", "EarnSaveLoss",
            "Reason", "Published_MinSavPerc", "Published_GenSaveLoss", "Published_FinalShareRate",
            "Published_FinalLossRate", "Published_EarnSaveLoss", "EarnSaveLoss_Tolerance",
            "Adv_Pay_Recoup", "Payment_After_Recoupment", "Performance_Period");

    /** At most this many row problems are listed; the count of the others follows. */
    static final int PROBLEMS_LISTED = 50;

    private ReconcileCommand() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        int status = run(args, out, System.err);
        out.flush();
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs the command; returns the exit code. */
    public static int run(String[] args, Writer out, PrintStream err) {
        Integer year = null;
        Path file = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--year")) {
                if (i + 1 >= args.length) {
                    return usage(err, "--year needs a value");
                }
                year = parseYear(args[++i]);
                if (year == null) {
                    return usage(err, "--year must be a four-digit year, got '" + args[i] + "'");
                }
            } else if (arg.startsWith("--year=")) {
                year = parseYear(arg.substring("--year=".length()));
                if (year == null) {
                    return usage(err, "--year must be a four-digit year, got '" + arg + "'");
                }
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
        if (!PufLayout.isSupported(year)) {
            return usage(err, "--year " + year + " is outside the PUF family "
                    + PufLayout.FIRST_YEAR + "–" + PufLayout.LAST_YEAR);
        }
        if (!Files.isRegularFile(file)) {
            err.println("reconcile: no such file: " + file);
            return 1;
        }
        try {
            PufReading reading = PufReader.readEachRow(file, year);
            if (!reading.problems().isEmpty()) {
                List<PufFormatException> problems = reading.problems();
                problems.stream().limit(PROBLEMS_LISTED).forEach(p -> err.println("reconcile: " + oneLine(p.getMessage())));
                if (problems.size() > PROBLEMS_LISTED) {
                    err.println("reconcile: ... and " + (problems.size() - PROBLEMS_LISTED) + " more bad rows");
                }
                return 1;
            }
            CheckReport report = new PublishedResultCheck(ReconciliationEngine.withStandardParameters()).check(reading.file());
            StringWriter whole = new StringWriter();
            write(report, whole);
            out.write(whole.toString());
            out.flush();
            if (report.computed() > 0) {
                err.println("reconcile: " + report.computed() + " rows computed from their inputs, with no result"
                        + " of CMS's in the file to compare with");
            }
            return 0;
        } catch (PufFormatException e) {
            err.println("reconcile: " + oneLine(e.getMessage()));
            return 1;
        } catch (IOException | RuntimeException e) {
            err.println("reconcile: " + file + ": " + oneLine(String.valueOf(e.getMessage())));
            return 1;
        }
    }

    static void write(CheckReport report, Writer out) throws IOException {
        PufLayout layout = report.file().layout();
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();
        CSVPrinter printer = new CSVPrinter(out, format);
        printer.printRecord(HEADER);
        for (RowVerdict v : report.verdicts()) {
            printer.printRecord(
                    v.row().acoId(),
                    v.status().label(),
                    layout.notationOf(PufColumns.MIN_SAV_PERC).format(v.minimumSavingsRate()),
                    money(v.generatedSavingsLosses()),
                    layout.notationOf(PufColumns.FINAL_SHARE_RATE).format(v.finalShareRate()),
                    layout.notationOf(PufColumns.FINAL_LOSS_RATE).format(v.finalLossRate()),
                    money(v.earnedSavingsLosses()),
                    v.reason(),
                    v.row().minimumSavingsRate().raw(),
                    v.row().published().generatedSavingsLosses().raw(),
                    v.row().published().finalShareRate().raw(),
                    v.row().published().finalLossRate().raw(),
                    v.row().published().earnedSavingsLosses().raw(),
                    v.earnedTolerance() == null ? "" : v.earnedTolerance().setScale(0, java.math.RoundingMode.CEILING).toPlainString(),
                    v.row().advancePaymentRecoupment().raw(),
                    v.result() == null ? "" : money(v.result().settlement()),
                    v.row().period().label());
        }
        printer.flush();
        out.write(report.summaryLine());
        out.write('\n');
        out.flush();
    }

    private static String money(BigDecimal amount) {
        return amount == null ? "" : amount.setScale(0, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static Integer parseYear(String value) {
        return value.matches("\\d{4}") ? Integer.valueOf(value) : null;
    }

    private static int usage(PrintStream err, String problem) {
        err.println("reconcile: " + problem + " (" + USAGE + ")");
        return 2;
    }

    private static String oneLine(String message) {
        return message.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
