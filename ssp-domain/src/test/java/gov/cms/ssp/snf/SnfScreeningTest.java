package gov.cms.ssp.snf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.cms.ssp.agreement.Track;
import gov.cms.ssp.participant.ListFile;
import gov.cms.ssp.participant.ListKind;
import gov.cms.ssp.participant.RowProblem;
import gov.cms.ssp.shared.AcoId;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SnfScreeningTest {
    private static ListFile.Parsed<SnfRow> parse(String csv) {
        return ListFile.parse(SnfScreening.COLUMNS, "SNF", csv.getBytes(StandardCharsets.UTF_8), 100, SnfScreening::checkFields);
    }

    @Test
    void aCleanRowBecomesAnAffiliate() {
        List<RowProblem> problems = new ArrayList<>();
        SnfRow row = SnfScreening.checkFields(2, List.of("105123", "Palm Beach SNF", "12-3456789", "3"), problems);
        assertTrue(problems.isEmpty());
        assertEquals(new SnfRow(2, "105123", "Palm Beach SNF", "123456789", 3), row);
    }

    @Test
    void everyBadFieldIsReportedWithItsColumn() {
        List<RowProblem> problems = new ArrayList<>();
        SnfRow row = SnfScreening.checkFields(4, List.of("101234", "", "12345", "2"), problems);
        assertNull(row);
        assertEquals(List.of("CCN", "Facility name", "TIN", "Overall star rating"), problems.stream().map(RowProblem::column).toList());
        assertTrue(problems.get(0).problem().contains("not a skilled nursing facility"));
        assertTrue(problems.get(3).problem().contains("3 stars or more"));
        assertTrue(problems.stream().allMatch(p -> p.row() == 4 && !p.fix().isBlank()));
    }

    @Test
    void starRatingMustBeAWholeNumberOneToFive() {
        List<RowProblem> problems = new ArrayList<>();
        SnfScreening.checkFields(2, List.of("105123", "A", "123456789", "four"), problems);
        SnfScreening.checkFields(3, List.of("105123", "A", "123456789", "6"), problems);
        SnfScreening.checkFields(4, List.of("105123", "A", "123456789", ""), problems);
        assertEquals(3, problems.size());
        assertTrue(problems.get(1).problem().contains("1 to 5"));
    }

    @Test
    void aNameThatLooksLikeAFormulaIsRefused() {
        List<RowProblem> problems = new ArrayList<>();
        SnfScreening.checkFields(2, List.of("105123", "=HYPERLINK(\"x\")", "123456789", "4"), problems);
        assertEquals("Facility name", problems.get(0).column());
    }

    @Test
    void duplicatesInTheFileOnTheListAndInTheChangeRequestAreFlagged() {
        List<SnfRow> rows = List.of(new SnfRow(2, "105123", "A", "123456789", 4), new SnfRow(3, "105123", "B", "123456789", 4),
                new SnfRow(4, "105601", "C", "123456789", 5), new SnfRow(5, "105602", "D", "123456789", 5),
                new SnfRow(6, "105603", "E", "123456789", 3));
        List<RowProblem> problems = SnfScreening.duplicates(rows, 2027, Set.of("105601"), Set.of("105602"));
        assertEquals(List.of(3, 4, 5), problems.stream().map(RowProblem::row).toList());
        assertTrue(problems.get(0).problem().contains("already on line 2"));
        assertEquals("CCN 105601 is already on your SNF affiliate list for 2027", problems.get(1).problem());
        assertEquals("CCN 105602 is already in your change request for 2027", problems.get(2).problem());
    }

    @Test
    void tracksWithoutTheWaiverAreRefused() {
        assertTrue(SnfScreening.trackRefusal(Track.BASIC_A).contains("cannot have SNF affiliates"));
        assertTrue(SnfScreening.trackRefusal(Track.BASIC_B).contains("cannot have SNF affiliates"));
        assertNull(SnfScreening.trackRefusal(Track.ENHANCED));
        assertNull(SnfScreening.trackRefusal(Track.BASIC_C));
    }

    @Test
    void theTemplateIsACleanUploadAndUsesTheSharedFileReader() {
        ListFile.Parsed<SnfRow> parsed = parse(ListFile.template(ListKind.SNF_AFFILIATE));
        assertTrue(parsed.readable());
        assertTrue(parsed.problems().isEmpty(), parsed.problems().toString());
        assertEquals(1, parsed.rows().size());
    }

    @Test
    void aFileIsCheckedRowByRowWithSpreadsheetLineNumbers() {
        ListFile.Parsed<SnfRow> parsed = parse("TIN,CCN,Overall star rating,Facility name\n"
                + "123456789,105123,4,Good SNF\n123456789,109999,2,Bad SNF\n");
        assertEquals(1, parsed.rows().size());
        assertEquals(List.of(3, 3), parsed.problems().stream().map(RowProblem::row).toList());
    }

    @Test
    void aMissingColumnIsAFileProblem() {
        ListFile.Parsed<SnfRow> parsed = parse("CCN,Facility name,TIN\n105123,A,123456789\n");
        assertEquals(0, parsed.problems().get(0).row());
        assertTrue(parsed.problems().get(0).problem().contains("Overall star rating"));
    }

    @Test
    void aTerminatedAffiliateIsNoLongerInForce() {
        SnfAffiliate a = new SnfAffiliate(AcoId.of("A1001"), new SnfRow(0, "105123", "A", "123456789", 4), LocalDate.of(2026, 1, 1));
        assertTrue(a.isInForce(LocalDate.of(2026, 6, 1)));
        a.terminate(LocalDate.of(2026, 6, 30));
        assertTrue(a.isInForce(LocalDate.of(2026, 6, 30)));
        assertTrue(!a.isInForce(LocalDate.of(2026, 7, 1)));
    }
}
