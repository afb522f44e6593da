package gov.cms.ssp.quality;

import static gov.cms.ssp.quality.QualityFixture.MEASURES;
import static gov.cms.ssp.quality.QualityFixture.benchmarks;
import static gov.cms.ssp.quality.QualityFixture.parameters;
import static gov.cms.ssp.quality.QualityFixture.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.cms.ssp.quality.MipsApmScoring.TinInteroperability;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The MIPS APM scoring standard at its edges: the weighted PI average, the assigned IA score, the weights. */
class MipsApmScoringTest {
    private static final String[] APP = {"mips_quality_weight,0.50", "mips_pi_weight,0.30", "mips_ia_weight,0.20",
            "mips_cost_weight,0", "mips_ia_assigned,1.00"};

    private static QualityParameters params(String... rows) {
        QualityReferenceFiles.Reading r = read(parameters(2023, rows), MEASURES, benchmarks(false));
        assertTrue(r.problems().isEmpty(), r.problems().toString());
        return r.data().parameters();
    }

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void theFinalScoreWeighsQualityPromotingInteroperabilityAndImprovementActivities() {
        MipsApmScoring.Result r = MipsApmScoring.score(params(APP), d("80"),
                List.of(new TinInteroperability("900000001", d("100"), 30), new TinInteroperability("900000002", d("50"), 10)), null);
        // PI: (100×30 + 50×10) ÷ 40 = 87.5; final 80×0.5 + 87.5×0.3 + 100×0.2 = 86.25
        assertEquals(0, d("87.5").compareTo(r.promotingInteroperability()));
        assertEquals(0, d("100").compareTo(r.improvementActivities()));
        assertEquals(d("86.25"), r.finalScore());
        assertTrue(r.undetermined().isEmpty());
        assertEquals("MIPS final score of the APM Entity", r.steps().get(r.steps().size() - 1).label().split(":")[0]);
        assertTrue(r.steps().stream().anyMatch(s -> s.figures().contains("cost is not assessed")), r.steps().toString());
    }

    @Test
    void aTinWithoutEligibleCliniciansWeighsNothingAndNoneLeavesPiUndetermined() {
        QualityParameters p = params(APP);
        MipsApmScoring.Result one = MipsApmScoring.score(p, d("80"),
                List.of(new TinInteroperability("900000001", d("60"), 1), new TinInteroperability("900000002", d("0"), 0)), null);
        assertEquals(0, d("60").compareTo(one.promotingInteroperability()));
        MipsApmScoring.Result none = MipsApmScoring.score(p, d("80"), List.of(new TinInteroperability("900000002", d("90"), 0)), null);
        assertNull(none.finalScore());
        assertEquals(List.of("no participant TIN has a MIPS eligible clinician"), none.undetermined());
        MipsApmScoring.Result notLoaded = MipsApmScoring.score(p, d("80"), null, null);
        assertNull(notLoaded.finalScore());
        assertTrue(notLoaded.undetermined().get(0).contains("has not loaded"), notLoaded.undetermined().toString());
    }

    @Test
    void improvementActivitiesAreTheAssignedScoreUnlessTheAcoReportedMore() {
        String[] half = {"mips_quality_weight,0.50", "mips_pi_weight,0.30", "mips_ia_weight,0.20", "mips_cost_weight,0",
                "mips_ia_assigned,0.50"};
        QualityParameters p = params(half);
        List<TinInteroperability> tins = List.of(new TinInteroperability("900000001", d("100"), 5));
        assertEquals(0, d("50").compareTo(MipsApmScoring.score(p, d("100"), tins, null).improvementActivities()));
        assertEquals(0, d("50").compareTo(MipsApmScoring.score(p, d("100"), tins, d("50")).improvementActivities()),
                "exactly the assigned score: the assigned score");
        assertEquals(0, d("50.01").compareTo(MipsApmScoring.score(p, d("100"), tins, d("50.01")).improvementActivities()),
                "just above: what the ACO reported");
        assertEquals(d("90.00"), MipsApmScoring.score(p, d("100"), tins, null).finalScore());
    }

    @Test
    void withoutTheQualityScoreOrTheWeightsNothingIsGuessed() {
        List<TinInteroperability> tins = List.of(new TinInteroperability("900000001", d("100"), 5));
        MipsApmScoring.Result noQuality = MipsApmScoring.score(params(APP), null, tins, null);
        assertNull(noQuality.finalScore());
        assertEquals(List.of("the quality performance category score is not determined"), noQuality.undetermined());
        MipsApmScoring.Result noWeights = MipsApmScoring.score(params(), d("80"), tins, null);
        assertNull(noWeights.finalScore());
        assertTrue(noWeights.undetermined().get(0).contains("no MIPS APM category weights"));
    }

    @Test
    void weightsThatDoNotAddUpToOneOrAPartialSetAreProblemsOfTheFile() {
        QualityReferenceFiles.Reading bad = read(parameters(2023, "mips_quality_weight,0.60", "mips_pi_weight,0.30",
                "mips_ia_weight,0.20", "mips_cost_weight,0", "mips_ia_assigned,1"), MEASURES, benchmarks(false));
        assertTrue(bad.problems().stream().anyMatch(p -> p.problem().contains("add up to 1.1")), bad.problems().toString());
        QualityReferenceFiles.Reading partial = read(parameters(2023, "mips_quality_weight,0.50"), MEASURES, benchmarks(false));
        assertTrue(partial.problems().stream().anyMatch(p -> p.problem().contains("missing parameter mips_pi_weight")),
                partial.problems().toString());
    }

    @Test
    void theRepositoryYearsCarryTheAppWeights() {
        for (int py : QualityReferenceData.standardYears()) {
            QualityParameters.MipsApmParameters w = QualityReferenceData.standard(py).parameters().mipsApm();
            assertEquals(0, d("0.50").compareTo(w.qualityWeight()), "PY" + py);
            assertEquals(0, d("0.30").compareTo(w.interoperabilityWeight()), "PY" + py);
            assertEquals(0, d("0.20").compareTo(w.improvementActivitiesWeight()), "PY" + py);
            assertEquals(0, w.costWeight().signum(), "PY" + py);
            assertEquals(0, BigDecimal.ONE.compareTo(w.assignedImprovementActivities()), "PY" + py);
        }
    }
}
