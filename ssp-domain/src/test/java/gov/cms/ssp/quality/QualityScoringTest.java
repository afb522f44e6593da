package gov.cms.ssp.quality;

import static gov.cms.ssp.quality.QualityFixture.cahps;
import static gov.cms.ssp.quality.QualityFixture.data;
import static gov.cms.ssp.quality.QualityFixture.ecqm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.cms.ssp.reconciliation.QualityOutcome;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scoring at each edge: case minimum, completeness, topped-out cap, the PY's lowest points,
 * the percentile standard at its threshold, the reporting incentive, the alternative standard's
 * sliding scale, first-year pay for reporting and the EUC floor (fixture: flat deciles, standard 75).
 */
class QualityScoringTest {

    static void assertPoints(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), "expected " + expected + ", was " + actual);
    }

    static final HealthEquityInput NO_EQUITY = new HealthEquityInput(new BigDecimal("0.10"), 0, 0);

    static QualitySubmission submit(boolean firstYear, boolean euc, ReportedMeasure... measures) {
        return new QualitySubmission(2023, firstYear, euc, List.of(measures), NO_EQUITY, BigDecimal.ZERO);
    }

    static QualityResult score(QualityReferenceData data, ReportedMeasure... measures) {
        return new QualityScoring(data).score(submit(false, false, measures));
    }

    static MeasureResult measure(QualityResult r, String id) {
        return r.measures().stream().filter(m -> m.key().measureId().equals(id)).findFirst().orElseThrow();
    }

    /** 001 at 30 (decile 8), 134 at 70 (8), 236 at the given rate, CAHPS at 60 (7). */
    static ReportedMeasure[] cqm(long bp) {
        return new ReportedMeasure[] {ecqm("001", 30, 100), ecqm("134", 70, 100), ecqm("236", bp, 100), cahps("60")};
    }

    @Test
    void theCategoryScoreIsPointsEarnedOverPointsPossible() {
        QualityResult r = score(data(), cqm(60));
        assertPoints("8", measure(r, "001").points());
        assertPoints("7", measure(r, "321").points());
        assertEquals(MeasureStatus.NOT_CALCULATED, measure(r, "479").status());
        assertEquals(new BigDecimal("75.00"), r.publishedScore());
        assertEquals(ReportingRoute.CQM, r.route());
        assertTrue(r.isDetermined());
    }

    @Test
    void thePercentileStandardIsMetExactlyAtItsScoreAndNotJustBelow() {
        QualityReferenceData noOther = data("incentive,NONE", "alternative_standard,N");
        QualityResult at = score(noOther, cqm(60));
        assertEquals(QualityDetermination.MET_PERCENTILE_STANDARD, at.determination());
        assertEquals(Boolean.TRUE, at.metPercentile());
        QualityResult below = new QualityScoring(noOther).score(submit(false, false,
                ecqm("001", 30, 100), ecqm("134", 70, 100), ReportedMeasure.counts(MeasureKey.of("236", CollectionType.ECQM),
                        5999, 10000, 0, 10000), cahps("60")));
        assertPoints("74.9975", below.finalScore());
        assertEquals(QualityDetermination.NOT_MET, below.determination());
        assertEquals(QualityOutcome.failed(new BigDecimal("0.7500")), below.reconciliationOutcome().orElseThrow());
    }

    @Test
    void theCaseMinimumLeavesAMeasureOutAtNineteenAndScoresItAtTwenty() {
        QualityResult nineteen = score(data(), ecqm("001", 6, 20), ecqm("134", 13, 19), ecqm("236", 12, 20), cahps("60"));
        assertEquals(MeasureStatus.BELOW_CASE_MINIMUM, measure(nineteen, "134").status());
        assertFalse(measure(nineteen, "134").counted());
        QualityResult twenty = score(data(), ecqm("001", 6, 20), ecqm("134", 14, 20), ecqm("236", 12, 20), cahps("60"));
        assertEquals(MeasureStatus.SCORED, measure(twenty, "134").status());
        assertPoints("8", measure(twenty, "134").points());
    }

    @Test
    void dataCompletenessBelowTheThresholdEarnsZeroAndExactlyAtItScores() {
        MeasureKey k = MeasureKey.of("134", CollectionType.ECQM);
        QualityResult at = score(data(), ecqm("001", 30, 100), ReportedMeasure.counts(k, 14, 20, 1, 30),
                ecqm("236", 60, 100), cahps("60"));
        assertEquals(MeasureStatus.SCORED, measure(at, "134").status());
        QualityResult below = score(data(), ecqm("001", 30, 100), ReportedMeasure.counts(k, 14, 20, 0, 30),
                ecqm("236", 60, 100), cahps("60"));
        MeasureResult m = measure(below, "134");
        assertEquals(MeasureStatus.INCOMPLETE, m.status());
        assertEquals(0, m.points().signum());
        assertTrue(m.counted());
        assertTrue(m.explanation().contains("66.67% of the eligible cases, below the required 70%"), m.explanation());
    }

    @Test
    void aToppedOutMeasureIsCappedAtSevenPoints() {
        QualityResult r = score(data(true), ecqm("001", 30, 100), ecqm("134", 95, 100), ecqm("236", 60, 100), cahps("60"));
        assertPoints("7", measure(r, "134").points());
        assertTrue(r.steps().stream().anyMatch(s -> s.rule().equals("toppedOutCap")));
        QualityResult under = score(data(true), ecqm("001", 30, 100), ecqm("134", 50, 100), ecqm("236", 60, 100), cahps("60"));
        assertPoints("6", measure(under, "134").points());
    }

    @Test
    void aScoredMeasureEarnsAtLeastTheYearsLowestPoints() {
        QualityResult oneFloor = score(data(), ecqm("001", 30, 100), ecqm("134", 1, 100), ecqm("236", 60, 100), cahps("60"));
        assertPoints("1", measure(oneFloor, "134").points());
        QualityResult threeFloor = score(data("lowest_points,3"), ecqm("001", 30, 100), ecqm("134", 1, 100),
                ecqm("236", 60, 100), cahps("60"));
        assertPoints("3", measure(threeFloor, "134").points());
    }

    @Test
    void theReportingIncentiveNeedsAnOutcomeMeasureAtTheTenthAndAnotherAtTheThirtiethPercentile() {
        // score below 75; 236 (outcome) at 10 = the 10th percentile; 134 at 30 = the 30th
        QualityResult met = score(data("alternative_standard,N"), ecqm("001", 95, 100), ecqm("134", 30, 100),
                ecqm("236", 10, 100), cahps("5"));
        assertEquals(QualityDetermination.MET_REPORTING_INCENTIVE, met.determination());
        QualityResult other = score(data("alternative_standard,N"), ecqm("001", 95, 100), ecqm("134", 29, 100),
                ecqm("236", 10, 100), cahps("5"));
        assertEquals(QualityDetermination.NOT_MET, other.determination());
        // not every eCQM reported: no incentive
        QualityResult partial = score(data("alternative_standard,N"), ecqm("134", 30, 100), ecqm("236", 10, 100), cahps("5"));
        assertEquals(Boolean.FALSE, partial.metIncentive());
    }

    @Test
    void theAlternativeStandardScalesTheSharingRateByTheScore() {
        QualityReferenceData alt = data("incentive,NONE");
        QualityResult met = score(alt, ecqm("001", 90, 100), ecqm("134", 30, 100), ecqm("236", 5, 100), cahps("5"));
        assertEquals(QualityDetermination.MET_ALTERNATIVE_STANDARD, met.determination());
        QualityOutcome outcome = met.reconciliationOutcome().orElseThrow();
        assertTrue(outcome.metAlternativeStandard());
        assertFalse(outcome.metQualityStandard());
        assertEquals(met.finalScore().movePointLeft(2).setScale(4, java.math.RoundingMode.HALF_UP), outcome.qualityScore());
        QualityResult justBelow = score(alt, ecqm("001", 9001, 10000), ecqm("134", 30, 100), ecqm("236", 5, 100), cahps("5"));
        assertEquals(QualityDetermination.NOT_MET, justBelow.determination());
        QualityResult notThatYear = score(data("incentive,NONE", "alternative_standard,N"),
                ecqm("001", 90, 100), ecqm("134", 30, 100), ecqm("236", 5, 100), cahps("5"));
        assertEquals(QualityDetermination.NOT_MET, notThatYear.determination());
    }

    @Test
    void firstYearCompleteReportingMeetsTheStandardWhateverTheScore() {
        QualityScoring s = new QualityScoring(data("incentive,NONE", "alternative_standard,N"));
        QualityResult complete = s.score(submit(true, false, ecqm("001", 95, 100), ecqm("134", 5, 100),
                ecqm("236", 5, 100), cahps("5")));
        assertEquals(QualityDetermination.MET_PAY_FOR_REPORTING, complete.determination());
        assertTrue(complete.metFirstYear());
        QualityResult incomplete = s.score(submit(true, false, ecqm("001", 95, 100),
                ReportedMeasure.counts(MeasureKey.of("134", CollectionType.ECQM), 5, 20, 0, 100), ecqm("236", 5, 100), cahps("5")));
        assertEquals(QualityDetermination.NOT_MET, incomplete.determination());
        QualityResult noSurvey = s.score(submit(true, false, ecqm("001", 95, 100), ecqm("134", 5, 100), ecqm("236", 5, 100)));
        assertFalse(noSurvey.metFirstYear());
    }

    @Test
    void anEucAffectedAcoScoresAtLeastThePercentileScore() {
        QualityScoring s = new QualityScoring(data());
        QualityResult low = s.score(submit(false, true, ecqm("001", 95, 100), ecqm("134", 5, 100), ecqm("236", 5, 100), cahps("5")));
        assertEquals(QualityDetermination.MET_EUC_FLOOR, low.determination());
        assertEquals(new BigDecimal("75.00"), low.publishedScore());
        assertEquals(new QualityOutcome(true, false, new BigDecimal("0.7500")), low.reconciliationOutcome().orElseThrow());
        QualityResult nothing = s.score(submit(false, true));
        assertEquals(QualityDetermination.MET_EUC_FLOOR, nothing.determination());
        assertEquals(new BigDecimal("75.00"), nothing.publishedScore());
        QualityResult high = s.score(submit(false, true, ecqm("001", 10, 100), ecqm("134", 90, 100), ecqm("236", 90, 100), cahps("90")));
        assertEquals(QualityDetermination.MET_PERCENTILE_STANDARD, high.determination());
        assertEquals(new BigDecimal("100.00"), high.publishedScore());
    }

    @Test
    void notReportingFailsTheStandard() {
        QualityResult r = new QualityScoring(data()).score(submit(false, false));
        assertEquals(QualityDetermination.NOT_REPORTED, r.determination());
        assertEquals(QualityOutcome.notReported(), r.reconciliationOutcome().orElseThrow());
    }

    @Test
    void theHealthEquityAdjustmentIsTheScalerTimesTheUnderservedShareAtMostTen() {
        QualityScoring s = new QualityScoring(data());
        QualityResult half = s.score(new QualitySubmission(2023, false, false, List.of(cqm(60)),
                new HealthEquityInput(new BigDecimal("0.50"), 2, 1), BigDecimal.ZERO));
        assertPoints("5", half.healthEquityBonus());
        assertEquals(new BigDecimal("80.00"), half.publishedScore());
        QualityResult few = s.score(new QualitySubmission(2023, false, false, List.of(cqm(60)),
                new HealthEquityInput(new BigDecimal("0.19"), 5, 0), BigDecimal.ZERO));
        assertEquals(0, few.healthEquityBonus().signum());
        QualityResult capped = s.score(new QualitySubmission(2023, false, false, List.of(cqm(60)),
                new HealthEquityInput(BigDecimal.ONE, 5, 0), BigDecimal.ZERO));
        assertPoints("10", capped.healthEquityBonus());
    }

    @Test
    void anUndeterminedBonusGivesARangeAndNoGuess() {
        QualityResult r = new QualityScoring(data("incentive,NONE", "alternative_standard,N", "standard_score,80"))
                .score(new QualitySubmission(2023, false, false, List.of(cqm(60)), null, null));
        assertFalse(r.isDetermined());
        assertNull(r.finalScore());
        assertNull(r.determination());
        assertEquals(new BigDecimal("75.00"), r.lowestScore().setScale(2));
        assertEquals(new BigDecimal("95.00"), r.highestScore().setScale(2));
        assertTrue(r.reconciliationOutcome().isEmpty());
        assertEquals(2, r.undetermined().size());
    }

    @Test
    void theHigherOfTwoReportedCollectionTypesCounts() {
        // the Web Interface route: 113 in decile 10 and the survey (85); the eCQMs with the survey: 75
        QualityResult r = score(data(), ecqm("001", 30, 100), ReportedMeasure.rate(MeasureKey.of("113",
                CollectionType.WEB_INTERFACE), new BigDecimal("95")), ecqm("134", 70, 100), ecqm("236", 60, 100), cahps("60"));
        assertEquals(ReportingRoute.WEB_INTERFACE, r.route());
        assertEquals(new BigDecimal("85.00"), r.publishedScore());
        assertTrue(r.steps().get(0).figures().contains("the higher score counts"));
    }

    @Test
    void aMeasureOutsideTheYearsSetIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> score(data(),
                ReportedMeasure.counts(MeasureKey.of("999", CollectionType.ECQM), 1, 20, 0, 20)));
        assertTrue(e.getMessage().contains("not in the PY2023 measure set"));
    }

    @Test
    void everyStepReadsInPlainEnglish() {
        QualityResult r = score(data(), cqm(60));
        for (ScoringStep step : r.steps()) {
            assertFalse(step.label().matches(".*[a-z]+[A-Z][a-z]+.*"), step.label());
            assertFalse(step.figures().isBlank());
        }
        assertEquals("Achievement points: Quality ID 001 (eCQM)", r.steps().get(0).label());
        assertEquals("8.00 points", r.steps().get(0).resultText());
        assertTrue(r.steps().stream().anyMatch(s -> s.resultText().equals("75.00 out of 100")));
    }
}
