package gov.cms.ssp.reconciliation.puf;

import gov.cms.ssp.agreement.Track;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The unit conventions of each year family, on small synthetic files. */
class PufReaderTest {

    static PufFile read(int year, String csv) throws IOException {
        return PufReader.read(new StringReader(csv), year, "test.csv");
    }

    private static void assertValue(String expected, PufNumber actual) {
        assertTrue(actual.isPresent(), () -> "no value: " + actual);
        assertEquals(0, new BigDecimal(expected).compareTo(actual.value()), () -> "expected " + expected + " but was " + actual.value());
    }

    static final String HEADER_2018 = "ACO_ID,Current_Track_1,Current_Track_2,Current_Track_3,Current_Track_1_Plus,"
            + "Agreement_Period_Num,Current_Start_Date,N_AB,ABtotBnchmk,ABtotExp,Sav_rate,MinSavPerc,GenSaveLoss,"
            + "EarnSaveLoss,DisAdj,Met_QPS,QualScore,FinalShareRate,RevLossLimit,Rev_Exp_Cat\n";

    @Nested
    class YearFamilies {
        @Test
        void py2015MixesFractionsAndPercentNumbers() throws IOException {
            PufFile f = read(2015, "ACO_Num,Current_Track_1,Current_Track_2,Current_Start_Date,N_AB,ABtotBnchmk,"
                    + "ABtotExp,Sav_rate,MinSavPerc,GenSaveLoss,EarnSaveLoss,Met_QPS,QualScore,FinalShareRate\n"
                    + "A1001,1,0,01/01/2013,10000,100000000,95000000,0.05,0.03,5000000,2254000,1,92.00,46.00\n");
            PufRow r = f.rows().get(0);
            assertAll(
                    () -> assertEquals("A1001", r.acoId()),
                    () -> assertEquals(Track.TRACK_1, r.track()),
                    () -> assertValue("0.03", r.minimumSavingsRate()),
                    () -> assertValue("0.92", r.qualityScore()),
                    () -> assertValue("0.46", r.published().finalShareRate()),
                    // "92.00" is 0.9200 ± 0.00005
                    () -> assertEquals(0, new BigDecimal("0.00005").compareTo(r.qualityScore().halfUnit())));
        }

        @Test
        void py2018UsesFractionsAndTrackFlags() throws IOException {
            PufFile f = read(2018, HEADER_2018
                    + "A1051,0,0,0,1,2,01/01/2016 12:00:00 AM,11569,119984942,112934785,0.058758683,0.01,7050157,3297943,,1,0.9547,0.4773,1,Low Revenue\n"
                    + "A3743,0,0,1,0,1,01/01/2018 12:00:00 AM,6003,86448539,89276593,-0.032713734,0.01,-2828054,-2118244,-2797,0,0.4545,0,0,High Revenue\n");
            PufRow plus = f.rows().get(0);
            PufRow three = f.rows().get(1);
            assertAll(
                    () -> assertEquals(Track.TRACK_1_PLUS, plus.track()),
                    () -> assertEquals(2, plus.agreementPeriodNumber()),
                    () -> assertEquals(LocalDate.of(2016, 1, 1), plus.agreementStart()),
                    () -> assertValue("0.9547", plus.qualityScore()),
                    () -> assertValue("0.01", plus.minimumSavingsRate()),
                    () -> assertEquals(PufNumber.Presence.EMPTY, plus.disasterAdjustment().presence()),
                    () -> assertEquals(Boolean.TRUE, plus.revenueBasedLossLimit()),
                    () -> assertEquals(Boolean.TRUE, plus.lowRevenue()),
                    () -> assertEquals(Track.TRACK_3, three.track()),
                    () -> assertValue("-2797", three.disasterAdjustment()),
                    () -> assertValue("-2828054", three.published().generatedSavingsLosses()),
                    () -> assertEquals(Boolean.FALSE, three.metQualityStandard()),
                    () -> assertNull(three.metAlternativeStandard()));
        }

