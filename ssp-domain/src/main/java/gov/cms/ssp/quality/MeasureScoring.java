package gov.cms.ssp.quality;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Achievement points of one measure (42 CFR 414.1380(b)(1)): the case minimum, data completeness, the
 * benchmark's deciles with partial points, the PY's lowest points and the topped-out cap; and the
 * CAHPS for MIPS survey as the average of its summary survey measures.
 */
final class MeasureScoring {
    private static final MathContext PRECISION = new MathContext(12, RoundingMode.HALF_UP);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final QualityReferenceData reference;
    private final QualityParameters p;

    MeasureScoring(QualityReferenceData reference) {
        this.reference = reference;
        this.p = reference.parameters();
    }

    /** A required measure the ACO did not report: 0 of 10 points. */
    MeasureResult notReported(MeasureDefinition def, List<ScoringStep> steps) {
        steps.add(new ScoringStep("notReported", def.label(), "the measure was not reported: 0 of 10 points",
                BigDecimal.ZERO, ScoringStep.Unit.POINTS));
        return new MeasureResult(def.key(), def.title(), MeasureStatus.NOT_REPORTED, null, null, null, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, def.outcome(), List.of(), "Not reported: 0 of 10 points");
    }

    /** A measure CMS calculates but did not for the ACO (e.g. too few hospitalizations): left out of the score. */
    MeasureResult notCalculated(MeasureDefinition def, List<ScoringStep> steps) {
        steps.add(new ScoringStep("caseMinimum", def.label(), "not calculated for the ACO: left out of the score",
                null, ScoringStep.Unit.NONE));
        return new MeasureResult(def.key(), def.title(), MeasureStatus.NOT_CALCULATED, null, null, null, null, null,
                null, def.outcome(), List.of(), "Not calculated for the ACO: left out of the score");
    }

    MeasureResult score(MeasureDefinition def, ReportedMeasure data, List<ScoringStep> steps) {
        MeasureKey key = def.key();
        BigDecimal rate = data.performanceRate();
        if (rate.signum() < 0 || rate.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException(key + ": the rate " + rate.toPlainString() + " is outside 0 to 100 percent");
        }
        Long cases = data.caseCount();
        if (cases != null && cases < def.caseMinimum()) {
            String why = cases + " cases, fewer than the case minimum of " + def.caseMinimum() + ": not scored";
            steps.add(new ScoringStep("caseMinimum", def.label(), why, null, ScoringStep.Unit.NONE));
            return result(def, MeasureStatus.BELOW_CASE_MINIMUM, rate, null, null, null, why);
        }
        BigDecimal completeness = data.completeness();
        if (key.collectionType().reportedByAco() && completeness != null && completeness.compareTo(p.dataCompleteness()) < 0) {
            String why = "data for " + QualityWording.share(completeness) + " of the eligible cases, below the required "
                    + QualityWording.share(p.dataCompleteness()) + ": 0 points";
            steps.add(new ScoringStep("dataCompleteness", def.label(), why, BigDecimal.ZERO, ScoringStep.Unit.POINTS));
            return result(def, MeasureStatus.INCOMPLETE, rate, null, null, BigDecimal.ZERO, why);
        }
        MeasureBenchmark b = reference.benchmark(key).orElse(null);
        if (b == null) {
            if (def.benchmarkPublished()) {
                String why = "rate " + QualityWording.rate(rate) + "; CMS published a benchmark for the PY but it is not"
                        + " loaded: between " + QualityWording.points(p.lowestPoints()) + " and 10 points";
                steps.add(new ScoringStep("achievementPoints", def.label(), why, null, ScoringStep.Unit.NONE));
                return new MeasureResult(key, def.title(), MeasureStatus.BENCHMARK_NOT_LOADED, rate, null, null, null,
                        p.lowestPoints(), BigDecimal.TEN, def.outcome(), List.of(), why);
            }
            String why = "rate " + QualityWording.rate(rate) + "; CMS published no benchmark for the PY: "
                    + QualityWording.points(p.noBenchmarkPoints());
            steps.add(new ScoringStep("noBenchmark", def.label(), why, p.noBenchmarkPoints(), ScoringStep.Unit.POINTS));
            return result(def, MeasureStatus.NO_BENCHMARK, rate, null, null, p.noBenchmarkPoints(), why);
        }
        int decile = b.decileOf(rate);
        BigDecimal raw = b.rawPoints(rate);
        BigDecimal points = raw.max(p.lowestPoints());
        StringBuilder why = new StringBuilder("rate ").append(QualityWording.rate(rate));
        if (decile == 0) {
            why.append(" is below every decile of the benchmark");
        } else {
            why.append(" is in decile ").append(decile).append(" (from ").append(QualityWording.rate(b.decileStart(decile)))
                    .append(b.inverse() ? " down, lower is better" : " up").append(")");
            if (decile < MeasureBenchmark.DECILES && raw.compareTo(BigDecimal.valueOf(decile)) > 0) {
                why.append(", ").append(QualityWording.points(raw.subtract(BigDecimal.valueOf(decile))))
                        .append(" of the way to the next decile");
            }
        }
        if (raw.compareTo(p.lowestPoints()) < 0) {
            why.append("; at least ").append(QualityWording.points(p.lowestPoints())).append(" for a scored measure");
        }
        steps.add(new ScoringStep("achievementPoints", def.label(), why.toString(), points, ScoringStep.Unit.POINTS));
        if (b.sevenPointCap() && points.compareTo(p.toppedOutCap()) > 0) {
            steps.add(new ScoringStep("toppedOutCap", def.label(), "topped out: at most "
                    + QualityWording.points(p.toppedOutCap()), p.toppedOutCap(), ScoringStep.Unit.POINTS));
            why.append("; topped out: capped at ").append(QualityWording.points(p.toppedOutCap()));
            points = p.toppedOutCap();
        }
        return result(def, MeasureStatus.SCORED, rate, decile, b.percentileReached(rate), points, why.toString());
    }

