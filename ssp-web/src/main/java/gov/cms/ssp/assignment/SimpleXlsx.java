package gov.cms.ssp.assignment;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A one-sheet Excel workbook (Office Open XML) written straight to a stream: a header row and text or
 * number cells, inline strings, no styles. Enough for a report export without a spreadsheet library.
 */
final class SimpleXlsx {

    private SimpleXlsx() {
    }

    /** A cell: a number when {@code numeric}, else text. */
    record Cell(String value, boolean numeric) {
        static Cell text(String value) {
            return new Cell(value == null ? "" : value, false);
        }

        static Cell number(Object value) {
            return value == null ? text("") : new Cell(value.toString(), true);
        }
    }

    static void write(OutputStream target, String sheetName, List<String> header, Iterable<List<Cell>> rows) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(target);
        Writer out = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        entry(zip, out, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "</Types>");
        entry(zip, out, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>");
        entry(zip, out, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<sheets><sheet name=\"" + escape(sheetName) + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        entry(zip, out, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "</Relationships>");
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        out.write(row(header.stream().map(Cell::text).toList()));
        for (List<Cell> cells : rows) {
            out.write(row(cells));
        }
        out.write("</sheetData></worksheet>");
        out.flush();
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }

    private static String row(List<Cell> cells) {
        StringBuilder row = new StringBuilder("<row>");
        for (Cell cell : cells) {
            if (cell.numeric()) {
                row.append("<c t=\"n\"><v>").append(escape(cell.value())).append("</v></c>");
            } else {
                row.append("<c t=\"inlineStr\"><is><t>").append(escape(cell.value())).append("</t></is></c>");
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

    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