        @Test
        void py2021WritesPercentStringsAndThousandsSeparators() throws IOException {
            PufFile f = read(2021, "ACO_ID,Current_Track,Current_Start_Date,N_AB,ABtotBnchmk,ABtotExp,Sav_rate,"
                    + "MinSavPerc,GenSaveLoss,EarnSaveLoss,DisAdj,Met_QPS,QualScore,FinalShareRate,FinalLossRate\n"
                    + "A1001,EN,07/01/2019,\"77,372\",\"1,072,551,536\",\"988,320,179\",7.85%,2.00%,\"84,231,357\",\"61,910,047\",0,1,91.26%,75.00%,40.00%\n"
                    + "A1002,B,01/01/2020,\"6,120\",\"70,000,000\",\"71,000,000\",-1.43%,3.58%,0,0,-,*,*,40.00%,\n");
            PufRow en = f.rows().get(0);
            PufRow b = f.rows().get(1);
            assertAll(
                    () -> assertEquals(Track.ENHANCED, en.track()),
                    () -> assertValue("77372", en.assignedBeneficiaries()),
                    () -> assertValue("1072551536", en.totalBenchmark()),
                    () -> assertValue("84231357", en.published().generatedSavingsLosses()),
                    () -> assertValue("0.02", en.minimumSavingsRate()),
                    () -> assertValue("0.9126", en.qualityScore()),
                    () -> assertValue("0.40", en.published().finalLossRate()),
                    () -> assertEquals(0, new BigDecimal("0.00005").compareTo(en.published().finalShareRate().halfUnit())),
                    () -> assertEquals(Track.BASIC_B, b.track()),
                    () -> assertEquals(PufNumber.Presence.NOT_APPLICABLE, b.disasterAdjustment().presence()),
                    () -> assertNull(b.metQualityStandard()),
                    () -> assertEquals(PufNumber.Presence.SUPPRESSED, b.qualityScore().presence()),
                    () -> assertEquals(PufNumber.Presence.EMPTY, b.published().finalLossRate().presence()));
        }

        @Test
        void py2023IsReadFromTheRealLayout() throws IOException {
            PufFile f = read(2023, "ACO_ID,ACO_Name,Current_Start_Date,Current_Track,Risk_Model,N_AB,Sav_rate,MinSavPerc,"
                    + "BnchmkMinExp,GenSaveLoss,DisAdj,EarnSaveLoss,Met_QPS,Met_AltQPS,QualScore,ABtotBnchmk,ABtotExp,"
                    + "FinalShareRate,FinalLossRate\r\n"
                    + "A2029,\"Some ACO, LLC\",01/01/2022,EN,Two-Sided,36551,-3.86%,0.00%,-15884998,-15884998,-2649296,"
                    + "-3704703,1,-,82.45%,411787704,427672702,75.00%,40.00%\r\n");
            PufRow r = f.rows().get(0);
            assertAll(
                    () -> assertEquals(Track.ENHANCED, r.track()),
                    () -> assertValue("0", r.minimumSavingsRate()),
                    () -> assertValue("0.8245", r.qualityScore()),
                    () -> assertNull(r.metAlternativeStandard()),
                    () -> assertValue("-2649296", r.disasterAdjustment()));
        }

        @Test
        void py2024WritesPlainPercentNumbers() throws IOException {
            PufFile f = read(2024, "aco_id,Current_Track,Current_Start_Date,N_AB,ABtotBnchmk,ABtotExp,Sav_rate,"
                    + "MinSavPerc,GenSaveLoss,EarnSaveLoss,Met_QPS,Met_AltQPS,QualScore,FinalShareRate,FinalLossRate,"
                    + "ReducedSS,Guardrail,Rev_Exp_Cat\n"
                    + "A5001,C,01/01/2024,12000,100000000,99000000,1,2.9,1000000,245000,1,0,77.05,50,30,1,0,Low Revenue\n");
            PufRow r = f.rows().get(0);
            assertAll(
                    () -> assertEquals(Track.BASIC_C, r.track()),
                    () -> assertValue("0.029", r.minimumSavingsRate()),
                    () -> assertValue("0.7705", r.qualityScore()),
                    () -> assertValue("0.50", r.published().finalShareRate()),
                    () -> assertValue("0.30", r.published().finalLossRate()),
                    () -> assertEquals(Boolean.TRUE, r.reducedSharing()),
                    () -> assertEquals(Boolean.FALSE, r.guardrail()),
                    () -> assertEquals(Boolean.FALSE, r.metAlternativeStandard()));
        }

