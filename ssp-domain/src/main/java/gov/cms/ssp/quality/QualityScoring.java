package gov.cms.ssp.quality;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Scores an ACO's PY as CMS's MIPS APM scoring standard does for Shared Savings Program ACOs: the
 * APP measures at the ACO level (42 CFR 414.1367, 414.1380(b)(1)), the quality performance category
 * score, the health equity adjustment (PY2023+), and the outcome per 42 CFR 425.512 — first-year pay
 * for reporting, the percentile standard, the extreme-and-uncontrollable-circumstances floor, the
 * eCQM/MIPS CQM reporting incentive and the alternative (sliding-scale) standard. Pure: the same
 * submission and reference data give the same result and explanation.
 */
public final class QualityScoring {
    private static final MathContext PRECISION = new MathContext(12, RoundingMode.HALF_UP);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final QualityReferenceData reference;
    private final QualityParameters p;
    private final MeasureScoring measures;

    public QualityScoring(QualityReferenceData reference) {
        this.reference = Objects.requireNonNull(reference, "reference");
        this.p = reference.parameters();
        this.measures = new MeasureScoring(reference);
    }

    /** With the repository's reference data of the PY. */
    public static QualityScoring standard(int performanceYear) {
        return new QualityScoring(QualityReferenceData.standard(performanceYear));
    }

    public QualityReferenceData reference() {
        return reference;
    }

    /** The measures of one route and what CMS loaded, scored. */
    private record RouteScore(ReportingRoute route, List<MeasureResult> results, List<ScoringStep> steps,
                              BigDecimal lowest, BigDecimal highest, boolean complete, List<String> undetermined) {
    }

    public QualityResult score(QualitySubmission s) {
        if (s.performanceYear() != p.performanceYear()) {
            throw new IllegalArgumentException("the submission is for PY" + s.performanceYear()
                    + ", the reference data for PY" + p.performanceYear());
        }
        for (ReportedMeasure m : s.measures()) {
            if (!reference.inMeasureSet(m.key())) {
                throw new IllegalArgumentException(m.key() + " is not in the PY" + p.performanceYear() + " measure set");
            }
        }
        List<RouteScore> routes = new ArrayList<>();
        for (ReportingRoute r : List.of(ReportingRoute.WEB_INTERFACE, ReportingRoute.CQM)) {
            if (s.measures().stream().anyMatch(m -> r.collectionTypes().contains(m.key().collectionType()))) {
                routes.add(route(r, s));
            }
        }
        boolean reported = !routes.isEmpty();
        RouteScore chosen = routes.stream()
                .max((a, b) -> a.highest() == null ? -1 : b.highest() == null ? 1
                        : a.lowest().add(a.highest()).compareTo(b.lowest().add(b.highest())))
                .orElseGet(() -> route(ReportingRoute.NONE, s));
        List<ScoringStep> steps = new ArrayList<>();
        List<String> undetermined = new ArrayList<>(chosen.undetermined());
        if (routes.size() > 1) {
            steps.add(new ScoringStep("reportingRoute", null, "both the Web Interface and the eCQM/MIPS CQM measures"
                    + " were reported: the higher score counts, " + chosen.route().label(), null, ScoringStep.Unit.NONE));
        }
        steps.addAll(chosen.steps());

        BigDecimal category = null;
        BigDecimal lo = chosen.lowest();
        BigDecimal hi = chosen.highest();
        if (lo != null && lo.compareTo(hi) == 0) {
            category = lo;
        }
        if (lo != null) {
            steps.add(new ScoringStep("categoryScore", null, category != null
                    ? "points earned ÷ points possible × 100"
                    : "between " + QualityWording.score(lo) + " and " + QualityWording.score(hi), category, ScoringStep.Unit.SCORE));
        }
        BigDecimal bonus = null;
        if (p.healthEquity() && lo != null) {
            if (s.healthEquity() == null) {
                undetermined.add("CMS has not determined the health equity adjustment");
                steps.add(new ScoringStep("healthEquityAdjustment", null, "not yet determined by CMS: between 0 and "
                        + QualityWording.points(p.healthEquityCap()), null, ScoringStep.Unit.NONE));
                hi = hi.add(p.healthEquityCap()).min(HUNDRED);
            } else {
                bonus = healthEquityBonus(s.healthEquity(), steps);
                lo = lo.add(bonus).min(HUNDRED);
                hi = hi.add(bonus).min(HUNDRED);
            }
        }
        if (lo != null && p.improvementCap().signum() > 0) {
            if (s.improvementPoints() == null) {
                undetermined.add("CMS has not determined the quality improvement score");
                steps.add(new ScoringStep("improvementScore", null, "not yet determined by CMS: between 0 and "
                        + QualityWording.points(p.improvementCap()), null, ScoringStep.Unit.NONE));
                hi = hi.add(p.improvementCap()).min(HUNDRED);
            } else {
                BigDecimal improvement = s.improvementPoints().min(p.improvementCap());
                steps.add(new ScoringStep("improvementScore", null, "improvement on the prior year's score, at most "
                        + QualityWording.points(p.improvementCap()), improvement, ScoringStep.Unit.POINTS));
                lo = lo.add(improvement).min(HUNDRED);
                hi = hi.add(improvement).min(HUNDRED);
            }
        }
        return decide(s, chosen, reported, lo, hi, category, bonus, steps, undetermined);
    }

