package gov.cms.ssp.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A table as an Excel workbook (.xlsx, Office Open XML): one sheet, a header row, then text cells as
 * inline strings and number cells as numbers, written straight to a stream row by row (a 100,000-row
 * beneficiary download is never held whole). Inline strings are never evaluated, so a name like
 * {@code =HYPERLINK(...)} stays text; TINs and NPIs keep their leading zeros. Small enough to write
 * directly, which spares the application a spreadsheet library. The one Excel writer of the
 * application: table exports ({@code TableExport}), list exports and the beneficiary download.
 */
public final class Workbook {
    private Workbook() {
    }

    /** A cell: a number when {@code numeric} (Excel sums it), else text. */
    public record Cell(String value, boolean numeric) {
        public static Cell text(Object value) {
            return new Cell(value == null ? "" : value.toString(), false);
        }

        /** A number; {@code null} is an empty text cell. */
        public static Cell number(Number value) {
            if (value == null) {
                return text(null);
            }
            return new Cell(value instanceof BigDecimal d ? d.toPlainString() : value.toString(), true);
        }
    }

    /** A table of text, as the bytes of a workbook. */
    public static byte[] write(String sheetName, List<String> header, List<List<String>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            write(bytes, sheetName, header, () -> rows.stream().map(r -> r.stream().map(Cell::text).toList()).iterator());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Writes the workbook to {@code target}, one row at a time; {@code target} is left open. */
    public static void write(OutputStream target, String sheetName, List<String> header, Iterable<List<Cell>> rows) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(target);
        Writer out = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        entry(zip, out, "[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                </Types>""");
        entry(zip, out, "_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                </Relationships>""");
        entry(zip, out, "xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                <sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets>
                </workbook>""".formatted(xml(sheetName.length() > 31 ? sheetName.substring(0, 31) : sheetName)));
        entry(zip, out, "xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                </Relationships>""");
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        out.write(row(1, header.stream().map(Cell::text).toList()));
        int r = 2;
        for (List<Cell> cells : rows) {
            out.write(row(r++, cells));
        }
        out.write("</sheetData></worksheet>");
        out.flush();
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }

    private static String row(int number, List<Cell> cells) {
        StringBuilder row = new StringBuilder("<row r=\"").append(number).append("\">");
        for (Cell cell : cells) {
            if (cell.numeric()) {
                row.append("<c t=\"n\"><v>").append(xml(cell.value())).append("</v></c>");
            } else {
                row.append("<c t=\"inlineStr\"><is><t xml:space=\"preserve\">").append(xml(cell.value())).append("</t></is></c>");
            }
        }
        return row.append("</row>").toString();
    }

    private static void entry(ZipOutputStream zip, Writer out, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        out.write(content);
        out.flush();
        zip.closeEntry();
    }

    /** XML text: escapes markup and drops the control characters XML 1.0 cannot carry. */
    static String xml(String v) {
        StringBuilder b = new StringBuilder(v.length());
        for (char c : v.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