        @Test
        void percentStringsAreUnderstoodInAnyYear() throws IOException {
            PufFile f = read(2019, HEADER_2018.replace("Current_Track_1_Plus", "Unused")
                    + "A1,1,0,0,0,1,07/01/2019,6000,1000,900,10.00%,3.60%,100,44,,1,90.00%,45.00%,0,Low Revenue\n");
            assertValue("0.036", f.rows().get(0).minimumSavingsRate());
            assertFalse(f.rows().get(0).revenueBasedLossLimit());
        }
    }

    @Nested
    class Dates {
        @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
        @org.junit.jupiter.params.provider.ValueSource(strings = {"01/01/2016", "1/1/16", "1/1/16 00:00",
                "01/01/2016 12:00:00 AM", "1/1/2016 0:00", "2016-01-01"})
        void everyWayCopiesWriteTheStartDate(String date) throws IOException {
            PufFile f = read(2018, HEADER_2018
                    + "A1,1,0,0,0,1," + date + ",6000,1000,900,0.1,0.036,100,44,,1,0.9,0.45,0,Low Revenue\n");
            assertEquals(LocalDate.of(2016, 1, 1), f.rows().get(0).agreementStart());
        }

        @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
        @org.junit.jupiter.params.provider.ValueSource(strings = {"2/30/16", "13/1/2016", "1/1", "1/1/16 noon", "Jan 1 2016"})
        void anythingElseNamesRowAndColumn(String date) {
            PufFormatException e = assertThrows(PufFormatException.class, () -> read(2018, HEADER_2018
                    + "A1,1,0,0,0,1," + date + ",6000,1000,900,0.1,0.036,100,44,,1,0.9,0.45,0,Low Revenue\n"));
            assertTrue(e.getMessage().startsWith("test.csv: row 1 (line 2), column Current_Start_Date: "), e.getMessage());
        }

        @Test
        void anAgreementStartingAfterThePyMeansTheWrongYear() {
            PufFormatException e = assertThrows(PufFormatException.class, () -> read(2018, HEADER_2018
                    + "A1,1,0,0,0,1,1/1/19,6000,1000,900,0.1,0.036,100,44,,1,0.9,0.45,0,Low Revenue\n"));
            assertTrue(e.getMessage().contains("column Current_Start_Date: the agreement starts 1/1/19, after PY2018"),
                    e.getMessage());
        }
    }

    @Nested
    class BadInput {
        private PufFormatException failure(int year, String csv) {
            return assertThrows(PufFormatException.class, () -> read(year, csv));
        }

        @Test
        void missingRequiredColumnIsNamed() {
            PufFormatException e = failure(2018, HEADER_2018.replace("ABtotExp,", "") + "A1,1,0,0,0\n");
            assertTrue(e.getMessage().contains("header"), e.getMessage());
            assertTrue(e.getMessage().contains("column ABtotExp"), e.getMessage());
            assertEquals("ABtotExp", e.column());
        }

        @Test
        void malformedNumberNamesRowAndColumn() {
            PufFormatException e = failure(2018, HEADER_2018
                    + "A1,1,0,0,0,1,01/01/2016,6000,1000,900,0.1,0.036,100,44,,1,0.9,0.45,0,Low Revenue\n"
                    + "A2,1,0,0,0,1,01/01/2016,60x0,1000,900,0.1,0.036,100,44,,1,0.9,0.45,0,Low Revenue\n");
            assertTrue(e.getMessage().contains("row 2 (line 3), column N_AB: malformed number '60x0'"), e.getMessage());
            assertEquals(2, e.row());
        }

