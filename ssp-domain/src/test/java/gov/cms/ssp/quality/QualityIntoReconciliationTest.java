package gov.cms.ssp.quality;

import static gov.cms.ssp.quality.QualityFixture.cahps;
import static gov.cms.ssp.quality.QualityFixture.data;
import static gov.cms.ssp.quality.QualityFixture.ecqm;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gov.cms.ssp.agreement.Track;
import gov.cms.ssp.reconciliation.QualityOutcome;
import gov.cms.ssp.reconciliation.ReconciliationEngine;
import gov.cms.ssp.reconciliation.ReconciliationInput;
import gov.cms.ssp.reconciliation.ReconciliationResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scored outcome goes into the reconciliation as it is, without retyping. */
class QualityIntoReconciliationTest {

    static ReconciliationResult reconcile(QualityOutcome quality) {
        return ReconciliationEngine.withStandardParameters().reconcile(ReconciliationInput.builder()
                .performanceYear(2023).track(Track.ENHANCED).agreementStart(LocalDate.of(2023, 1, 1))
                .assignedBeneficiaries(60_000).totalBenchmark("100000000").totalExpenditures("95000000")
                .quality(quality).build());
    }

    static QualityResult score(QualityReferenceData data, ReportedMeasure... measures) {
        return new QualityScoring(data).score(new QualitySubmission(2023, false, false, List.of(measures),
                new HealthEquityInput(BigDecimal.ZERO, 0, 0), BigDecimal.ZERO));
    }

    @Test
    void theAlternativeStandardSharesAtTheMaximumRateTimesTheQualityScore() {
        // 001 at 90 (decile 2: 2), 134 at 30 (4), 236 at 5 (1 + 4/9), survey at 5 (below decile 2: the floor, 1): 8.444 of 40
        QualityResult q = score(data("incentive,NONE"), ecqm("001", 90, 100), ecqm("134", 30, 100),
                ecqm("236", 5, 100), cahps("5"));
        assertEquals(QualityDetermination.MET_ALTERNATIVE_STANDARD, q.determination());
        QualityOutcome outcome = q.reconciliationOutcome().orElseThrow();
        assertEquals(new BigDecimal("0.2111"), outcome.qualityScore());
        ReconciliationResult r = reconcile(outcome);
        // ENHANCED shares at most 75%: 75% × 21.11%
        assertEquals(0, new BigDecimal("0.158325").compareTo(r.finalSharingRate()), r.finalSharingRate().toPlainString());
    }

    @Test
    void meetingTheStandardSharesAtTheMaximumRate() {
        QualityResult q = score(data(), ecqm("001", 30, 100), ecqm("134", 70, 100), ecqm("236", 60, 100), cahps("60"));
        ReconciliationResult r = reconcile(q.reconciliationOutcome().orElseThrow());
        assertEquals(0, new BigDecimal("0.75").compareTo(r.finalSharingRate()));
    }

    @Test
    void failingTheStandardSharesNothing() {
        QualityResult q = score(data("incentive,NONE", "alternative_standard,N"), ecqm("001", 95, 100),
                ecqm("134", 5, 100), ecqm("236", 5, 100), cahps("5"));
        ReconciliationResult r = reconcile(q.reconciliationOutcome().orElseThrow());
        assertEquals(0, r.finalSharingRate().signum());
    }
}
