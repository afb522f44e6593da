package gov.cms.ssp.reconciliation.puf;

import gov.cms.ssp.agreement.Track;
import gov.cms.ssp.reconciliation.PerformancePeriod;
import gov.cms.ssp.reconciliation.ReconciliationEngine;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The layouts of the years not in shared/ (2013, 2014, 2019, 2021, 2024), as small files built from
 * the rules README and, for 2013 and 2014, rows of CMS's files. Every expected amount is worked by
 * hand in the comment beside it; outcome cells are left empty where the row must be computed.
 */
class LayoutFamilyTest {

    private final PublishedResultCheck check = new PublishedResultCheck(ReconciliationEngine.withStandardParameters());

    private Map<String, RowVerdict> reconcile(int year, String csv) throws IOException {
        CheckReport report = check.check(PufReader.read(new StringReader(csv), year, "PY" + year + ".csv"));
        return report.verdicts().stream().collect(Collectors.toMap(v -> v.row().acoId(), Function.identity()));
    }

    private static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
    }

    private static void assertStatus(CheckStatus expected, RowVerdict v) {
        assertEquals(expected, v.status(), () -> v.row().acoId() + ": " + v.reason());
    }

    @Test
    void py2013LongHeadersWithTheirOwnColumns() throws IOException {
        Map<String, RowVerdict> v = reconcile(2013, "ACO Identifier,ACO Name,Start Date,Track 2 ACO,Quality Score,"
                + "Quality Performance Sharing Rate,Final sharing rate,Minimum Savings Rate (%),"
                + "Total benchmark expenditures ($),Total expenditures ($),Total savings/losses ($),Shared Savings ($),"
                + "Shared Losses ($),Total number of assigned beneficiaries\n"
                // 39,568,834.90 × 50% × 0.98 = 19,388,729.10; N 36,268 -> MSR 2.5% − 0.3% × 16,268 / 29,999
                + "A67373,Palm Beach,07/01/2012,0,1,0.5,0.5,0.023373146%,$613084880.40,$573516045.50,$39568834.84,"
                + "$19388729.07,$0.00,36268\n"
                // Track 2, flat 2%: 20,239,381.40 × 60% × 0.98 = 11,900,756.26
                + "A85439,RGV,04/01/2012,1,1,,,0.02%,$140825861.30,$120586479.90,,,,7089\n"
                // quality not reported (0): nothing shared
                + "A61599,Florida,04/01/2012,0,0,0.5,0,0.030215215%,$133909340.40,$125681373.50,,,,9784\n");
        assertAll(
                () -> assertStatus(CheckStatus.REPRODUCED, v.get("A67373")),
                () -> assertAmount("19388729", v.get("A67373").earnedSavingsLosses()),
                () -> assertAmount("0.023373146", v.get("A67373").minimumSavingsRate().setScale(9, java.math.RoundingMode.HALF_UP)),
                () -> assertStatus(CheckStatus.COMPUTED, v.get("A85439")),
                () -> assertEquals(Track.TRACK_2, v.get("A85439").row().track()),
                () -> assertAmount("11900756", v.get("A85439").earnedSavingsLosses()),
                () -> assertAmount("0", v.get("A61599").earnedSavingsLosses()),
                () -> assertAmount("0", v.get("A61599").finalShareRate()));
    }

    @Test
    void py2013FileWithCmsShiftedHeaderIsReadOverItsCells() throws IOException, URISyntaxException {
        // rows of CMS's PY2013 file as data.cms.gov serves it (header one name short, see ShiftedHeader2013)
        CheckReport report = check.check(PufReader.read(PublishedResultsOracleTest.resource("PY2013_ACO_results_excerpt.csv"), 2013));
        assertEquals("reproduced 10 of 10 checkable rows (0 not checkable)", report.summaryLine());
        RowVerdict palmBeach = report.verdicts().get(0);
        assertAmount("36268", palmBeach.row().assignedBeneficiaries().value());
        assertAmount("573516045.50", palmBeach.row().totalExpenditures().value());
    }

    @Test
    void py2014AcoNumTrackColumnsAndPayForReporting() throws IOException {
        Map<String, RowVerdict> v = reconcile(2014, "ACO_Num,ACO_NAME,Start_Date,Track1,Track2,Adv_Pay,N_AB,Sav_rate,"
                + "MinSavPerc,BnchmkMinExp,GenSaveLoss,EarnSaveLoss,QualScore,ABtotBnchmk,ABtotExp,Adv_Pay_Amt,"
                + "Adv_Pay_Recoup,QualPerfShare,FinalShareRate\n"
                // CMS's row: 32,173,449 × 50% × 0.916964286 × 0.98 = 14,455,932.7
                + "A67373,Palm Beach,07/01/2012,1,0,0,34601,7.135345566,2.353985133,32173449,32173449,14455933,"
                + "0.916964286,450902466,418729017,,,0.5,0.458482143\n"
                // CMS's row, Track 2 in PY2 of its agreement, flat 2%: 13,767,494 × 60% × 0.930022321 × 0.98
                + "A85439,RGV,4/1/12,0,1,1,7863,12.6924469,2,13767494,13767494,7528797,0.930022321,108469972,"
                + "94702479,0,0,0.6,0.558013393\n"
                // first PY, paid for reporting: 5,000,000 × 50% × 0.98 = 2,450,000, of which 400,000 recouped
                + "A99999,New,1/1/14 00:00,1,0,1,10000,,3,,,,P4R,100000000,95000000,400000,400000,,\n");
        assertAll(
                () -> assertStatus(CheckStatus.REPRODUCED, v.get("A67373")),
                () -> assertStatus(CheckStatus.REPRODUCED, v.get("A85439")),
                () -> assertStatus(CheckStatus.COMPUTED, v.get("A99999")),
                () -> assertTrue(v.get("A99999").row().payForReporting()),
                () -> assertAmount("0.5", v.get("A99999").finalShareRate()),
                () -> assertAmount("2450000", v.get("A99999").earnedSavingsLosses()),
                () -> assertAmount("2050000", v.get("A99999").result().settlement()),
                () -> assertEquals(RateNotation.PERCENT_NUMBER,
                        PufReader.read(new StringReader("ACO_Num,Start_Date,Track1,Track2,N_AB,MinSavPerc,QualScore,"
                                + "ABtotBnchmk,ABtotExp\nA1,1/1/14,1,0,10000,3,P4R,100,90\n"), 2014, "t.csv")
                                .layout().notationOf(PufColumns.MIN_SAV_PERC)));
    }

    private static final String HEADER_2019 = "ACO_ID,Current_Track_1,Current_Track_2,Current_Track_3,Current_Track_1_Plus,"
            + "Current_BASIC_A,Current_BASIC_B,Current_BASIC_C,Current_BASIC_D,Current_BASIC_E,Current_ENHANCED,"
            + "Performance_Period,Current_Start_Date,N_AB,ABtotBnchmk,ABtotExp,MinSavPerc,Met_QPS,QualScore,"
            + "GenSaveLoss,EarnSaveLoss,FinalShareRate\n";

    @Test
    void py2019SixMonthFilesWithBasicColumnsAndTheirOwnFlag() throws IOException {
        Map<String, RowVerdict> v = reconcile(2019, HEADER_2019
                // Level B, July–December: 10,000,000 × 40% × 90% (no sequestration in PY2019) × 6 / 12
                + "A1,0,0,0,0,0,1,0,0,0,0,July - December 2019,07/01/2019,20000,200000000,190000000,0.025,1,90,,,\n"
                // Track 1 to June 30, 2019: 20,000,000 × 50% = 10,000,000, at the 10% payment limit, × 6 / 12
                + "A2,1,0,0,0,0,0,0,0,0,0,January - June 2019,01/01/2016,10000,100000000,80000000,0.03,1,100,,,\n"
                // ENHANCED, July–December: 30,000,000 × (1 − 75% × 80%) = 12,000,000 owed, × 6 / 12
                + "A3,0,0,0,0,0,0,0,0,0,1,July - December 2019,07/01/2019,30000,300000000,330000000,0.02,1,80,,,\n"
                // Level C losses: 2% of revenue, which the file does not have
                + "A4,0,0,0,0,0,0,1,0,0,0,July - December 2019,07/01/2019,30000,300000000,330000000,0.02,1,80,,,\n"
                // Track 3 for the whole year: 9,000,000 × 75% × 90% = 6,075,000 (published), no sequestration
                + "A5,0,0,1,0,0,0,0,0,0,0,January - December 2019,01/01/2018,15000,150000000,141000000,0.02,1,90,"
                + "9000000,6075000,0.675\n");
        assertAll(
                () -> assertEquals(PerformancePeriod.JULY_TO_DECEMBER_2019, v.get("A1").row().period()),
                () -> assertEquals(Track.BASIC_B, v.get("A1").row().track()),
                () -> assertAmount("1800000", v.get("A1").earnedSavingsLosses()),
                () -> assertEquals(PerformancePeriod.JANUARY_TO_JUNE_2019, v.get("A2").row().period()),
                () -> assertAmount("5000000", v.get("A2").earnedSavingsLosses()),
                () -> assertAmount("-6000000", v.get("A3").earnedSavingsLosses()),
                () -> assertStatus(CheckStatus.NOT_CHECKABLE, v.get("A4")),
                () -> assertTrue(v.get("A4").reason().contains("participant revenue"), v.get("A4").reason()),
                () -> assertStatus(CheckStatus.REPRODUCED, v.get("A5")),
                () -> assertEquals(PerformancePeriod.FULL_YEAR, v.get("A5").row().period()));
    }

    @Test
    void py2019SixMonthFlagMustFitTheAgreement() {
        PufFormatException e = assertThrows(PufFormatException.class, () -> reconcile(2019, HEADER_2019
                + "A1,0,1,0,0,0,0,0,0,0,0,July - December 2019,01/01/2017,20000,200000000,190000000,0.02,1,90,,,\n"));
        assertTrue(e.getMessage().contains("PY2019.csv: row 1 (line 2), column Performance_Period"), e.getMessage());
    }

    @Test
    void py2021ThousandsSeparatorsAndForgivenLosses() throws IOException {
        Map<String, RowVerdict> v = reconcile(2021, "ACO_ID,Current_Track,Current_Start_Date,N_AB,ABtotBnchmk,ABtotExp,"
                + "MinSavPerc,Met_QPS,QualScore,GenSaveLoss,EarnSaveLoss,FinalShareRate,FinalLossRate,DisAdj\n"
                // 84,231,357 × 75% × 0.98 = 61,910,047.4
                + "A1,EN,07/01/2019,\"77,372\",\"1,072,551,536\",\"988,320,179\",2.00%,1,91.26%,,,,,\n"
                // Level E losses of 10%: forgiven in full (COVID-19), so the revenue-based limit does not matter
                + "A2,E,01/01/2021,\"12,000\",\"100,000,000\",\"110,000,000\",1.00%,1,80.00%,,,,,\n"
                // the quality standard failed: nothing shared
                + "A3,B,01/01/2021,\"12,000\",\"100,000,000\",\"95,000,000\",2.60%,0,40.00%,,,,,\n");
        assertAll(
                () -> assertAmount("61910047", v.get("A1").earnedSavingsLosses()),
                () -> assertEquals("75.00%", RateNotation.PERCENT_STRING.format(v.get("A1").finalShareRate())),
                () -> assertStatus(CheckStatus.COMPUTED, v.get("A2")),
                () -> assertAmount("0", v.get("A2").earnedSavingsLosses()),
                () -> assertAmount("-10000000", v.get("A2").generatedSavingsLosses()),
                () -> assertAmount("0", v.get("A3").earnedSavingsLosses()));
    }

    @Test
    void py2024PlainPercentsGuardrailAndReducedSharing() throws IOException {
        Map<String, RowVerdict> v = reconcile(2024, "ACO_ID,Current_Track,Current_Start_Date,N_AB,ABtotBnchmk,ABtotExp,"
                + "MinSavPerc,Met_QPS,Met_AltQPS,QualScore,GenSaveLoss,EarnSaveLoss,FinalShareRate,FinalLossRate,"
                + "ReducedSS,Guardrail,Rev_Exp_Cat\n"
                // low revenue, 2024 agreement, 1% under a 2% MSR: 1,000,000 × 25% × 0.98 = 245,000
                + "R1,C,01/01/2024,12000,100000000,99000000,2,1,-,80,,,,,1,0,Low Revenue\n"
                // guardrail, 0% MSR, small savings against the guardrail benchmark: not shared
                + "G1,EN,01/01/2024,12000,100000000,99500000,0,1,-,80,,,,,0,1,High Revenue\n"
                // guardrail with losses: 5,000,000 × (1 − 75% × 80%) = 2,000,000
                + "G2,EN,01/01/2024,12000,100000000,105000000,0,1,-,80,,,,,0,1,High Revenue\n"
                // alternative standard only: 40% × 60% = 24%; N 10,000 -> MSR 3%; 5,000,000 × 24% × 0.98
                + "Q1,A,01/01/2024,10000,100000000,95000000,3,0,1,60,,,,,0,0,High Revenue\n");
        assertAll(
                () -> assertAmount("245000", v.get("R1").earnedSavingsLosses()),
                () -> assertAmount("0", v.get("G1").earnedSavingsLosses()),
                () -> assertAmount("0", v.get("G1").generatedSavingsLosses()),
                () -> assertAmount("-2000000", v.get("G2").earnedSavingsLosses()),
                () -> assertAmount("0.24", v.get("Q1").finalShareRate()),
                () -> assertAmount("1176000", v.get("Q1").earnedSavingsLosses()),
                () -> assertEquals("24.00", RateNotation.PERCENT_NUMBER.format(v.get("Q1").finalShareRate())));
    }
}