        @Test
        void misplacedThousandsSeparatorIsMalformed() {
            PufFormatException e = failure(2021, "ACO_ID,Current_Track,Current_Start_Date,N_AB,ABtotBnchmk,ABtotExp,"
                    + "MinSavPerc,GenSaveLoss,EarnSaveLoss,Met_QPS,QualScore,FinalShareRate\n"
                    + "A1,E,01/01/2021,6000,\"1,00,000\",900,2.00%,0,0,1,90.00%,50.00%\n");
            assertTrue(e.getMessage().contains("row 1 (line 2), column ABtotBnchmk"), e.getMessage());
        }

        @Test
        void unknownTrackNamesRowAndColumn() {
            PufFormatException e = failure(2023, "ACO_ID,Current_Track,Current_Start_Date,N_AB,ABtotBnchmk,ABtotExp,"
                    + "MinSavPerc,GenSaveLoss,EarnSaveLoss,Met_QPS,QualScore,FinalShareRate\n"
                    + "A1,F,01/01/2021,6000,1000,900,2.00%,0,0,1,90.00%,50.00%\n");
            assertTrue(e.getMessage().contains("row 1 (line 2), column Current_Track: unknown track 'F'"), e.getMessage());
        }

        @Test
        void rowWithoutATrackFlagIsAnUnknownTrack() {
            PufFormatException e = failure(2018, HEADER_2018
                    + "A1,0,0,0,0,1,01/01/2016,6000,1000,900,0.1,0.036,100,44,,1,0.9,0.45,0,Low Revenue\n");
            assertTrue(e.getMessage().contains("row 1") && e.getMessage().contains("unknown track"), e.getMessage());
        }

        @Test
        void yearOutsideTheFamilyIsRefused() {
            PufFormatException early = failure(2012, HEADER_2018);
            assertTrue(early.getMessage().contains("year 2012 is outside the PUF family 2013–2024"), early.getMessage());
            assertThrows(PufFormatException.class, () -> read(2025, HEADER_2018));
        }

        @Test
        void fractionAmongPercentNumbersIsRefused() {
            PufFormatException e = failure(2018, HEADER_2018
                    + "A1,1,0,0,0,1,01/01/2016,6000,1000,900,0.1,0.036,100,44,,1,90.84,0.45,0,Low Revenue\n"
                    + "A2,1,0,0,0,1,01/01/2016,6000,1000,900,0.1,0.036,100,44,,1,0.9084,0.45,0,Low Revenue\n");
            assertTrue(e.getMessage().contains("row 2 (line 3), column QualScore: '0.9084' looks like a fraction"),
                    e.getMessage());
        }

        @Test
        void percentStringColumnNeedsTheSignInEveryCell() {
            PufFormatException e = failure(2022, "ACO_ID,Current_Track,Current_Start_Date,N_AB,ABtotBnchmk,ABtotExp,"
                    + "MinSavPerc,GenSaveLoss,EarnSaveLoss,Met_QPS,QualScore,FinalShareRate\n"
                    + "A1,E,01/01/2021,6000,1000,900,2.00%,0,0,1,90.00%,50.00%\n"
                    + "A2,E,01/01/2021,6000,1000,900,2.00,0,0,1,90.00%,50.00%\n");
            assertTrue(e.getMessage().contains("row 2 (line 3), column MinSavPerc: '2.00' lacks the % sign"), e.getMessage());
        }

        @Test
        void rowOfAnotherYearIsRefused() {
            PufFormatException e = failure(2018, HEADER_2018.replace("\n", ",year\n")
                    + "A1,1,0,0,0,1,01/01/2016,6000,1000,900,0.1,0.036,100,44,,1,0.9,0.45,0,Low Revenue,2017\n");
            assertTrue(e.getMessage().contains("header, column year: the file's year column says 2017"), e.getMessage());
        }

        @Test
        void malformedDateNamesTheColumn() {
            PufFormatException e = failure(2018, HEADER_2018
                    + "A1,1,0,0,0,1,sometime,6000,1000,900,0.1,0.036,100,44,,1,0.9,0.45,0,Low Revenue\n");
            assertTrue(e.getMessage().contains("column Current_Start_Date"), e.getMessage());
        }
    }
}
