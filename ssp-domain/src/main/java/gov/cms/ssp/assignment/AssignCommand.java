package gov.cms.ssp.assignment;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code assign --py PY [--year Y] DATA_DIR OUT_DIR} (issue 12): writes assignment.csv, aco_summary.csv
 * and bene_expenditure.csv into OUT_DIR, then prints the one summary line. Exit 0 on success; 2 on bad
 * usage or bad input (file, line and column named, nothing written); 1 when a file cannot be read or written.
 */
public final class AssignCommand {

    static final String USAGE = "usage: assign --py PY [--year Y] DATA_DIR OUT_DIR";

    private AssignCommand() {
    }

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        System.out.flush();
        if (status != 0) {
            System.exit(status);
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Integer py = null;
        Integer year = null;
        Path dataDir = null;
        Path outDir = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--py") || arg.equals("--year")) {
                Integer value = i + 1 < args.length ? parseYear(args[++i]) : null;
                if (value == null) {
                    return usage(err, arg + " needs a four-digit year");
                }
                if (arg.equals("--py")) {
                    py = value;
                } else {
                    year = value;
                }
            } else if (arg.startsWith("-")) {
                return usage(err, "unknown option " + arg);
            } else if (dataDir == null) {
                dataDir = Path.of(arg);
            } else if (outDir == null) {
                outDir = Path.of(arg);
            } else {
                return usage(err, "too many arguments");
            }
        }
        if (py == null || dataDir == null || outDir == null) {
            return usage(err, "--py, DATA_DIR and OUT_DIR are required");
        }
        if (!Files.isDirectory(dataDir)) {
            return usage(err, "DATA_DIR " + dataDir + " is not a directory");
        }
        try {
            AssignmentSummary summary = new AssignmentPipeline(py, year == null ? py : year, dataDir).run(outDir);
            out.println(summary.line());
            return 0;
        } catch (BadInputException e) {
            err.println("assign: bad input: " + e.getMessage());
            return 2;
        } catch (IOException | RuntimeException e) {
            err.println("assign: " + e);
            return 1;
        }
    }

    private static Integer parseYear(String value) {
        return value.matches("\\d{4}") ? Integer.valueOf(value) : null;
    }

    private static int usage(PrintStream err, String problem) {
        err.println("assign: " + problem);
        err.println(USAGE);
        return 2;
    }
}