    /**
     * The CAHPS for MIPS survey as one measure: each summary survey measure with a benchmark is scored,
     * and the survey earns their average (a survey measure without a benchmark is left out).
     */
    MeasureResult survey(MeasureDefinition survey, List<MeasureDefinition> ssms, List<ReportedMeasure> reported,
                         List<ScoringStep> steps) {
        List<MeasureResult> parts = new ArrayList<>();
        for (MeasureDefinition ssm : ssms) {
            ReportedMeasure data = reported.stream().filter(r -> r.key().equals(ssm.key())).findFirst().orElse(null);
            if (data == null) {
                continue;
            }
            if (!ssm.benchmarkPublished() && reference.benchmark(ssm.key()).isEmpty()) {
                steps.add(new ScoringStep("surveyAverage", ssm.label(), "rate " + QualityWording.rate(data.performanceRate())
                        + "; no benchmark: not part of the average", null, ScoringStep.Unit.NONE));
                continue;
            }
            parts.add(score(ssm, data, steps));
        }
        List<MeasureResult> scored = parts.stream().filter(MeasureResult::counted).toList();
        ReportedMeasure whole = reported.stream().filter(r -> r.key().equals(survey.key())).findFirst().orElse(null);
        if (scored.isEmpty() && whole != null && whole.caseCount() != null && whole.caseCount() < survey.caseMinimum()) {
            String why = "the survey was fielded but has too few responses to score: not scored";
            steps.add(new ScoringStep("caseMinimum", survey.label(), why, null, ScoringStep.Unit.NONE));
            return new MeasureResult(survey.key(), survey.title(), MeasureStatus.BELOW_CASE_MINIMUM, null, null, null,
                    null, null, null, survey.outcome(), parts, why);
        }
        if (scored.isEmpty()) {
            return notReported(survey, steps);
        }
        if (scored.stream().anyMatch(r -> r.points() == null)) {
            BigDecimal lo = average(scored.stream().map(MeasureResult::lowest).toList());
            BigDecimal hi = average(scored.stream().map(MeasureResult::highest).toList());
            String why = "a summary survey measure's benchmark is not loaded: the average is undetermined";
            steps.add(new ScoringStep("surveyAverage", survey.label(), why, null, ScoringStep.Unit.NONE));
            return new MeasureResult(survey.key(), survey.title(), MeasureStatus.BENCHMARK_NOT_LOADED, null, null, null,
                    null, lo, hi, survey.outcome(), parts, why);
        }
        BigDecimal avg = average(scored.stream().map(MeasureResult::points).toList());
        String why = "average of " + scored.size() + " summary survey measures' points";
        steps.add(new ScoringStep("surveyAverage", survey.label(), why, avg, ScoringStep.Unit.POINTS));
        // the survey's decile is the whole part of its average points (points = decile + partial point)
        int decile = avg.setScale(0, RoundingMode.FLOOR).intValue();
        return new MeasureResult(survey.key(), survey.title(), MeasureStatus.SCORED, null, decile,
                decile <= 1 ? 0 : (decile - 1) * 10, avg, avg, avg, survey.outcome(), parts, why);
    }

    private static BigDecimal average(List<BigDecimal> values) {
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(values.size()), PRECISION);
    }

    private static MeasureResult result(MeasureDefinition def, MeasureStatus status, BigDecimal rate, Integer decile,
                                        Integer percentile, BigDecimal points, String why) {
        return new MeasureResult(def.key(), def.title(), status, rate, decile, percentile, points, points, points,
                def.outcome(), List.of(), why);
    }
}
