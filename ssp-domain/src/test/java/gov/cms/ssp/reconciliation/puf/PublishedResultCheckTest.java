package gov.cms.ssp.reconciliation.puf;

import gov.cms.ssp.reconciliation.ReconciliationEngine;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checker on synthetic rows, where the right answer is worked by hand. */
class PublishedResultCheckTest {

    private final PublishedResultCheck check = new PublishedResultCheck(ReconciliationEngine.withStandardParameters());

    private CheckReport checkOf(int year, String csv) throws IOException {
        return check.check(PufReader.read(new StringReader(csv), year, "synthetic.csv"));
    }

    @Test
    void reproducesAHandWorked2015Row() throws IOException {
        // N 10,000 -> MSR 3%; 5,000,000 × 0.5 × 0.92 × 0.98 = 2,254,000
        CheckReport report = checkOf(2015, "ACO_Num,Current_Track_1,Current_Track_2,Current_Start_Date,N_AB,"
                + "ABtotBnchmk,ABtotExp,MinSavPerc,GenSaveLoss,EarnSaveLoss,Met_QPS,QualScore,FinalShareRate\n"
                + "A1,1,0,01/01/2013,10000,100000000,95000000,0.03,5000000,2254000,1,92.00,46.00\n"
                + "A2,1,0,01/01/2013,10000,100000000,95000000,0.03,5000000,2264000,1,92.00,46.00\n");
        assertEquals(CheckStatus.REPRODUCED, report.verdicts().get(0).status(), report.verdicts().get(0).reason());
        RowVerdict wrong = report.verdicts().get(1);
        assertEquals(CheckStatus.DIFFERS, wrong.status());
        assertTrue(wrong.reason().contains("EarnSaveLoss computed 2254000, published 2264000"), wrong.reason());
        assertEquals("reproduced 1 of 2 checkable rows (0 not checkable)", report.summaryLine());
    }

    @Test
    void reproducesAHandWorked2024ReducedSharingRow() throws IOException {
        // low-revenue BASIC C, 2024 agreement, 1% savings under a 2% MSR: 1,000,000 × 25% × 0.98
        CheckReport report = checkOf(2024, "ACO_ID,Current_Track,Current_Start_Date,N_AB,ABtotBnchmk,ABtotExp,"
                + "MinSavPerc,GenSaveLoss,EarnSaveLoss,Met_QPS,Met_AltQPS,QualScore,FinalShareRate,FinalLossRate,"
                + "ReducedSS,Guardrail,Rev_Exp_Cat\n"
                + "A5001,C,01/01/2024,12000,100000000,99000000,2,1000000,245000,1,0,80.00,50,30,1,0,Low Revenue\n");
        assertEquals(CheckStatus.REPRODUCED, report.verdicts().get(0).status(), report.verdicts().get(0).reason());
    }

    @Test
    void missingInputsMakeARowNotCheckableWithTheReason() throws IOException {
        CheckReport report = checkOf(2021, "ACO_ID,Current_Track,Current_Start_Date,N_AB,ABtotBnchmk,ABtotExp,"
                + "MinSavPerc,GenSaveLoss,EarnSaveLoss,Met_QPS,QualScore,FinalShareRate\n"
                + "A1,E,01/01/2021,*,\"1,000,000\",\"900,000\",2.00%,0,0,1,90.00%,50.00%\n");
        RowVerdict v = report.verdicts().get(0);
        assertEquals(CheckStatus.NOT_CHECKABLE, v.status());
        assertTrue(v.reason().contains("N_AB suppressed (*)"), v.reason());
        assertEquals("reproduced 0 of 0 checkable rows (1 not checkable)", report.summaryLine());
    }

    @Test
    void revenueLimitedLossesAreNotCheckable() throws IOException {
        // BASIC D with 10% losses: the 4%-of-revenue limit needs revenue, which PUFs do not publish
        CheckReport report = checkOf(2023, "ACO_ID,Current_Track,Current_Start_Date,N_AB,ABtotBnchmk,ABtotExp,"
                + "MinSavPerc,GenSaveLoss,EarnSaveLoss,Met_QPS,QualScore,FinalShareRate,FinalLossRate,DisAdj\n"
                + "A1,D,01/01/2022,60000,100000000,110000000,2.00%,-10000000,-900000,1,90.00%,50.00%,30.00%,0\n");
        RowVerdict v = report.verdicts().get(0);
        assertEquals(CheckStatus.NOT_CHECKABLE, v.status());
        assertTrue(v.reason().contains("4% of ACO participant revenue"), v.reason());
        assertTrue(v.reason().contains("CMS does not publish participant revenue"), v.reason());
    }
}
