package gov.cms.ssp.assignment;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static gov.cms.ssp.assignment.Fixture.A1_TIN;
import static gov.cms.ssp.assignment.Fixture.A2_TIN;
import static gov.cms.ssp.assignment.Fixture.T9;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The spec's "more checks" of section H and the details of section J, each at its edge. */
class SettledDetailsTest {

    @TempDir
    Path tmp;

    private Fixture fixture(int py) {
        return Fixture.standard(tmp.resolve("data"), py);
    }

    @Test
    void homeVisitsNeedPlaceOfService12InPy2022Only() throws IOException {
        for (int py : new int[] {2022, 2024}) {
            Fixture f = Fixture.standard(tmp.resolve("data" + py), py).bene("B12").bene("B13");
            f.carrier("B12", A1_TIN, "1000000001", "08", "99347", "12", py + "-03-01", "100");
            f.carrier("B13", A1_TIN, "1000000001", "08", "99347", "13", py + "-03-01", "100");
            Fixture.Result result = f.assign();
            assertEquals("A1/1", result.assignmentOf("B12"), "PY" + py + " POS 12");
            assertEquals(py == 2022 ? "unassigned" : "A1/1", result.assignmentOf("B13"), "PY" + py + " POS 13");
        }
    }

    @Test
    void py2022HomeVisitsOnClinicLinesDoNotCount() throws IOException {
        Fixture f = Fixture.standard(tmp.resolve("data"), 2022).ccn("A1", A1_TIN, "101234", "RHC").bene("B1");
        f.line(f.nextClaimId(), 1, "B1", "RHC", "2022-03-01", "2022-03-01", "", "", "1000000002", "101234", "08",
                "99347", "", "150", "150", "N");
        assertEquals("unassigned", f.assign().assignmentOf("B1"));
    }

    @Test
    void addOnCodesCountOnlyWithABasePrimaryCareCodeOnTheSameClaim() throws IOException {
        Fixture f = fixture(2024).bene("B1").bene("B2");
        f.carrier("B1", A1_TIN, "08", "99354", "2024-03-01", "500");
        f.carrier("B1", T9, "08", "99213", "2024-04-01", "100");
        f.line("K2", 1, "B2", "CARRIER", "2024-03-01", "2024-03-01", "", A1_TIN, "1000000001", "", "08", "99214", "11",
                "50", "50", "N");
        f.line("K2", 2, "B2", "CARRIER", "2024-03-01", "2024-03-01", "", A1_TIN, "1000000001", "", "08", "G2212", "11",
                "500", "500", "N");
        f.carrier("B2", T9, "08", "99213", "2024-04-01", "100");
        Fixture.Result result = f.assign();
        assertEquals("unassigned", result.assignmentOf("B1"));
        assertEquals("A1/1", result.assignmentOf("B2"));
    }

    @Test
    void stayspanRunsFromTheEarliestFromDateToTheLatestThruDateBothIncluded() throws IOException {
        Fixture f = fixture(2024).ccn("A1", A1_TIN, "101234", "FQHC").bene("B1").bene("B2").bene("B3");
        for (String bene : new String[] {"B1", "B2", "B3"}) {
            String stay = f.nextClaimId();
            f.line(stay, 1, bene, "SNF", "2024-03-01", "2024-03-31", "", "", "", "105555", "", "", "", "0", "5000", "N");
            f.line(stay, 2, bene, "SNF", "2024-03-12", "2024-03-31", "", "", "", "105555", "", "", "", "0", "5000", "N");
            f.carrier(bene, T9, "08", "99213", "2024-05-01", "100");
        }
        String[] days = {"2024-03-05", "2024-03-31", "2024-04-01"};
        String[] benes = {"B1", "B2", "B3"};
        for (int i = 0; i < 3; i++) {
            f.line(f.nextClaimId(), 1, benes[i], "FQHC", days[i], days[i], "", "", "1000000002", "101234", "08", "99309",
                    "", "500", "500", "N");
        }
        Fixture.Result result = f.assign();
        assertEquals("unassigned", result.assignmentOf("B1"));
        assertEquals("unassigned", result.assignmentOf("B2"), "the last day of the stay is inside it");
        assertEquals("A1/1", result.assignmentOf("B3"));
    }

    @Test
    void advanceCarePlanningInAnInpatientSettingIsDropped() throws IOException {
        Fixture f = fixture(2024).bene("B1").bene("B2");
        f.carrier("B1", A1_TIN, "1000000001", "08", "99497", "21", "2024-03-01", "500");
        f.carrier("B2", A1_TIN, "1000000001", "08", "99497", "11", "2024-03-01", "500");
        f.carrier("B1", T9, "08", "99213", "2024-04-01", "100");
        f.carrier("B2", T9, "08", "99213", "2024-04-01", "100");
        Fixture.Result result = f.assign();
        assertEquals("unassigned", result.assignmentOf("B1"));
        assertEquals("A1/1", result.assignmentOf("B2"));
    }

