package gov.cms.ssp.assignment;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * One section A input file read row by row (streamed), with typed getters that name file, line and
 * column when a cell breaks the conventions of the spec (dates YYYY-MM-DD, months YYYY-MM, plain
 * decimals, Y/N flags, empty cell = null).
 */
final class CsvSource implements Closeable {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();

    private static final int BATCH = 2_048;

    /** Rows lexed by the reader thread, with the line each ended on; {@code error} ends the stream early. */
    private record Batch(CSVRecord[] rows, long[] lines, int size, BadInputException error) {
    }

    private static final Batch END = new Batch(new CSVRecord[0], new long[0], 0, null);

    private final String name;
    private final CSVParser parser;
    private final Map<String, Integer> columns;
    private final BlockingQueue<Batch> batches = new ArrayBlockingQueue<>(16);
    private final Thread reader;
    private Batch batch;
    private int index;
    private CSVRecord row;
    private long line = 1;

    private CsvSource(String name, CSVParser parser, List<String> required) throws BadInputException {
        this.name = name;
        this.parser = parser;
        this.columns = parser.getHeaderMap();
        for (String column : required) {
            if (!columns.containsKey(column)) {
                throw new BadInputException(name, 1, column, "the header lacks the column");
            }
        }
        // lexing (Commons CSV) runs on its own thread, ahead of the validation of the rows it has read
        Iterator<CSVRecord> rows = parser.iterator();
        this.reader = new Thread(() -> lex(rows), "csv-" + name);
        reader.setDaemon(true);
        reader.start();
    }

    private void lex(Iterator<CSVRecord> rows) {
        try {
            while (true) {
                CSVRecord[] records = new CSVRecord[BATCH];
                long[] lines = new long[BATCH];
                int size = 0;
                BadInputException error = null;
                try {
                    while (size < BATCH && rows.hasNext()) {
                        records[size] = rows.next();
                        // a record ends on the line the parser has just read (rows never span lines in these files)
                        lines[size++] = parser.getCurrentLineNumber();
                    }
                } catch (UncheckedIOException | IllegalStateException e) {
                    error = new BadInputException(name, parser.getCurrentLineNumber() + 1, null, "malformed CSV: " + e.getMessage());
                }
                if (size > 0 || error != null) {
                    batches.put(new Batch(records, lines, size, error));
                }
                if (error != null || size < BATCH) {
                    batches.put(END);
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // closed before the end: stop reading
        }
    }

    static CsvSource open(String name, InputStream in, List<String> required) throws BadInputException, IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        try {
            return new CsvSource(name, FORMAT.parse(reader), required);
        } catch (IllegalArgumentException | UncheckedIOException | org.apache.commons.csv.CSVException e) {
            // CSVException (an IOException) is a header the lexer cannot read, e.g. a quote never closed:
            // the file's fault, not the disk's (found by FileReadersFuzzTest#assignmentClaims)
            reader.close();
            throw new BadInputException(name, 1, null, "unreadable header: " + e.getMessage());
        }
    }

    /** The column named {@code preferred}, else the file's first column (for one-column reference files). */
    String columnOr(String preferred) throws BadInputException {
        if (columns.containsKey(preferred)) {
            return preferred;
        }
        return columns.entrySet().stream().filter(e -> e.getValue() == 0).map(java.util.Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new BadInputException(name, 1, preferred, "the header lacks the column"));
    }

    String name() {
        return name;
    }

    /** Moves to the next row; false at the end of the file. */
    boolean next() throws BadInputException {
        while (batch == null || index >= batch.size()) {
            if (batch != null && batch.error() != null) {
                throw batch.error();
            }
            if (batch == END) {
                return false;
            }
            try {
                batch = batches.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading " + name, e);
            }
            index = 0;
        }
        row = batch.rows()[index];
        line = batch.lines()[index++];
        if (row.size() != columns.size()) {
            throw new BadInputException(name, line, null,
                    "has " + row.size() + " cells, the header " + columns.size());
        }
        return true;
    }

    long line() {
        return line;
    }

    BadInputException problem(String column, String detail) {
        return new BadInputException(name, line, column, detail);
    }

    /** The cell's text, null when empty. */
    String text(String column) {
        Integer index = columns.get(column);
        if (index == null) {
            return null;
        }
        String value = row.get(index);
        return value.isEmpty() ? null : value;
    }

    String required(String column) throws BadInputException {
        String value = text(column);
        if (value == null) {
            throw problem(column, "a value is required");
        }
        return value;
    }

    /** A date as its epoch day, or {@link Days#NONE} when empty and allowed. */
    int date(String column, boolean nullable) throws BadInputException {
        String value = nullable ? text(column) : required(column);
        if (value == null) {
            return Days.NONE;
        }
        if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
            throw problem(column, "not a date YYYY-MM-DD: '" + value + "'");
        }
        try {
            return (int) LocalDate.of(digits(column, value, 0, 4), digits(column, value, 5, 7),
                    digits(column, value, 8, 10)).toEpochDay();
        } catch (DateTimeException e) {
            throw problem(column, "not a date YYYY-MM-DD: '" + value + "'");
        }
    }

