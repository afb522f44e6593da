package gov.cms.ssp.shared.web;

import gov.cms.ssp.shared.DisplayFormat;
import gov.cms.ssp.shared.ExportCell;
import gov.cms.ssp.shared.Workbook;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The one way a table is exported, as CSV or as an Excel workbook: the columns in English with the
 * values as the page shows them (dollars, percentages, MM/DD/YYYY, labels rather than codes), every
 * row of the table's current filters ({@link LazyTable#exportRows()}). Text a spreadsheet would run
 * as a formula is neutralised ({@link ExportCell}).
 */
public final class TableExport<T> {
    /** One exported column: its header and how a row's value is written. */
    public record Column<T>(String header, Function<T, String> value) {
    }

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private final String fileName;
    private final List<Column<T>> columns;

    private TableExport(String fileName, List<Column<T>> columns) {
        this.fileName = fileName.replaceAll("[^A-Za-z0-9._-]", "-");
        this.columns = List.copyOf(columns);
    }

    /** {@code fileName} without extension, e.g. {@code applications}. */
    @SafeVarargs
    public static <T> TableExport<T> of(String fileName, Column<T>... columns) {
        return new TableExport<>(fileName, List.of(columns));
    }

    public static <T> Column<T> text(String header, Function<T, ?> value) {
        return new Column<>(header, r -> ExportCell.neutralised(value.apply(r)));
    }

    public static <T> Column<T> date(String header, Function<T, LocalDate> value) {
        return new Column<>(header, r -> DisplayFormat.date(value.apply(r)));
    }

    public static <T> Column<T> dateTime(String header, Function<T, Instant> value) {
        return new Column<>(header, r -> DisplayFormat.dateTime(value.apply(r)));
    }

    public static <T> Column<T> dollars(String header, Function<T, BigDecimal> value) {
        return new Column<>(header, r -> DisplayFormat.dollars(value.apply(r)));
    }

    public static <T> Column<T> percent(String header, Function<T, BigDecimal> value) {
        return new Column<>(header, r -> DisplayFormat.percent(value.apply(r)));
    }

    public static <T> Column<T> count(String header, Function<T, ? extends Number> value) {
        return new Column<>(header, r -> DisplayFormat.count(value.apply(r)));
    }

    public List<String> header() {
        return columns.stream().map(Column::header).toList();
    }

    public List<List<String>> cells(List<T> rows) {
        List<List<String>> cells = new ArrayList<>(rows.size());
        for (T row : rows) {
            cells.add(columns.stream().map(c -> {
                String v = c.value().apply(row);
                return v == null ? "" : v;
            }).toList());
        }
        return cells;
    }

    /** The rows as CSV text: a header line, then one line per row. */
    public String csvText(List<T> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            csv.printRecord(header());
            for (List<String> r : cells(rows)) {
                csv.printRecord(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** For {@code <p:fileDownload>}: a CSV file (UTF-8 with a byte-order mark, which Excel needs to read accents). */
    public StreamedContent csv(List<T> rows) {
        byte[] bytes = ("\uFEFF" + csvText(rows)).getBytes(StandardCharsets.UTF_8);
        return download(fileName + ".csv", "text/csv;charset=UTF-8", bytes);
    }

    /** For {@code <p:fileDownload>}: an Excel workbook, every cell text as shown. */
    public StreamedContent xlsx(List<T> rows) {
        byte[] bytes = Workbook.write(fileName.length() > 31 ? fileName.substring(0, 31) : fileName, header(), cells(rows));
        return download(fileName + ".xlsx", XLSX, bytes);
    }

    /**
     * The two downloads of one table for the export include ({@code exporter="#{page.fooExport}"}), for a
     * page with several tables or a {@code getCsv()} of its own: the rows are read when a file is asked for.
     */
    public Downloads downloads(Supplier<List<T>> rows) {
        return new Downloads(rows);
    }

    /** What the export include calls: {@code csv} and {@code xlsx}. */
    public final class Downloads {
        private final Supplier<List<T>> rows;

        private Downloads(Supplier<List<T>> rows) {
            this.rows = rows;
        }

        public StreamedContent getCsv() {
            return csv(rows.get());
        }

        public StreamedContent getXlsx() {
            return xlsx(rows.get());
        }
    }

    private static StreamedContent download(String name, String type, byte[] bytes) {
        return DefaultStreamedContent.builder().name(name).contentType(type).contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }
}
