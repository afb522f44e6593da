package gov.cms.ssp.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** The Excel export is a valid Office Open XML package with escaped text and numeric cells. */
class SimpleXlsxTest {

    @Test
    void aWorkbookHasItsPartsAndEscapesText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SimpleXlsx.write(out, "PY2026 <assigned>", List.of("Name", "Months"),
                List.of(List.of(SimpleXlsx.Cell.text("A & B <c>"), SimpleXlsx.Cell.number(12)),
                        List.of(SimpleXlsx.Cell.text(null), SimpleXlsx.Cell.number(null))));
        Map<String, String> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertEquals(List.of("[Content_Types].xml", "_rels/.rels", "xl/_rels/workbook.xml.rels", "xl/workbook.xml",
                "xl/worksheets/sheet1.xml"), parts.keySet().stream().sorted().toList());
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        assertTrue(sheet.contains("<t>A &amp; B &lt;c&gt;</t>"), sheet);
        assertTrue(sheet.contains("<c t=\"n\"><v>12</v></c>"), sheet);
        assertTrue(parts.get("xl/workbook.xml").contains("name=\"PY2026 &lt;assigned&gt;\""));
        assertEquals(3, sheet.split("<row>", -1).length - 1, "header and two rows");
    }
}
