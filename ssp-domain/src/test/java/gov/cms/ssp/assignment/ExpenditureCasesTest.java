package gov.cms.ssp.assignment;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static gov.cms.ssp.assignment.Fixture.A1_TIN;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Spec section H cases 18–20 (expenditures, types, truncation, ACO totals) and the COVID-19 episode check. */
class ExpenditureCasesTest {

    @TempDir
    Path tmp;

    private Fixture fixture(int py) {
        return Fixture.standard(tmp.resolve("data"), py);
    }

    private static Map<String, CSVRecord> byType(List<CSVRecord> rows) {
        return rows.stream().collect(Collectors.toMap(r -> r.get("type"), r -> r));
    }

    @Test
    void case18_deathMidYearAnnualisesAndTruncates() throws IOException {
        Fixture f = fixture(2024).bene("B1", "1950-03-01", "2024-06-15").visit("B1", A1_TIN, "2024-02-01");
        f.spend("B1", "INPATIENT", "2024-03-20", "80000");
        f.file("truncation_thresholds.csv", "year,enrollment_type,amount", "2024,AGND,100000");
        Fixture.Result result = f.assign();
        assertEquals("A1/1", result.assignmentOf("B1"));
        CSVRecord row = byType(result.expenditures("B1")).get("AGND");
        assertEquals("6", row.get("months"));
        assertEquals("0.500000", row.get("person_years"));
        assertEquals("80000.00", row.get("raw"));
        assertEquals("160000.00", row.get("annualised"));
        assertEquals("50000.00", row.get("truncated"));
        assertEquals(1, result.expenditures("B1").size());
    }

    @Test
    void case19_monthsAndSpendFollowTheEnrollmentTypeOfEachMonth() throws IOException {
        Fixture f = fixture(2024).bene("B1").visit("B1", A1_TIN, "2024-02-01");
        f.months("B1", "2024-01", "2024-12", m -> m.put("dual_status", "02"));
        f.months("B1", "2024-10", "2024-12", m -> m.put("esrd", "Y"));
        f.spend("B1", "CARRIER", "2024-03-15", "1000");
        Map<String, CSVRecord> rows = byType(f.assign().expenditures("B1"));
        assertEquals("0.750000", rows.get("AGDU").get("person_years"));
        assertEquals("1000.00", rows.get("AGDU").get("raw"));
        assertEquals("0.250000", rows.get("ESRD").get("person_years"));
        assertEquals("0.00", rows.get("ESRD").get("raw"));
    }

    @Test
    void case20_acoTotalsAndTheirIdentities() throws IOException {
        Fixture f = fixture(2024).bene("B1").bene("B2", "1950-03-01", "2024-06-10").bene("B3");
        // B3: AGND January–June, aged dual July–December
        f.months("B3", "2024-07", "2024-12", m -> m.put("dual_status", "02"));
        for (String bene : List.of("B1", "B2", "B3")) {
            f.visit(bene, A1_TIN, "2024-02-01");
        }
        f.spend("B1", "INPATIENT", "2024-04-30", "12000");
        f.spend("B2", "CARRIER", "2024-05-05", "3000");
        f.spend("B3", "OUTPATIENT", "2024-03-05", "4000");
        f.spend("B3", "OUTPATIENT", "2024-09-05", "8000");
        f.file("truncation_thresholds.csv", "year,enrollment_type,amount", "2024,AGND,1000000", "2024,AGDU,1000000",
                "2024,ESRD,1000000", "2024,DIS,1000000");
        f.file("completion_factors.csv", "year,factor", "2024,1.0");
        Fixture.Result result = f.assign();
        CSVRecord agnd = result.summary("A1", "AGND");
        CSVRecord agdu = result.summary("A1", "AGDU");
        CSVRecord total = result.summary("A1", "TOTAL");
        assertEquals("2.000000", agnd.get("person_years"));
        assertEquals("9500.00", agnd.get("per_capita"));
        assertEquals("0.500000", agdu.get("person_years"));
        assertEquals("16000.00", agdu.get("per_capita"));
        assertEquals("2.500000", total.get("person_years"));
        assertEquals("10800.00", total.get("per_capita"));
        assertEquals("27000.00", total.get("expenditure"));
        assertEquals("3", total.get("n_ab"));
        // ABtotBnchmk = UB × PY with the spec's UB of $11,000 (the engine's figure, from these outputs)
        assertEquals(0, new BigDecimal("27500").compareTo(new BigDecimal("11000").multiply(new BigDecimal(total.get("person_years")))));
        assertEquals("", result.summary("A1", "ESRD").get("per_capita"));
        assertEquals(10, result.rows(AssignmentPipeline.ACO_SUMMARY).size(), "five rows for each of A1 and A2");
    }

