package gov.cms.ssp.assignment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static gov.cms.ssp.assignment.Fixture.A1_TIN;
import static gov.cms.ssp.assignment.Fixture.A2_TIN;
import static gov.cms.ssp.assignment.Fixture.T9;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The twenty cases of spec section H, steps and windows (cases 1–17): PY2024 retrospective unless noted;
 * A1, A2 ACOs; T9 a non-ACO TIN; amounts are allowed charges of primary care lines.
 */
class SpecCasesTest {

    @TempDir
    Path tmp;

    private Fixture fixture(int py) {
        return Fixture.standard(tmp.resolve("data"), py);
    }

    @Test
    void case01_familyPhysicianOutbillsAnInternistOutside() throws IOException {
        Fixture f = fixture(2024).bene("B1");
        f.carrier("B1", A1_TIN, "08", "99214", "2024-03-01", "300");
        f.carrier("B1", T9, "11", "99213", "2024-04-01", "200");
        assertEquals("A1/1", f.assign().assignmentOf("B1"));
    }

    @Test
    void case02_nursePractitionersCountForNonAcoTinsToo() throws IOException {
        Fixture f = fixture(2024).bene("B1");
        f.carrier("B1", A1_TIN, "08", "99214", "2024-03-01", "150");
        f.carrier("B1", T9, "50", "99213", "2024-04-01", "200");
        assertEquals("unassigned", f.assign().assignmentOf("B1"));
    }

    @Test
    void case03_tieGoesToTheMostRecentServiceThenNoOne() throws IOException {
        Fixture f = fixture(2024).bene("B1").bene("B2");
        f.carrier("B1", A1_TIN, "08", "99214", "2024-05-01", "200");
        f.carrier("B1", T9, "08", "99214", "2024-09-10", "200");
        f.carrier("B2", A1_TIN, "08", "99214", "2024-09-10", "200");
        f.carrier("B2", T9, "08", "99214", "2024-05-01", "200");
        Fixture.Result result = f.assign();
        assertEquals("unassigned", result.assignmentOf("B1"));
        assertEquals("A1/1", result.assignmentOf("B2"));
    }

    @Test
    void case03_exactTieOnTheSameLastDayHasNoWinner() throws IOException {
        Fixture f = fixture(2024).bene("B1");
        f.carrier("B1", A1_TIN, "08", "99214", "2024-05-01", "200.00");
        f.carrier("B1", T9, "08", "99214", "2024-05-01", "200");
        assertEquals("unassigned", f.assign().assignmentOf("B1"));
    }

    @Test
    void case04_specialistPutsInPreStepButStepOneIsLostAndStepTwoBarred() throws IOException {
        Fixture f = fixture(2024).bene("B1");
        f.carrier("B1", A1_TIN, "06", "99214", "2024-03-01", "400");
        f.carrier("B1", T9, "08", "99213", "2024-04-01", "100");
        assertEquals("unassigned", f.assign().assignmentOf("B1"));
    }

    @Test
    void case05_onlySpecialistsGoToStepTwo() throws IOException {
        Fixture f = fixture(2024).bene("B1");
        f.carrier("B1", A1_TIN, "06", "99214", "2024-03-01", "400");
        f.carrier("B1", T9, "13", "99213", "2024-04-01", "300");
        assertEquals("A1/2", f.assign().assignmentOf("B1"));
    }

    @Test
    void case06_onePhysicianAssistantLineBarsStepTwo() throws IOException {
        Fixture f = fixture(2024).bene("B1");
        f.carrier("B1", A1_TIN, "06", "99214", "2024-03-01", "400");
        f.carrier("B1", T9, "13", "99213", "2024-04-01", "300");
        f.carrier("B1", T9, "97", "99212", "2024-05-01", "20");
        assertEquals("unassigned", f.assign().assignmentOf("B1"));
    }

