package gov.cms.ssp.participant;

import gov.cms.ssp.shared.ExportCell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.cms.ssp.shared.AcoId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The screening rules one by one. */
class ListScreeningTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 7, 15);
    private final ListScreening screening = new ListScreening(2027, TODAY);

    private List<RowProblem> participant(String tin, String name, String primaryCare) {
        List<RowProblem> problems = new ArrayList<>();
        screening.checkFields(ListKind.PARTICIPANT, 2, List.of(tin, name, primaryCare), problems);
        return problems;
    }

    private List<RowProblem> provider(String npi, String name, String specialty, String tin, String effective) {
        List<RowProblem> problems = new ArrayList<>();
        screening.checkFields(ListKind.PROVIDER_SUPPLIER, 3, List.of(npi, name, specialty, tin, effective), problems);
        return problems;
    }

    @Test
    void aValidParticipantRowTakesEffectOnJanuaryFirstOfThePy() {
        List<RowProblem> problems = new ArrayList<>();
        ListRow row = screening.checkFields(ListKind.PARTICIPANT, 2, List.of("12-3456789", "Example Family Medicine", "y"), problems);
        assertTrue(problems.isEmpty(), problems.toString());
        assertEquals("123456789", row.tin());
        assertTrue(row.primaryCare());
        assertEquals(LocalDate.of(2027, 1, 1), row.effectiveDate());
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678", "1234567890", "12345678a", ""})
    void tinFormatErrorsNameTheRowAndColumn(String tin) {
        List<RowProblem> problems = participant(tin, "Clinic", "Y");
        assertEquals(1, problems.size());
        assertEquals(2, problems.get(0).row());
        assertEquals("TIN", problems.get(0).column());
        assertTrue(problems.get(0).fix().contains("9-digit"));
    }

    @Test
    void npiWithAWrongCheckDigitIsFlagged() {
        List<RowProblem> problems = provider("1234567890", "Jane Doe", "Family Medicine", "123456789", "");
        assertEquals(1, problems.size());
        assertEquals("NPI", problems.get(0).column());
        assertTrue(problems.get(0).problem().contains("check digit"), problems.get(0).problem());
    }

    @Test
    void npiWithAValidCheckDigitPasses() {
        assertTrue(provider("1234567893", "Jane Doe", "Family Medicine", "123456789", "").isEmpty());
    }

    @Test
    void primaryCareMustBeYesOrNo() {
        List<RowProblem> problems = participant("123456789", "Clinic", "maybe");
        assertEquals("Bills primary care (Y/N)", problems.get(0).column());
        assertTrue(problems.get(0).problem().contains("not Y or N"));
    }

    @Test
    void namesAreRequired() {
        List<RowProblem> problems = participant("123456789", "  ", "Y");
        assertEquals("Legal business name", problems.get(0).column());
        assertTrue(problems.get(0).problem().contains("empty"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil\",\"x\")", "+1+2", "-2+3", "@SUM(A1)"})
    void namesThatSpreadsheetsWouldRunAsFormulasAreRefused(String name) {
        List<RowProblem> problems = participant("123456789", name, "Y");
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).problem().contains("formula"), problems.get(0).problem());
    }

    @Test
    void namesWithMarkupAreRefused() {
        List<RowProblem> problems = participant("123456789", "<script>alert(1)</script> Clinic", "Y");
        assertTrue(problems.get(0).problem().contains("< or >"));
    }

    @Test
    void providerAdditionsMustBeReportedWithinThirtyDays() {
        assertTrue(provider("1234567893", "Jane Doe", "FM", "123456789", "2026-06-15").isEmpty(), "30 days ago is in time");
        List<RowProblem> late = provider("1234567893", "Jane Doe", "FM", "123456789", "06/14/2026");
        assertEquals(1, late.size());
        assertTrue(late.get(0).problem().contains("31 days ago"), late.get(0).problem());
    }

    @Test
    void providerEffectiveDateDefaultsToTheStartOfThePyAndMayNotBeAfterIt() {
        List<RowProblem> problems = new ArrayList<>();
        ListRow row = screening.checkFields(ListKind.PROVIDER_SUPPLIER, 2,
                List.of("1234567893", "Jane Doe", "FM", "123456789", ""), problems);
        assertEquals(LocalDate.of(2027, 1, 1), row.effectiveDate());
        assertTrue(provider("1234567893", "Jane Doe", "FM", "123456789", "2028-01-01").get(0).problem()
                .contains("after performance year 2027"));
        assertTrue(provider("1234567893", "Jane Doe", "FM", "123456789", "next week").get(0).problem().contains("not a date"));
    }

    @Test
    void duplicateTinsWithinTheListAreFlaggedOnTheLaterLine() {
        List<ListRow> rows = List.of(
                new ListRow(2, ListKind.PARTICIPANT, "123456789", null, "A", null, true, null),
                new ListRow(3, ListKind.PARTICIPANT, "987654321", null, "B", null, true, null),
                new ListRow(7, ListKind.PARTICIPANT, "123456789", null, "A again", null, true, null));
        List<RowProblem> problems = screening.duplicates(rows);
        assertEquals(1, problems.size());
        assertEquals(7, problems.get(0).row());
        assertTrue(problems.get(0).problem().contains("already on line 2"));
    }

    @Test
    void theSameNpiThroughDifferentTinsIsNotADuplicate() {
        List<ListRow> rows = List.of(
                new ListRow(2, ListKind.PROVIDER_SUPPLIER, "123456789", "1234567893", "A", "FM", false, null),
                new ListRow(3, ListKind.PROVIDER_SUPPLIER, "987654321", "1234567893", "A", "FM", false, null));
        assertTrue(screening.duplicates(rows).isEmpty());
        List<ListRow> same = List.of(rows.get(0), new ListRow(4, ListKind.PROVIDER_SUPPLIER, "123456789", "1234567893", "A", "FM", false, null));
        assertEquals(4, screening.duplicates(same).get(0).row());
    }

    @Test
    void exclusivityConflictNamesOnlyTheOtherAcosId() {
        RowProblem p = screening.exclusivityConflict(5, "123456789", AcoId.of("A1026"));
        assertEquals(5, p.row());
        assertTrue(p.problem().contains("ACO A1026 for 2027"), p.problem());
        assertTrue(p.problem().contains("only one Shared Savings Program ACO"));
    }

    @Test
    void sharedSavingsInitiativesConflictAndOtherModelsDoNot() {
        for (OtherInitiative i : List.of(OtherInitiative.ACO_REACH, OtherInitiative.KIDNEY_CARE_CHOICES,
                OtherInitiative.VERMONT_ALL_PAYER_ACO, OtherInitiative.INDEPENDENCE_AT_HOME)) {
            assertTrue(i.conflictsWithSharedSavings(), i.name());
            assertTrue(screening.initiativeConflict(2, "123456789", i).problem().contains(i.label() + " in 2027"));
        }
        for (OtherInitiative i : List.of(OtherInitiative.BPCI_ADVANCED, OtherInitiative.CPC_PLUS, OtherInitiative.CJR,
                OtherInitiative.ETC, OtherInitiative.EOM, OtherInitiative.FINANCIAL_ALIGNMENT)) {
            assertFalse(i.conflictsWithSharedSavings(), i.name());
            assertThrows(IllegalArgumentException.class, () -> screening.initiativeConflict(2, "123456789", i));
        }
    }

    @Test
    void initiativesParseFromCodeOrLabel() {
        assertEquals(OtherInitiative.ACO_REACH, OtherInitiative.parse("ACO REACH"));
        assertEquals(OtherInitiative.KIDNEY_CARE_CHOICES, OtherInitiative.parse("kidney_care_choices"));
        assertNull(OtherInitiative.parse("Made-up model"));
    }

    @Test
    void billingTinMustBeOnTheParticipantList() {
        ListRow row = new ListRow(4, ListKind.PROVIDER_SUPPLIER, "123456789", "1234567893", "A", "FM", false, null);
        RowProblem p = screening.billingTinNotListed(row);
        assertEquals("Participant TIN", p.column());
        assertTrue(p.problem().contains("not on your participant list for 2027"));
    }

    @Test
    void deletionsMustBeReportedWithinThirtyDaysOfTheTermination() {
        assertTrue(screening.deletionProblems(LocalDate.of(2026, 6, 15), LocalDate.of(2025, 1, 1)).isEmpty());
        assertTrue(screening.deletionProblems(LocalDate.of(2026, 12, 31), LocalDate.of(2025, 1, 1)).isEmpty(), "future terminations are fine");
        List<String> late = screening.deletionProblems(LocalDate.of(2026, 6, 1), LocalDate.of(2025, 1, 1));
        assertEquals(1, late.size());
        assertTrue(late.get(0).contains("44 days ago"), late.get(0));
        assertFalse(screening.deletionProblems(null, null).isEmpty());
        assertTrue(screening.deletionProblems(LocalDate.of(2026, 7, 1), LocalDate.of(2027, 1, 1)).get(0).contains("before the entry took effect"));
    }

    @Test
    void exportedCellsNeverRunAsFormulas() {
        assertEquals("'=HYPERLINK(\"x\")", ExportCell.neutralised("=HYPERLINK(\"x\")"));
        assertEquals("'@cmd", ExportCell.neutralised("@cmd"));
        assertEquals("Plain Clinic", ExportCell.neutralised("Plain Clinic"));
        assertEquals("", ExportCell.neutralised(null));
        assertNotNull(ListFile.template(ListKind.PARTICIPANT));
    }
}
