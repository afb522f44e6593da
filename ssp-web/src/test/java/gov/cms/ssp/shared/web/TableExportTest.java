package gov.cms.ssp.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.cms.ssp.shared.Page;
import gov.cms.ssp.shared.PageRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Exports write what the page shows: English headers, dollars, percentages, MM/DD/YYYY, every filtered row. */
class TableExportTest {
    record Line(String acoId, String name, BigDecimal net, BigDecimal rate, LocalDate start, Instant at, int count) {
    }

    static final TableExport<Line> EXPORT = TableExport.of("results",
            TableExport.text("ACO ID", Line::acoId), TableExport.text("ACO name", Line::name),
            TableExport.dollars("Net", Line::net), TableExport.percent("Savings rate", Line::rate),
            TableExport.date("Agreement start", Line::start), TableExport.dateTime("Released", Line::at),
            TableExport.count("Beneficiaries", Line::count));

    @Test
    void cellsAreWrittenForPeople() {
        Line palmBeach = new Line("A1001", "Palm Beach ACO", new BigDecimal("73426268"), new BigDecimal("0.0909"),
                LocalDate.of(2019, 7, 1), Instant.parse("2026-12-01T15:00:00Z"), 78364);
        Line owes = new Line("A1026", "=HYPERLINK(\"x\")", new BigDecimal("-1234.50"), null, null, null, 0);
        String csv = EXPORT.csvText(List.of(palmBeach, owes));
        List<String> lines = csv.lines().toList();
        assertEquals("ACO ID,ACO name,Net,Savings rate,Agreement start,Released,Beneficiaries", lines.get(0));
        assertEquals("A1001,Palm Beach ACO,\"$73,426,268\",9.09%,07/01/2019,12/01/2026 10:00 AM EST,\"78,364\"", lines.get(1));
        assertEquals("A1026,\"'=HYPERLINK(\"\"x\"\")\",\"-$1,234.50\",,,,0", lines.get(2), "a formula stays text; empty stays empty");
    }

    @Test
    void anExcelWorkbookIsWritten() throws Exception {
        var content = EXPORT.xlsx(List.of());
        assertEquals("results.xlsx", content.getName());
        byte[] head = content.getStream().get().readNBytes(2);
        assertEquals("PK", new String(head, java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void theTableExportsEveryRowOfItsFiltersNotOnlyThePageShown() {
        List<Integer> all = IntStream.range(0, 1234).boxed().toList();
        List<PageRequest> asked = new ArrayList<>();
        LazyTable<Integer> table = new LazyTable<>(r -> {
            asked.add(r);
            List<Integer> matching = all.stream().filter(i -> r.filter("even") == null || i % 2 == 0).toList();
            return new Page<>(matching.subList(Math.min(r.first(), matching.size()), Math.min(r.first() + r.pageSize(), matching.size())),
                    matching.size());
        }, String::valueOf);
        var filter = org.primefaces.model.FilterMeta.builder().field("even").filterValue("yes").build();
        table.load(25, 25, Map.of(), Map.of("even", filter));
        List<Integer> rows = table.exportRows();
        assertEquals(617, rows.size(), "every even row, not the 25 on screen");
        assertTrue(asked.stream().skip(1).allMatch(r -> "yes".equals(r.filter("even")) && r.pageSize() == 500), asked.toString());
    }
}