    @Test
    void case07_nurseOnlyInTheYearIsNotInPreStepBeforePy2025() throws IOException {
        Fixture f = fixture(2024).bene("B1");
        f.carrier("B1", A1_TIN, "50", "99214", "2024-03-01", "300");
        f.carrier("B1", A1_TIN, "08", "99214", "2023-03-01", "80");
        assertEquals("unassigned", f.assign().assignmentOf("B1"));
    }

    @Test
    void case07_py2025StepThreeUsesTheExpandedWindow() throws IOException {
        Fixture f = fixture(2025).bene("B1");
        f.carrier("B1", A1_TIN, "50", "99214", "2025-03-01", "300");
        f.carrier("B1", A1_TIN, "08", "99214", "2024-03-01", "80");
        assertEquals("A1/3", f.assign().assignmentOf("B1"));
    }

    @Test
    void case08_stepThreeIsAPluralityOverTheExpandedWindow() throws IOException {
        Fixture f = fixture(2025).bene("B1");
        f.carrier("B1", A1_TIN, "50", "99214", "2025-03-01", "100");
        f.carrier("B1", A1_TIN, "08", "99214", "2024-03-01", "50");
        f.carrier("B1", T9, "08", "99214", "2024-06-01", "200");
        assertEquals("unassigned", f.assign().assignmentOf("B1"));
    }

    @Test
    void case09_generalSurgeonHasNoRole() throws IOException {
        Fixture f = fixture(2024).bene("B1");
        f.carrier("B1", A1_TIN, "02", "99213", "2024-03-01", "500");
        assertEquals("unassigned", f.assign().assignmentOf("B1"));
    }

    @Test
    void case10_fqhcLineIsAPrimaryCarePhysicianLineWhoeverRendersIt() throws IOException {
        Fixture f = fixture(2024).ccn("A1", A1_TIN, "101234", "FQHC").bene("B1");
        f.line(f.nextClaimId(), 1, "B1", "FQHC", "2024-03-01", "2024-03-01", "", "", "1000000002", "101234", "50",
                "99213", "", "150", "150", "N");
        f.carrier("B1", T9, "08", "99213", "2024-04-01", "120");
        assertEquals("A1/1", f.assign().assignmentOf("B1"));
    }

    @Test
    void case11_nursingFacilityVisitInASnfIsDropped() throws IOException {
        Fixture f = fixture(2024).bene("B1");
        f.carrier("B1", A1_TIN, "1000000001", "08", "99309", "31", "2024-03-01", "500");
        f.carrier("B1", T9, "08", "99213", "2024-04-01", "100");
        assertEquals("unassigned", f.assign().assignmentOf("B1"));
    }

    @Test
    void case11_sameVisitOutsideASnfCounts() throws IOException {
        Fixture f = fixture(2024).bene("B1");
        f.carrier("B1", A1_TIN, "1000000001", "08", "99309", "32", "2024-03-01", "500");
        f.carrier("B1", T9, "08", "99213", "2024-04-01", "100");
        assertEquals("A1/1", f.assign().assignmentOf("B1"));
    }

    @Test
    void case12_linesOfATinOnTwoAcosListsCountForNoOne() throws IOException {
        Fixture f = fixture(2024).tin("A1", "222000000").tin("A2", "222000000").bene("B1");
        f.carrier("B1", "222000000", "08", "99214", "2024-03-01", "300");
        Fixture.Result result = f.assign();
        assertEquals("unassigned", result.assignmentOf("B1"));
    }

    @Test
    void case12_droppedLinesDoNotBarStepTwo() throws IOException {
        Fixture f = fixture(2024).tin("A1", "222000000").tin("A2", "222000000").bene("B1");
        f.carrier("B1", "222000000", "08", "99214", "2024-03-01", "300");
        f.carrier("B1", A2_TIN, "06", "99214", "2024-04-01", "100");
        assertEquals("A2/2", f.assign().assignmentOf("B1"));
    }