    private RouteScore route(ReportingRoute route, QualitySubmission s) {
        List<ScoringStep> steps = new ArrayList<>();
        List<MeasureResult> results = new ArrayList<>();
        boolean complete = route != ReportingRoute.NONE;
        Map<String, List<MeasureDefinition>> slots = new LinkedHashMap<>();
        for (MeasureDefinition d : reference.measures()) {
            if (route.collectionTypes().contains(d.key().collectionType())) {
                slots.computeIfAbsent(d.key().measureId(), k -> new ArrayList<>()).add(d);
            }
        }
        for (String id : new TreeSet<>(slots.keySet())) {
            MeasureResult best = null;
            for (MeasureDefinition d : slots.get(id)) {
                ReportedMeasure data = find(s, d.key());
                if (data != null) {
                    MeasureResult r = measures.score(d, data, steps);
                    if (best == null || better(r, best)) {
                        best = r;
                    }
                }
            }
            if (best == null) {
                best = measures.notReported(slots.get(id).get(0), steps);
            }
            if (best.status() != MeasureStatus.SCORED && best.status() != MeasureStatus.NO_BENCHMARK
                    && best.status() != MeasureStatus.BENCHMARK_NOT_LOADED) {
                complete = false;
            }
            results.add(best);
        }
        if (route != ReportingRoute.NONE) {
            MeasureDefinition survey = reference.measure(MeasureKey.of(MeasureDefinition.CAHPS_GROUP, CollectionType.CAHPS))
                    .orElseThrow(() -> new IllegalStateException("the measure set has no CAHPS for MIPS survey (321)"));
            List<MeasureDefinition> ssms = reference.measuresOf(CollectionType.CAHPS).stream()
                    .filter(MeasureDefinition::isSurveyMeasure).toList();
            MeasureResult cahps = measures.survey(survey, ssms, s.measures(), steps);
            if (cahps.status() == MeasureStatus.NOT_REPORTED) {
                complete = false;
            }
            results.add(cahps);
            for (MeasureDefinition d : reference.measuresOf(CollectionType.ADMINISTRATIVE_CLAIMS)) {
                ReportedMeasure data = find(s, d.key());
                results.add(data == null ? measures.notCalculated(d, steps) : measures.score(d, data, steps));
            }
        }
        List<String> undetermined = new ArrayList<>();
        BigDecimal lo = BigDecimal.ZERO;
        BigDecimal hi = BigDecimal.ZERO;
        int counted = 0;
        for (MeasureResult r : results) {
            if (r.counted()) {
                counted++;
                lo = lo.add(r.lowest());
                hi = hi.add(r.highest());
                if (r.points() == null) {
                    undetermined.add(reference.measure(r.key()).map(MeasureDefinition::label).orElse(r.key().toString())
                            + ": " + r.status().label());
                }
            }
        }
        if (counted == 0 || route == ReportingRoute.NONE) {
            return new RouteScore(route, results, steps, null, null, false, undetermined);
        }
        BigDecimal possible = BigDecimal.valueOf(10L * counted);
        return new RouteScore(route, results, steps, lo.multiply(HUNDRED).divide(possible, PRECISION),
                hi.multiply(HUNDRED).divide(possible, PRECISION), complete, undetermined);
    }

    private static boolean better(MeasureResult a, MeasureResult b) {
        BigDecimal pa = a.counted() ? a.highest() : BigDecimal.valueOf(-1);
        BigDecimal pb = b.counted() ? b.highest() : BigDecimal.valueOf(-1);
        return pa.compareTo(pb) > 0;
    }

    private static ReportedMeasure find(QualitySubmission s, MeasureKey key) {
        return s.measures().stream().filter(m -> m.key().equals(key)).findFirst().orElse(null);
    }

