package gov.cms.ssp.participant;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An uploaded list file checked as a whole: every problem of the file and of each row, so the user
 * can fix them all at once. Only a file without problems is ever saved (no partial imports).
 * Columns are found by their header names, in any order; the layout is {@link ListKind#columns()}.
 */
public final class ListFile {
    /** More lines than any ACO's list; a bigger file is almost certainly the wrong file. */
    public static final int MAX_ROWS = 50_000;
    /** 20 MB: several times the largest real list (50,000 NPI rows are about 5 MB). */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    private final List<ListRow> rows;
    private final List<RowProblem> problems;
    private final int dataRows;

    private ListFile(List<ListRow> rows, List<RowProblem> problems, int dataRows) {
        this.rows = List.copyOf(rows);
        problems.sort(RowProblem.IN_FILE_ORDER);
        this.problems = List.copyOf(problems);
        this.dataRows = dataRows;
    }

    public List<ListRow> rows() {
        return rows;
    }

    public List<RowProblem> problems() {
        return problems;
    }

    public int dataRows() {
        return dataRows;
    }

    public boolean isClean() {
        return problems.isEmpty();
    }

    public static ListFile read(ListKind kind, byte[] content, ListScreening screening) {
        return read(kind, content, screening, MAX_ROWS);
    }

    public static ListFile read(ListKind kind, byte[] content, ListScreening screening, int maxRows) {
        if (kind == ListKind.SNF_AFFILIATE) {
            throw new IllegalArgumentException("SNF affiliate files are read with SnfScreening's rules");
        }
        Parsed<ListRow> parsed = parse(kind.columns(), kind == ListKind.PARTICIPANT ? "TIN" : "NPI", content, maxRows,
                (line, fields, problems) -> screening.checkFields(kind, line, fields, problems));
        List<ListRow> rows = new ArrayList<>(parsed.rows());
        List<RowProblem> problems = new ArrayList<>(parsed.problems());
        if (!parsed.readable()) {
            return new ListFile(List.of(), problems, parsed.dataRows());
        }
        problems.addAll(screening.duplicates(rows));
        if (problems.stream().anyMatch(p -> p.problem().contains("is already on line"))) {
            List<Integer> duplicateLines = problems.stream().filter(p -> p.problem().contains("is already on line"))
                    .map(RowProblem::row).toList();
            rows.removeIf(r -> duplicateLines.contains(r.line()));
        }
        return new ListFile(rows, problems, parsed.dataRows());
    }

    /** Checks one data row's fields (in layout order); gives the row, or null after adding its problems. */
    @FunctionalInterface
    public interface RowCheck<T> {
        T check(int line, List<String> fields, List<RowProblem> problems);
    }

    /**
     * A file read against a column layout: the rows that passed their checks and every problem.
     * {@code readable} is false when the file as a whole could not be read (then rows is empty).
     */
    public record Parsed<T>(List<T> rows, List<RowProblem> problems, int dataRows, boolean readable) {
    }

    /**
     * The whole-file reading every list upload shares: encoding, delimiter, header by column name,
     * row widths and size limit; each row's fields go to {@code check}. Other lists (e.g. SNF
     * affiliates) use it with their own layout and rules.
     */
    public static <T> Parsed<T> parse(List<String> columns, String rowNoun, byte[] content, int maxRows, RowCheck<T> check) {
        List<RowProblem> problems = new ArrayList<>();
        String fix = "Download the template, copy your rows into it and save it as 'CSV UTF-8 (comma delimited)'";
        if (content == null || content.length == 0 || new String(content, StandardCharsets.ISO_8859_1).isBlank()) {
            problems.add(RowProblem.ofFile("The file is empty", fix));
            return new Parsed<>(List.of(), problems, 0, false);
        }
        if (content.length > MAX_BYTES) {
            problems.add(tooLarge(content.length));
            return new Parsed<>(List.of(), problems, 0, false);
        }
        String binary = binaryKind(content);
        if (binary != null) {
            problems.add(RowProblem.ofFile("The file is not a CSV text file: it looks like " + binary, fix));
            return new Parsed<>(List.of(), problems, 0, false);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            problems.add(RowProblem.ofFile("The file is not UTF-8 text (it has characters in another encoding, "
                    + "e.g. Windows-1252)", "In Excel choose Save As > 'CSV UTF-8 (Comma delimited)'"));
            return new Parsed<>(List.of(), problems, 0, false);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        if (firstLine.indexOf(',') < 0) {
            for (String d : List.of(";", "\t", "|")) {
                if (firstLine.contains(d)) {
                    String shown = d.equals("\t") ? "tabs" : "'" + d + "'";
                    problems.add(RowProblem.ofFile("Columns are separated by " + shown + "; this upload needs commas",
                            "Save the file as CSV (comma delimited), or download the template and paste your rows into it"));
                    return new Parsed<>(List.of(), problems, 0, false);
                }
            }
        }
        List<T> rows = new ArrayList<>();
        int dataRows = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT.builder()
                .setIgnoreEmptyLines(true).setTrim(true).get())) {
            Map<String, Integer> index = null;
            int width = 0;
            for (CSVRecord record : parser) {
                if (index == null) {
                    index = header(columns, record, problems);
                    width = record.size();
                    if (index == null) {
                        return new Parsed<>(List.of(), problems, 0, false);
                    }
                    continue;
                }
                dataRows++;
                if (dataRows > maxRows) {
                    continue; // count them all for the message, check none
                }
                int line = (int) record.getRecordNumber();
                if (record.size() != width) {
                    problems.add(new RowProblem(line, "(row)", "The line has " + record.size() + " values; the header has "
                            + width, "Put names that contain commas in double quotes, and remove extra commas"));
                    continue;
                }
                List<String> fields = new ArrayList<>();
                for (String column : columns) {
                    fields.add(record.get(index.get(norm(column))));
                }
                T row = check.check(line, fields, problems);
                if (row != null) {
                    rows.add(row);
                }
            }
            if (index == null) {
                problems.add(RowProblem.ofFile("The file is empty", fix));
            } else if (dataRows == 0) {
                problems.add(RowProblem.ofFile("The file has a header but no rows", "Add one line per "
                        + rowNoun + " below the header"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException | IllegalStateException e) {
            problems.add(RowProblem.ofFile("The file could not be read as CSV: " + e.getMessage(),
                    "Check that every double quote that opens a value also closes it"));
            return new Parsed<>(List.of(), problems, dataRows, false);
        }
        if (dataRows > maxRows) {
            problems.clear();
            problems.add(RowProblem.ofFile("The file has " + dataRows + " rows; one upload takes at most " + maxRows,
                    "Check that this is the right file; split a genuinely larger list into several uploads"));
            return new Parsed<>(List.of(), problems, dataRows, false);
        }
        return new Parsed<>(rows, problems, dataRows, true);
    }

    /** The problem of a file above {@link #MAX_BYTES}, worded the same wherever it is found. */
    public static RowProblem tooLarge(long bytes) {
        return RowProblem.ofFile(String.format(Locale.ROOT, "The file is %.1f MB; one upload takes at most %d MB",
                bytes / 1048576.0, MAX_BYTES / 1048576), "Check that this is the right file; split a genuinely larger list into several uploads");
    }

    /** Maps column names to positions; reports missing and unexpected columns. */
    private static Map<String, Integer> header(List<String> columns, CSVRecord record, List<RowProblem> problems) {
        Map<String, Integer> index = new HashMap<>();
        List<String> extra = new ArrayList<>();
        for (int i = 0; i < record.size(); i++) {
            String name = norm(record.get(i));
            if (columns.stream().anyMatch(c -> norm(c).equals(name))) {
                index.put(name, i);
            } else {
                extra.add(record.get(i).isBlank() ? "(empty column " + (i + 1) + ")" : "'" + record.get(i) + "'");
            }
        }
        List<String> missing = columns.stream().filter(c -> !index.containsKey(norm(c))).toList();
        String layout = "The columns are: " + String.join(", ", columns);
        if (!missing.isEmpty()) {
            problems.add(RowProblem.ofFile((missing.size() == 1 ? "Missing column: " : "Missing columns: ") + String.join(", ", missing), layout
                    + " (first line of the file; download the template)"));
        }
        if (!extra.isEmpty()) {
            problems.add(RowProblem.ofFile((extra.size() == 1 ? "Unexpected column: " : "Unexpected columns: ") + String.join(", ", extra), "Remove them. " + layout));
        }
        return problems.isEmpty() ? index : null;
    }

    private static String norm(String column) {
        return column.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static String binaryKind(byte[] c) {
        if (c.length >= 4 && c[0] == 'P' && c[1] == 'K' && c[2] == 3 && c[3] == 4) {
            return "an Excel workbook or another zip file";
        }
        if (c.length >= 4 && (c[0] & 0xFF) == 0xD0 && (c[1] & 0xFF) == 0xCF && (c[2] & 0xFF) == 0x11 && (c[3] & 0xFF) == 0xE0) {
            return "an old-style Excel (.xls) workbook";
        }
        if (c.length >= 4 && c[0] == '%' && c[1] == 'P' && c[2] == 'D' && c[3] == 'F') {
            return "a PDF document";
        }
        int n = Math.min(c.length, 8192);
        for (int i = 0; i < n; i++) {
            if (c[i] == 0) {
                return "a binary file (it contains NUL bytes)";
            }
        }
        return null;
    }

    /** The template users download: the header and one example row. */
    public static String template(ListKind kind) {
        String example = switch (kind) {
            case PARTICIPANT -> "123456789,Example Family Medicine LLC,Y";
            case PROVIDER_SUPPLIER -> "1234567893,Jane Example MD,Family Medicine,123456789,";
            case SNF_AFFILIATE -> "105123,Example Skilled Nursing Center,123456789,4";
        };
        return String.join(",", kind.columns()) + "\r\n" + example + "\r\n";
    }
}