    @Test
    void telephoneCodesCountOnlyInWindowsOverlappingThePublicHealthEmergency() throws IOException {
        Fixture f = fixture(2024).aco("A3", "PROSPECTIVE", Fixture.A3_TIN).bene("B1").bene("B2");
        // B1: prospective offset window Oct 2022 – Sep 2023 overlaps the PHE
        f.carrier("B1", Fixture.A3_TIN, "08", "99442", "2023-02-01", "100");
        // B2: the retrospective CY2024 window does not
        f.carrier("B2", A1_TIN, "08", "99442", "2024-02-01", "100");
        Fixture.Result result = f.assign();
        assertEquals("A3/1", result.assignmentOf("B1"));
        assertEquals("unassigned", result.assignmentOf("B2"));
    }

    @Test
    void etaStatusIsLookedUpForTheYearComputed() throws IOException {
        for (String etaYear : new String[] {"2024", "2023"}) {
            Fixture f = Fixture.standard(tmp.resolve("eta" + etaYear), 2024).ccn("A1", A1_TIN, "330101", "ETA").bene("B1");
            f.line(f.nextClaimId(), 1, "B1", "OUTPATIENT", "2024-03-01", "2024-03-01", "", "", "1000000002", "330101",
                    "08", "G0463", "", "300", "300", "N");
            f.carrier("B1", T9, "08", "99213", "2024-04-01", "100");
            f.file("eta_hospitals.csv", "ccn,year", "330101," + etaYear);
            assertEquals(etaYear.equals("2024") ? "A1/1" : "unassigned", f.assign().assignmentOf("B1"), etaYear);
        }
    }

    @Test
    void g0463OnACarrierLineDoesNotCount() throws IOException {
        Fixture f = fixture(2024).bene("B1");
        f.carrier("B1", A1_TIN, "08", "G0463", "2024-03-01", "300");
        assertEquals("unassigned", f.assign().assignmentOf("B1"));
    }

    @Test
    void vaTieBreakBetweenAcosUsesChargesWithThatNpiInTheProspectiveW24() throws IOException {
        Fixture f = fixture(2024).professional("A1", A1_TIN, "1000000011", "08")
                .professional("A2", A2_TIN, "1000000011", "08").bene("B1");
        f.designation("B1", "1000000011", null, "2023-06-01");
        f.carrier("B1", A2_TIN, "1000000011", "08", "99214", "11", "2022-03-01", "200");
        f.carrier("B1", A1_TIN, "1000000011", "08", "99214", "11", "2023-05-01", "100");
        f.carrier("B1", A1_TIN, "1000000011", "08", "99214", "11", "2024-03-01", "900");
        Fixture.Result result = f.assign();
        assertEquals("A2/VA", result.assignmentOf("B1"));
    }

    @Test
    void vaDesignationWithATinMapsOnlyThroughThatTin() throws IOException {
        Fixture f = fixture(2024).professional("A1", A1_TIN, "1000000011", "08")
                .professional("A2", A2_TIN, "1000000011", "08").bene("B1");
        f.designation("B1", "1000000011", A1_TIN, "2023-06-01");
        f.carrier("B1", A2_TIN, "1000000011", "08", "99214", "11", "2023-03-01", "900");
        assertEquals("A1/VA", f.assign().assignmentOf("B1"));
    }

    @Test
    void vaCutoffRevocationAndSameDayOrder() throws IOException {
        Fixture f = fixture(2024).professional("A1", A1_TIN, "1000000011", "08")
                .professional("A2", A2_TIN, "1000000022", "08").bene("B1").bene("B2").bene("B3");
        f.designation("B1", "1000000011", null, "2023-12-31");
        f.designation("B1", "1000000022", null, "2024-01-01"); // after the cut-off Dec 31 2023
        f.designation("B2", "1000000011", null, "2023-03-01");
        f.designation("B2", null, null, "2023-05-01"); // revoked: no designation, claims decide
        f.carrier("B2", A2_TIN, "08", "99214", "2024-03-01", "300");
        f.designation("B3", "1000000022", null, "2023-05-01");
        f.designation("B3", "1000000011", null, "2023-05-01"); // same date: the later row wins
        Fixture.Result result = f.assign();
        assertEquals("A1/VA", result.assignmentOf("B1"));
        assertEquals("A2/1", result.assignmentOf("B2"));
        assertEquals("A1/VA", result.assignmentOf("B3"));
    }

    @Test
    void designationToOneAcoBarsClaimsBasedAssignmentToTheOthers() throws IOException {
        Fixture f = fixture(2024).professional("A1", A1_TIN, "1000000011", "08").bene("B1");
        f.designation("B1", "1000000011", null, "2023-06-01");
        f.months("B1", "2023-02", "2023-02", m -> m.put("ma_ghp", "Y")); // fails eligibility on the prospective W12
        f.carrier("B1", A2_TIN, "08", "99214", "2024-03-01", "300");
        assertEquals("unassigned", f.assign().assignmentOf("B1"));
    }