    @Test
    void case13_designationOfAnAcoProfessionalWinsOverClaims() throws IOException {
        Fixture f = fixture(2024).professional("A1", A1_TIN, "1000000011", "08").bene("B1");
        f.designation("B1", "1000000011", null, "2023-06-01");
        f.carrier("B1", A2_TIN, "08", "99214", "2024-03-01", "300");
        Fixture.Result result = f.assign();
        assertEquals("A1/VA", result.assignmentOf("B1"));
        assertEquals("N", result.assignmentRow("B1").get("cba_also"));
    }

    @Test
    void case14_designationOfAClinicianOnNoListBarsEveryAco() throws IOException {
        Fixture f = fixture(2024).bene("B1");
        f.designation("B1", "1000000099", null, "2023-06-01");
        f.carrier("B1", A1_TIN, "08", "99214", "2024-03-01", "300");
        assertEquals("unassigned", f.assign().assignmentOf("B1"));
    }

    @Test
    void case15_theLatestDesignationWins() throws IOException {
        Fixture f = fixture(2024).professional("A1", A1_TIN, "1000000011", "08")
                .professional("A2", A2_TIN, "1000000022", "08").bene("B1");
        f.designation("B1", "1000000011", null, "2022-04-01");
        f.designation("B1", "1000000022", null, "2023-04-01");
        assertEquals("A2/VA", f.assign().assignmentOf("B1"));
    }

    @Test
    void case16_medicareAdvantageMonthsMakeIneligibleWithNoExpenditures() throws IOException {
        Fixture f = fixture(2024).bene("B1");
        f.carrier("B1", A1_TIN, "08", "99214", "2024-03-01", "300");
        f.months("B1", "2024-11", "2024-12", m -> m.put("ma_ghp", "Y"));
        Fixture.Result result = f.assign();
        assertEquals("unassigned", result.assignmentOf("B1"));
        assertEquals(0, result.expenditures("B1").size());
        assertEquals("0", result.summary("A1", "TOTAL").get("n_ab"));
    }

    private Fixture case17(boolean maFromAugust) {
        Fixture f = fixture(2024).aco("A3", "PROSPECTIVE", Fixture.A3_TIN).bene("B1");
        f.carrier("B1", Fixture.A3_TIN, "08", "99214", "2022-11-01", "100");
        f.carrier("B1", Fixture.A3_TIN, "08", "99214", "2023-08-01", "200");
        f.carrier("B1", T9, "08", "99214", "2024-03-01", "400");
        f.spend("B1", "OUTPATIENT", "2024-05-10", "1000");
        if (maFromAugust) {
            f.months("B1", "2024-08", "2024-12", m -> m.put("ma_ghp", "Y"));
        }
        return f;
    }

    @Test
    void case17_prospectiveAssignmentRemovedAtYearEndForMedicareAdvantage() throws IOException {
        Fixture.Result result = case17(true).assign();
        assertEquals("unassigned", result.assignmentOf("B1"));
        assertEquals("0", result.summary("A3", "TOTAL").get("n_ab"));
    }

    @Test
    void case17_withoutMedicareAdvantageStaysAssignedWithCalendarYearSpend() throws IOException {
        Fixture.Result result = case17(false).assign();
        assertEquals("A3/1", result.assignmentOf("B1"));
        assertEquals("1", result.summary("A3", "TOTAL").get("n_ab"));
        // CY2024 spend: the T9 visit (400) and the outpatient line (1,000); the 2022–2023 visits are outside the year
        assertEquals("1400.00", result.summary("A3", "AGND").get("expenditure"));
    }

    @Test
    void case17_asWrittenWithTheOffsetLinesAtRetrospectiveA2() throws IOException {
        // the spec's text puts the offset-window lines at A2 (retrospective): A2's win merely blocks the
        // prospective run, and the retrospective run on CY2024 sees T9 only
        Fixture f = fixture(2024).aco("A3", "PROSPECTIVE", Fixture.A3_TIN).bene("B1");
        f.carrier("B1", A2_TIN, "08", "99214", "2022-11-01", "300");
        f.carrier("B1", T9, "08", "99214", "2024-03-01", "400");
        assertEquals("unassigned", f.assign().assignmentOf("B1"));
    }
}