    @Test
    void completionFactorScalesAcoTotalsAfterTruncation() throws IOException {
        Fixture f = fixture(2024).bene("B1").visit("B1", A1_TIN, "2024-02-01");
        f.spend("B1", "INPATIENT", "2024-04-30", "12000");
        f.file("truncation_thresholds.csv", "year,enrollment_type,amount", "2024,AGND,10000");
        f.file("completion_factors.csv", "year,factor", "2024,1.01");
        Fixture.Result result = f.assign();
        assertEquals("10000.00", byType(result.expenditures("B1")).get("AGND").get("truncated"));
        assertEquals("10100.00", result.summary("A1", "AGND").get("expenditure"));
        assertEquals("10100.00", result.summary("A1", "AGND").get("per_capita"));
    }

    @Test
    void covidEpisodeExcludesTheAdmissionMonthThroughTheMonthAfterDischarge() throws IOException {
        Fixture f = fixture(2024).bene("B1").visit("B1", A1_TIN, "2022-06-01");
        // the trigger stay is processed after the run-out: triggers count whatever their processed date (spec J)
        f.rawLine("S1,1,B1,INPATIENT,2022-01-10,2022-01-20,2022-01-10,,,100001,,,,0100,20000,20000,0,0,0,0,0,Y,2023-06-01");
        f.spend("B1", "CARRIER", "2022-02-14", "500");
        f.spend("B1", "CARRIER", "2022-03-01", "300");
        Fixture.Result result = f.assign(2022);
        assertEquals("A1/1", result.assignmentOf("B1"));
        CSVRecord row = byType(result.expenditures("B1")).get("AGND");
        assertEquals("300.00", row.get("raw"));
        assertEquals("12", row.get("months"));
    }

    @Test
    void excludedPaymentsAndRunOutAreTakenOff() throws IOException {
        Fixture f = fixture(2024).bene("B1").visit("B1", A1_TIN, "2024-02-01");
        f.rawLine("S1,1,B1,INPATIENT,2024-04-01,2024-04-05,2024-04-01,,,100001,,,,0100,9000,9000,500,300,100,50,25,N,2024-05-01");
        f.rawLine("S2,1,B1,CARRIER,2024-12-20,2024-12-20,,999999999,,,,,,,700,700,0,0,0,0,0,N,2025-03-31");
        f.rawLine("S3,1,B1,CARRIER,2024-12-21,2024-12-21,,999999999,,,,,,,900,900,0,0,0,0,0,N,2025-04-01");
        CSVRecord row = byType(f.assign().expenditures("B1")).get("AGND");
        assertEquals("8725.00", row.get("raw"), "9,000 − 975 excluded + 700 processed by Mar 31; the April line is out");
    }

    /** Found by an independent implementation: E′ = T·m/12 is not a finite decimal, its sum must still round right. */
    @Test
    void truncatedAmountsAddExactlySoAHalfCentRoundsUp() throws IOException {
        Fixture f = fixture(2024);
        for (String bene : List.of("B1", "B2", "B3")) {
            f.bene(bene).visit(bene, A1_TIN, "2024-01-10");
            f.noMonths(bene, "2024-02", "2024-12");
            f.months(bene, "2024-01", "2024-01", m -> m.put("disabled", "Y"));
            f.spend(bene, "CARRIER", "2024-01-10", "9000");
        }
        f.file("truncation_thresholds.csv", "year,enrollment_type,amount", "2024,DIS,2500.06");
        Fixture.Result result = f.assign();
        // 3 × 2500.06 / 12 = 625.015 exactly, half-up 625.02 (a sum of 34-digit quotients gives 625.01)
        assertEquals("625.02", result.summary("A1", "DIS").get("expenditure"));
        assertEquals("625.02", result.summary("A1", "TOTAL").get("expenditure"));
        assertEquals("208.34", result.expenditures("B1").get(0).get("truncated"), "each beneficiary's E′ 208.338333…");
    }

    @Test
    void theCompletionFactorMultipliesTheExactSum() throws IOException {
        Fixture f = fixture(2024).bene("B1").visit("B1", A1_TIN, "2024-01-10").bene("B2").visit("B2", A1_TIN, "2024-01-10");
        f.noMonths("B2", "2024-02", "2024-12");
        f.spend("B1", "CARRIER", "2024-03-10", "519");
        f.spend("B2", "CARRIER", "2024-01-10", "9000");
        f.file("truncation_thresholds.csv", "year,enrollment_type,amount", "2024,AGND,2500");
        f.file("completion_factors.csv", "year,factor", "2024,1.0125");
        // (519 + 2500/12) × 1.0125 = 736.425 exactly, half-up 736.43
        assertEquals("736.43", f.assign().summary("A1", "AGND").get("expenditure"));
    }
}