    @Test
    void cbaAlsoIsYesWhenClaimsAloneAssignTheSameAco() throws IOException {
        Fixture f = fixture(2024).professional("A1", A1_TIN, "1000000011", "08").bene("B1").bene("B2");
        f.designation("B1", "1000000011", null, "2023-06-01");
        f.carrier("B1", A1_TIN, "08", "99214", "2024-03-01", "300");
        f.carrier("B2", A1_TIN, "08", "99214", "2024-03-01", "300");
        Fixture.Result result = f.assign();
        assertEquals("Y", result.assignmentRow("B1").get("cba_also"));
        assertEquals("N", result.assignmentRow("B2").get("cba_also"));
        assertEquals("assigned 2 of 2 beneficiaries to 1 ACOs (VA 1, step 1 1, step 2 0, step 3 0)", result.stdout());
    }

    @Test
    void defaultUsResidenceCodesAreTheStatesDcAndTerritories() throws IOException {
        Fixture f = fixture(2024);
        String[] counties = {"53010", "54010", "64010", "99010"};
        for (String county : counties) {
            f.bene("R" + county).months("R" + county, "2024-01", "2024-12", m -> m.put("ssa_state_county", county));
            f.carrier("R" + county, A1_TIN, "08", "99214", "2024-03-01", "300");
        }
        Fixture.Result result = f.assign();
        assertEquals("A1/1", result.assignmentOf("R53010"));
        assertEquals("unassigned", result.assignmentOf("R54010"));
        assertEquals("A1/1", result.assignmentOf("R64010"));
        assertEquals("unassigned", result.assignmentOf("R99010"));
    }

    @Test
    void otherInitiativeAndDeathBeforeTheYearMakeIneligible() throws IOException {
        Fixture f = fixture(2024).bene("B1").bene("B2", "1950-03-01", "2023-12-31").otherInitiative("B1", 2024);
        f.carrier("B1", A1_TIN, "08", "99214", "2024-03-01", "300");
        f.carrier("B2", A1_TIN, "08", "99214", "2024-03-01", "300");
        Fixture.Result result = f.assign();
        assertEquals("unassigned", result.assignmentOf("B1"));
        assertEquals("unassigned", result.assignmentOf("B2"));
    }

    @Test
    void dataCutOffIsThreeMonthsAfterTheWindow() throws IOException {
        Fixture f = fixture(2024).bene("B1").bene("B2");
        f.rawLine("P1,1,B1,CARRIER,2024-12-20,2024-12-20,,111111111,1000000001,,08,99214,11,,300,300,0,0,0,0,0,N,2025-03-31");
        f.rawLine("P2,1,B2,CARRIER,2024-12-20,2024-12-20,,111111111,1000000001,,08,99214,11,,300,300,0,0,0,0,0,N,2025-04-01");
        Fixture.Result result = f.assign();
        assertEquals("A1/1", result.assignmentOf("B1"));
        assertEquals("unassigned", result.assignmentOf("B2"));
    }

    @Test
    void derivedTruncationPointIsTheNearestRankOverAssignableBeneficiaries() throws IOException {
        Fixture f = fixture(2024);
        for (int i = 1; i <= 99; i++) {
            f.bene("P" + i).visit("P" + i, A1_TIN, "2024-02-01").spend("P" + i, "CARRIER", "2024-05-01", String.valueOf(100 * i));
        }
        // assignable but assigned to no ACO: counts for the percentile
        f.bene("X1").visit("X1", T9, "2024-02-01").spend("X1", "CARRIER", "2024-05-01", "10000");
        f.bene("P100").visit("P100", A1_TIN, "2024-02-01").spend("P100", "CARRIER", "2024-05-01", "20000");
        // not assignable: no primary care line; and ineligible (MA): neither counts
        f.bene("N1").spend("N1", "INPATIENT", "2024-05-01", "1000000");
        f.bene("N2").visit("N2", A1_TIN, "2024-02-01").spend("N2", "INPATIENT", "2024-05-01", "1000000");
        f.months("N2", "2024-12", "2024-12", m -> m.put("ma_ghp", "Y"));
        Fixture.Result result = f.assign();
        // 101 values, rank ⌈0.99 × 101⌉ = 100: the 100th smallest is X1's 10,000
        CSVRecord p100 = result.expenditures("P100").get(0);
        assertEquals("20000.00", p100.get("raw"));
        assertEquals("10000.00", p100.get("truncated"));
        assertEquals("9900.00", result.expenditures("P99").get(0).get("truncated"));
    }

    /** The spec names no column for us_residence_codes.csv: an override is read by its first column too. */
    @Test
    void aUsResidenceOverrideIsReadWhateverItsColumnIsCalled() throws IOException {
        for (String header : new String[] {"state_code", "ssa_state"}) {
            Fixture f = Fixture.standard(tmp.resolve("data-" + header), 2024).bene("B1").visit("B1", A1_TIN, "2024-02-01");
            // B1 lives in state 10 (the fixture's default); this override leaves 10 out of the US
            f.file("us_residence_codes.csv", header, "01", "02");
            assertEquals("unassigned", f.assign().assignmentOf("B1"), header + ": residence outside the listed codes");
        }
    }
}
