package gov.cms.ssp.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class WorkbookTest {
    private static Map<String, String> entries(byte[] xlsx) throws IOException {
        Map<String, String> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    @Test
    void aWorkbookHasTheOfficeOpenXmlPartsAndOneSheetOfTextCells() throws IOException {
        byte[] xlsx = Workbook.write("A1001 2027 participants", List.of("TIN", "Legal business name"),
                List.of(List.of("012345678", "Smith & Jones <LLC>"), List.of("123456789", "=HYPERLINK(\"http://x\")")));
        Map<String, String> parts = entries(xlsx);
        assertTrue(parts.keySet().containsAll(List.of("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml",
                "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml")), parts.keySet().toString());
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        assertEquals(3, sheet.split("<row ").length - 1, "header and two rows");
        assertTrue(sheet.contains("<t xml:space=\"preserve\">012345678</t>"), "leading zeros kept: text, not a number");
        assertTrue(sheet.contains("Smith &amp; Jones &lt;LLC&gt;"), "markup escaped");
        assertTrue(sheet.contains("=HYPERLINK(&quot;http://x&quot;)</t>") && !sheet.contains("<f>"), "a formula-like name stays an inline string");
        assertTrue(parts.get("xl/workbook.xml").contains("name=\"A1001 2027 participants\""));
    }

    @Test
    void numbersAreWrittenAsNumbersStraightToTheStreamAndTextIsEscaped() throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        Workbook.write(out, "PY2026 <assigned>", List.of("Name", "Months", "Expenditure"),
                List.of(List.of(Workbook.Cell.text("A & B <c>"), Workbook.Cell.number(12), Workbook.Cell.number(new java.math.BigDecimal("1E+3"))),
                        List.of(Workbook.Cell.text(null), Workbook.Cell.number(null), Workbook.Cell.number(new java.math.BigDecimal("12.50")))));
        Map<String, String> parts = entries(out.toByteArray());
        assertEquals(List.of("[Content_Types].xml", "_rels/.rels", "xl/_rels/workbook.xml.rels", "xl/workbook.xml",
                "xl/worksheets/sheet1.xml"), parts.keySet().stream().sorted().toList());
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        assertTrue(sheet.contains(">A &amp; B &lt;c&gt;</t>"), sheet);
        assertTrue(sheet.contains("<c t=\"n\"><v>12</v></c>") && sheet.contains("<v>1000</v>") && sheet.contains("<v>12.50</v>"),
                "numbers as numbers, in plain notation: " + sheet);
        assertTrue(parts.get("xl/workbook.xml").contains("name=\"PY2026 &lt;assigned&gt;\""));
        assertEquals(3, sheet.split("<row ", -1).length - 1, "header and two rows");
    }
}