    /**
     * Health equity adjustment (414.1380(b)(1)): the measure performance scaler (top-third measures
     * × 4 + middle-third × 2) times the underserved multiplier (the underserved share, 0 below 20%),
     * at most 10 bonus points.
     */
    BigDecimal healthEquityBonus(HealthEquityInput in, List<ScoringStep> steps) {
        BigDecimal scaler = BigDecimal.valueOf(in.measuresInTopThird()).multiply(p.healthEquityTopPoints())
                .add(BigDecimal.valueOf(in.measuresInMiddleThird()).multiply(p.healthEquityMiddlePoints()));
        boolean eligible = in.underservedShare().compareTo(p.healthEquityMinimumShare()) >= 0;
        BigDecimal bonus = eligible ? scaler.multiply(in.underservedShare()).min(p.healthEquityCap()) : BigDecimal.ZERO;
        String figures = in.measuresInTopThird() + " measures in the top third × " + QualityWording.points(p.healthEquityTopPoints())
                + " + " + in.measuresInMiddleThird() + " in the middle third × " + QualityWording.points(p.healthEquityMiddlePoints())
                + " = scaler " + scaler.stripTrailingZeros().toPlainString() + "; underserved beneficiaries "
                + QualityWording.share(in.underservedShare())
                + (eligible ? ", so the multiplier is " + QualityWording.share(in.underservedShare())
                : ", below " + QualityWording.share(p.healthEquityMinimumShare()) + ": no adjustment")
                + "; at most " + QualityWording.points(p.healthEquityCap());
        steps.add(new ScoringStep("healthEquityAdjustment", null, figures, bonus, ScoringStep.Unit.POINTS));
        return bonus;
    }

    private QualityResult decide(QualitySubmission s, RouteScore chosen, boolean reported, BigDecimal lo, BigDecimal hi,
                                 BigDecimal category, BigDecimal bonus, List<ScoringStep> steps, List<String> undetermined) {
        BigDecimal std = p.standardScore();
        String stdText = QualityWording.score(std) + " (the " + ordinal(p.standardPercentile())
                + " percentile of MIPS quality scores)";
        boolean firstYear = reported && s.firstYearOfFirstAgreement() && p.firstYearPayForReporting() && chosen.complete();
        Boolean ownMeets = lo == null ? Boolean.FALSE : lo.compareTo(std) >= 0 ? Boolean.TRUE
                : hi.compareTo(std) < 0 ? Boolean.FALSE : null;
        BigDecimal finalLo = lo;
        BigDecimal finalHi = hi;
        if (s.eucAffected()) {
            finalLo = lo == null ? std : lo.max(std);
            finalHi = hi == null ? std : hi.max(std);
            steps.add(new ScoringStep("eucFloor", null, "affected by extreme and uncontrollable circumstances: the score"
                    + " is at least " + stdText, finalLo.compareTo(finalHi) == 0 ? finalLo : null, ScoringStep.Unit.SCORE));
        }
        Boolean metPercentile = finalLo == null ? Boolean.FALSE : finalLo.compareTo(std) >= 0 ? Boolean.TRUE
                : finalHi.compareTo(std) < 0 ? Boolean.FALSE : null;
        Boolean incentive = incentive(chosen, lo, hi);
        Boolean alternative = alternative(chosen);
        QualityDetermination d;
        String why;
        if (!reported && !s.eucAffected()) {
            d = QualityDetermination.NOT_REPORTED;
            why = "no Web Interface, eCQM or MIPS CQM measure was reported";
        } else if (firstYear) {
            d = QualityDetermination.MET_PAY_FOR_REPORTING;
            why = "first performance year of the first agreement, every required measure reported completely and the CAHPS"
                    + " for MIPS survey fielded";
        } else if (Boolean.TRUE.equals(ownMeets)) {
            d = QualityDetermination.MET_PERCENTILE_STANDARD;
            why = "the score is at least " + stdText;
        } else if (s.eucAffected()) {
            d = QualityDetermination.MET_EUC_FLOOR;
            why = "the score is raised to " + stdText;
        } else if (Boolean.TRUE.equals(incentive)) {
            d = QualityDetermination.MET_REPORTING_INCENTIVE;
            why = incentiveText();
        } else if (ownMeets == null || incentive == null) {
            d = null;
            why = "cannot be decided: the score may be above or below " + stdText;
        } else if (Boolean.TRUE.equals(alternative)) {
            d = QualityDetermination.MET_ALTERNATIVE_STANDARD;
            why = "below " + stdText + ", but an outcome measure reaches the " + ordinal(p.alternativeOutcomePercentile())
                    + " percentile: the sharing rate is scaled by the quality score";
        } else if (alternative == null) {
            d = null;
            why = "cannot be decided: the alternative standard depends on an undetermined measure";
        } else {
            d = QualityDetermination.NOT_MET;
            why = "the score is below " + stdText + (p.alternativeStandard() ? " and no outcome measure reaches the "
                    + ordinal(p.alternativeOutcomePercentile()) + " percentile" : "");
        }
        String rule = switch (d == null ? QualityDetermination.NOT_MET : d) {
            case MET_PAY_FOR_REPORTING -> "payForReporting";
            case MET_REPORTING_INCENTIVE -> "reportingIncentive";
            case MET_ALTERNATIVE_STANDARD -> "alternativeStandard";
            default -> "percentileStandard";
        };
        steps.add(new ScoringStep(rule, null, why, null, ScoringStep.Unit.NONE));
        BigDecimal finalScore = finalLo != null && finalLo.compareTo(finalHi) == 0 ? finalLo : null;
        if (finalScore != null) {
            undetermined.clear();
        }
        if (d != null) {
            steps.add(new ScoringStep("qualityOutcome", null, d.label() + (finalScore == null ? "" : "; quality score "
                    + QualityWording.score(finalScore)), finalScore, ScoringStep.Unit.SCORE));
        } else if (undetermined.isEmpty()) {
            undetermined.add("the outcome cannot be decided");
        }
        return new QualityResult(p.performanceYear(), chosen.route(), chosen.results(), category, bonus,
                finalLo, finalHi, finalScore, d, metPercentile, incentive, firstYear, steps, undetermined,
                lo != null && lo.compareTo(hi) == 0 ? lo : null);
    }