    /** A month YYYY-MM as its {@link Months} index. */
    int month(String column) throws BadInputException {
        String value = required(column);
        if (value.length() != 7 || value.charAt(4) != '-') {
            throw problem(column, "not a month YYYY-MM: '" + value + "'");
        }
        int month = digits(column, value, 5, 7);
        if (month < 1 || month > 12) {
            throw problem(column, "not a month YYYY-MM: '" + value + "'");
        }
        return Months.of(digits(column, value, 0, 4), month);
    }

    private int digits(String column, String value, int from, int to) throws BadInputException {
        int result = 0;
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                throw problem(column, "not a date: '" + value + "'");
            }
            result = result * 10 + (c - '0');
        }
        return result;
    }

    boolean flag(String column) throws BadInputException {
        String value = required(column);
        if (value.equals("Y")) {
            return true;
        }
        if (value.equals("N")) {
            return false;
        }
        throw problem(column, "must be Y or N, got '" + value + "'");
    }

    /** A Y/N flag that may be empty (null). */
    Boolean optionalFlag(String column) throws BadInputException {
        return text(column) == null ? null : flag(column);
    }

    /** A plain decimal (optional minus, digits, optional fraction); empty is 0 when {@code zeroIfEmpty}. */
    BigDecimal decimal(String column, boolean zeroIfEmpty) throws BadInputException {
        String value = zeroIfEmpty ? text(column) : required(column);
        if (value == null) {
            return BigDecimal.ZERO;
        }
        if (!isPlainDecimal(value)) {
            throw problem(column, "not a decimal amount: '" + value + "'");
        }
        return value.equals("0") || value.equals("0.00") ? BigDecimal.ZERO : new BigDecimal(value);
    }

    static boolean isPlainDecimal(String value) {
        int i = value.startsWith("-") ? 1 : 0;
        int digitsBefore = 0;
        while (i < value.length() && Character.isDigit(value.charAt(i))) {
            i++;
            digitsBefore++;
        }
        if (digitsBefore == 0) {
            return false;
        }
        if (i == value.length()) {
            return true;
        }
        if (value.charAt(i) != '.' || i == value.length() - 1) {
            return false;
        }
        for (i++; i < value.length(); i++) {
            if (!Character.isDigit(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    int integer(String column) throws BadInputException {
        String value = required(column);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw problem(column, "not a whole number: '" + value + "'");
        }
    }

    <E extends Enum<E>> E enumValue(String column, Class<E> type, boolean nullable) throws BadInputException {
        String value = nullable ? text(column) : required(column);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw problem(column, "unknown value '" + value + "'");
        }
    }

    /** A code from a closed list (e.g. sex 0/1/2). */
    String oneOf(String column, Set<String> allowed, boolean nullable) throws BadInputException {
        String value = nullable ? text(column) : required(column);
        if (value != null && !allowed.contains(value)) {
            throw problem(column, "unknown value '" + value + "'");
        }
        return value;
    }

    @Override
    public void close() throws IOException {
        reader.interrupt();
        parser.close();
    }
}
