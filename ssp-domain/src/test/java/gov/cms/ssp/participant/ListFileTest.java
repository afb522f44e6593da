package gov.cms.ssp.participant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Uploads are checked as a whole; every kind of bad file gets its own clear message. */
class ListFileTest {
    private final ListScreening screening = new ListScreening(2027, LocalDate.of(2026, 7, 15));

    private ListFile participants(String text) {
        return ListFile.read(ListKind.PARTICIPANT, text.getBytes(StandardCharsets.UTF_8), screening);
    }

    private static String only(ListFile f) {
        assertEquals(1, f.problems().size(), f.problems().toString());
        return f.problems().get(0).problem();
    }

    @Test
    void aCleanFileGivesItsRows() {
        ListFile f = participants("\uFEFFTIN,Legal business name,Bills primary care (Y/N)\r\n"
                + "123456789,\"Smith, Jones & Co\",Y\r\n987654321,Lakeside Clinic,N\r\n");
        assertTrue(f.isClean(), f.problems().toString());
        assertEquals(2, f.rows().size());
        assertEquals("Smith, Jones & Co", f.rows().get(0).name());
        assertEquals(3, f.rows().get(1).line());
    }

    @Test
    void columnsMayComeInAnyOrderAndAnyCase() {
        ListFile f = participants("bills primary care (y/n),tin,LEGAL BUSINESS NAME\n N,123456789,Clinic\n");
        assertTrue(f.isClean(), f.problems().toString());
        assertEquals("123456789", f.rows().get(0).tin());
    }

    @Test
    void emptyFile() {
        assertEquals("The file is empty", only(participants("")));
        assertEquals("The file is empty", only(participants("  \r\n ")));
        assertEquals("The file has a header but no rows", only(participants("TIN,Legal business name,Bills primary care (Y/N)\n")));
    }

    @Test
    void aFileAboveTwentyMegabytesIsRefusedUnreadAndOneAtTheLimitIsRead() {
        byte[] over = new byte[ListFile.MAX_BYTES + 1];
        java.util.Arrays.fill(over, (byte) 'x');
        ListFile big = ListFile.read(ListKind.PARTICIPANT, over, screening);
        assertEquals(1, big.problems().size());
        assertEquals("The file is 20.0 MB; one upload takes at most 20 MB", big.problems().get(0).problem());
        assertEquals(0, big.problems().get(0).row(), "a problem of the whole file");

        byte[] header = "TIN,Legal business name,Bills primary care (Y/N)\n123456789,Clinic,Y\n".getBytes(StandardCharsets.UTF_8);
        byte[] atLimit = new byte[ListFile.MAX_BYTES];
        java.util.Arrays.fill(atLimit, (byte) '\n');
        System.arraycopy(header, 0, atLimit, 0, header.length);
        ListFile limit = ListFile.read(ListKind.PARTICIPANT, atLimit, screening);
        assertTrue(limit.isClean(), () -> limit.problems().toString());
        assertEquals(1, limit.rows().size());
    }

    @Test
    void wrongDelimiter() {
        assertTrue(only(participants("TIN;Legal business name;Bills primary care (Y/N)\n123456789;Clinic;Y\n")).contains("';'"));
        assertTrue(only(participants("TIN\tLegal business name\tBills primary care (Y/N)\n")).contains("tabs"));
    }

    @Test
    void wrongEncoding() {
        byte[] latin1 = "TIN,Legal business name,Bills primary care (Y/N)\n123456789,Cl\u00EDnica San Jos\u00E9,Y\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        ListFile f = ListFile.read(ListKind.PARTICIPANT, latin1, screening);
        assertTrue(only(f).contains("not UTF-8"));
        assertTrue(f.problems().get(0).fix().contains("CSV UTF-8"));
    }

    @Test
    void missingAndExtraColumns() {
        ListFile missing = participants("TIN,Legal business name\n123456789,Clinic\n");
        assertTrue(only(missing).contains("Missing column: Bills primary care (Y/N)"));
        ListFile extra = participants("TIN,Legal business name,Bills primary care (Y/N),Notes\n123456789,Clinic,Y,x\n");
        assertTrue(only(extra).contains("Unexpected column: 'Notes'"));
    }

    @Test
    void aRowWithTooManyValues() {
        ListFile f = participants("TIN,Legal business name,Bills primary care (Y/N)\n123456789,Smith, Jones & Co,Y\n");
        assertEquals(2, f.problems().get(0).row());
        assertTrue(only(f).contains("has 4 values; the header has 3"));
    }

    @Test
    void binaryFilesRenamedCsv() {
        byte[] xlsx = {'P', 'K', 3, 4, 20, 0, 6, 0};
        assertTrue(only(ListFile.read(ListKind.PARTICIPANT, xlsx, screening)).contains("Excel workbook"));
        byte[] junk = {'T', 'I', 'N', 0, 1, 2};
        assertTrue(only(ListFile.read(ListKind.PARTICIPANT, junk, screening)).contains("binary"));
    }

    @Test
    void tooManyRows() {
        StringBuilder b = new StringBuilder("TIN,Legal business name,Bills primary care (Y/N)\n");
        for (int i = 0; i < 11; i++) {
            b.append(String.format("%09d,Clinic %d,Y%n", 100000000 + i, i));
        }
        ListFile f = ListFile.read(ListKind.PARTICIPANT, b.toString().getBytes(StandardCharsets.UTF_8), screening, 10);
        assertTrue(only(f).contains("has 11 rows; one upload takes at most 10"));
    }

    @Test
    void everyProblemOfEveryRowIsReportedInFileOrder() {
        ListFile f = participants("TIN,Legal business name,Bills primary care (Y/N)\n"
                + "12345,=HYPERLINK(\"http://x\"),Y\n"
                + "123456789,Good Clinic,Y\n"
                + "123456789,Good Clinic again,N\n"
                + "987654321,<b>Bold</b>,X\n");
        List<Integer> rows = new ArrayList<>(f.problems().stream().map(RowProblem::row).toList());
        assertEquals(List.of(2, 2, 4, 5, 5), rows, f.problems().toString());
        assertEquals(1, f.rows().size(), "only the one good, first row survives");
    }
}