    /**
     * The eCQM/MIPS CQM reporting incentive (425.512(a)): only for an ACO that reported every
     * eCQM/MIPS CQM completely; PY2022 a score at the incentive score (the 10th percentile), PY2023–2024 an
     * outcome measure at the 10th percentile and another measure at the 30th. TRUE, FALSE or null (undetermined).
     */
    private Boolean incentive(RouteScore chosen, BigDecimal lo, BigDecimal hi) {
        if (p.incentive() == QualityParameters.Incentive.NONE || chosen.route() != ReportingRoute.CQM || !chosen.complete()) {
            return Boolean.FALSE;
        }
        if (p.incentive() == QualityParameters.Incentive.SCORE) {
            return lo.compareTo(p.incentiveScore()) >= 0 ? Boolean.TRUE : hi.compareTo(p.incentiveScore()) < 0 ? Boolean.FALSE : null;
        }
        Boolean outcome = any(chosen, MeasureResult::outcome, p.incentiveOutcomePercentile());
        Boolean other = any(chosen, r -> !r.outcome(), p.incentiveOtherPercentile());
        if (Boolean.FALSE.equals(outcome) || Boolean.FALSE.equals(other)) {
            return Boolean.FALSE;
        }
        return outcome == null || other == null ? null : Boolean.TRUE;
    }

    /** The alternative standard (PY2023+): an outcome measure at the PY's percentile (the 10th). */
    private Boolean alternative(RouteScore chosen) {
        if (!p.alternativeStandard()) {
            return Boolean.FALSE;
        }
        return any(chosen, MeasureResult::outcome, p.alternativeOutcomePercentile());
    }

    /** Whether a scored measure matching {@code which} reaches the percentile; null when only an undetermined one could. */
    private static Boolean any(RouteScore chosen, Predicate<MeasureResult> which, int percentile) {
        boolean unknown = false;
        for (MeasureResult r : chosen.results()) {
            if (!which.test(r) || !r.counted()) {
                continue;
            }
            if (r.status() == MeasureStatus.BENCHMARK_NOT_LOADED) {
                unknown = true;
            } else if (r.status() == MeasureStatus.SCORED && r.percentile() != null && r.percentile() >= percentile) {
                return Boolean.TRUE;
            }
        }
        return unknown ? null : Boolean.FALSE;
    }

    private String incentiveText() {
        return p.incentive() == QualityParameters.Incentive.SCORE
                ? "every eCQM/MIPS CQM reported completely and a score of at least " + QualityWording.score(p.incentiveScore())
                : "every eCQM/MIPS CQM reported completely, an outcome measure at the " + ordinal(p.incentiveOutcomePercentile())
                + " percentile and another measure at the " + ordinal(p.incentiveOtherPercentile());
    }

    static String ordinal(int n) {
        String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
