package gov.cms.ssp.reconciliation;

import gov.cms.ssp.agreement.Track;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reconciles one ACO for one performance year: from benchmark and expenditures to earned shared
 * savings or owed shared losses, for every track and era of the Shared Savings Program (rules
 * sections 2–5). Pure Java and stateless apart from its {@link ProgramParameters}; safe to share.
 *
 * <p>Each public rule method is named after the rule it implements and can be called on its own.
 * Rounding follows {@link RoundingPolicy}.
 */
public final class ReconciliationEngine {

    /** The tracks an ACO can be in today (agreements from July 2019). */
    public static final List<Track> CURRENT_TRACKS = List.of(
            Track.BASIC_A, Track.BASIC_B, Track.BASIC_C, Track.BASIC_D, Track.BASIC_E, Track.ENHANCED);

    /** Track 2 agreements before this year had the flat 2% MSR/MLR (rules section 3). */
    private static final int FIRST_YEAR_OF_MSR_CHOICE = 2016;
    /** Reduced sharing for low-revenue ACOs applies to agreements starting in or after this year (425.605(h)). */
    private static final int FIRST_AGREEMENT_YEAR_OF_REDUCED_SHARING = 2024;
    /** The 2023+ era of the alternative quality standard; 2021–2022 had only the standard. */
    private static final int FIRST_YEAR_OF_ALTERNATIVE_QPS = 2023;
    private static final int FIRST_YEAR_OF_QPS_GATE = 2021;

    private static final BigDecimal TWO_PERCENT = new BigDecimal("0.02");
    private static final BigDecimal FLAT_LOSS_RATE = new BigDecimal("0.30");
    private static final BigDecimal TRACK_2_LOSS_RATE_CAP = new BigDecimal("0.60");
    private static final BigDecimal ENHANCED_LOSS_RATE_FLOOR = new BigDecimal("0.40");
    private static final BigDecimal ENHANCED_LOSS_RATE_CAP = new BigDecimal("0.75");
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private final ProgramParameters parameters;

    public ReconciliationEngine(ProgramParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    /** An engine on the reference parameter table. */
    public static ReconciliationEngine withStandardParameters() {
        return new ReconciliationEngine(ProgramParameters.standard());
    }

    public ProgramParameters parameters() {
        return parameters;
    }

    /** Reconciles one ACO for one PY. */
    public ReconciliationResult reconcile(ReconciliationInput in) {
        ParameterYear year = parameters.forYear(in.performanceYear());
        List<ExplanationStep> steps = new ArrayList<>();
        List<String> unresolved = new ArrayList<>();
        TrackTerms terms = TrackTerms.of(in.track());
        BigDecimal benchmark = in.totalBenchmark();
        BigDecimal difference = in.benchmarkMinusExpenditures();

        BigDecimal savingsRate = savingsRate(benchmark, in.totalExpenditures());
        steps.add(new ExplanationStep("savingsRate",
                "(" + ExplanationFigures.money(benchmark) + " − " + ExplanationFigures.money(in.totalExpenditures()) + ") / " + ExplanationFigures.money(benchmark), savingsRate));

        BigDecimal msr = minimumSavingsRate(in);
        steps.add(new ExplanationStep("minimumSavingsRate", msrSource(in), msr));
        BigDecimal mlr = null;
        if (in.track().isTwoSided()) {
            mlr = minimumLossRate(in);
            steps.add(new ExplanationStep("minimumLossRate", "symmetric with the MSR", mlr));
        }

        PerformanceOutcome outcome = performanceOutcome(in, savingsRate, msr, mlr);
        BigDecimal generated = switch (outcome) {
            case SAVINGS_GENERATED, REDUCED_SAVINGS_GENERATED, LOSSES_GENERATED -> difference;
            case LOSSES_NOT_SHARED, WITHIN_CORRIDOR -> BigDecimal.ZERO;
        };
        steps.add(new ExplanationStep("generatedSavingsOrLosses",
                ExplanationFigures.threshold(outcome, in.guardrail(), savingsRate, msr, mlr, difference), generated));

        BigDecimal sharingRate = finalSharingRate(in);
        steps.add(new ExplanationStep("finalSharingRate", sharingRateFigures(in, terms), sharingRate));
        BigDecimal lossRate = in.track().isTwoSided() ? sharedLossRate(in) : null;
        if (lossRate != null) {
            steps.add(new ExplanationStep("sharedLossRate", ExplanationFigures.lossRate(in), lossRate));
        }

        BigDecimal earned = BigDecimal.ZERO;
        BigDecimal losses = BigDecimal.ZERO;
        BigDecimal euc = BigDecimal.ZERO;
        boolean paymentLimited = false;
        boolean lossLimited = false;

        if (outcome == PerformanceOutcome.SAVINGS_GENERATED || outcome == PerformanceOutcome.REDUCED_SAVINGS_GENERATED) {
            BigDecimal rate = sharingRate;
            if (outcome == PerformanceOutcome.REDUCED_SAVINGS_GENERATED) {
                rate = reducedSharingRate(sharingRate);
                steps.add(new ExplanationStep("reducedSharingRate",
                        "low-revenue ACO below its MSR: half of " + ExplanationFigures.plain(sharingRate), rate));
            }
            BigDecimal shared = generated.multiply(rate);
            steps.add(new ExplanationStep("sharedSavings", ExplanationFigures.money(generated) + " × " + ExplanationFigures.plain(rate), shared));
            BigDecimal afterSequestration = sequestration(shared, year);
            steps.add(new ExplanationStep("sequestration",
                    ExplanationFigures.money(shared) + " × (1 − " + ExplanationFigures.plain(year.sequestrationRate()) + ")", afterSequestration));
            BigDecimal limit = performancePaymentLimit(in);
            steps.add(new ExplanationStep("performancePaymentLimit",
                    ExplanationFigures.plain(terms.performancePaymentLimitRate()) + " × " + ExplanationFigures.money(benchmark), limit));
            paymentLimited = afterSequestration.compareTo(limit) > 0;
            BigDecimal limited = afterSequestration.min(limit);
            BigDecimal prorated = sixMonthProration(in, limited, steps);
            earned = RoundingPolicy.wholeDollars(prorated);
            steps.add(new ExplanationStep("earnedSavings",
                    (paymentLimited ? "limited to the performance payment limit" : "below the payment limit")
                            + ", rounded to dollars", earned));
        } else if (outcome == PerformanceOutcome.LOSSES_GENERATED) {
            BigDecimal lossesBeforeLimit = generated.negate().multiply(lossRate);
            steps.add(new ExplanationStep("lossesAtLossRate", ExplanationFigures.money(generated.negate()) + " × " + ExplanationFigures.plain(lossRate),
                    lossesBeforeLimit));
            LossSharingLimit limit = lossSharingLimit(in, year);
            steps.add(new ExplanationStep("lossSharingLimit", limit.figures(), limit.amount()));
            lossLimited = lossesBeforeLimit.compareTo(limit.amount()) > 0;
            BigDecimal limitedLosses = sixMonthProration(in, lossesBeforeLimit.min(limit.amount()), steps);
            BigDecimal reduction;
            if (year.allLossesForgivenByEuc()) {
                // every month and county affected: nothing is owed, whatever the revenue-based limit
                reduction = limitedLosses;
                steps.add(new ExplanationStep("eucReduction", "PY" + in.performanceYear()
                        + ": COVID-19 emergency in every month and county, shared losses forgiven in full", reduction));
            } else {
                if (limit.unresolved() != null) {
                    unresolved.add(limit.unresolved());
                }
                reduction = eucReduction(in, limitedLosses);
                steps.add(new ExplanationStep("eucReduction", in.euc().describe() + " of " + ExplanationFigures.money(limitedLosses), reduction));
            }
            euc = RoundingPolicy.wholeDollars(reduction);
            losses = RoundingPolicy.wholeDollars(limitedLosses).subtract(euc);
            losses = midYearTerminationProration(in, losses, steps, unresolved);
            steps.add(new ExplanationStep("sharedLosses",
                    (lossLimited ? "limited to the loss sharing limit" : "below the loss sharing limit")
                            + ", less the EUC reduction, rounded to dollars", losses));
        }

        if (in.advancePaymentRecoupment().signum() > 0) {
            steps.add(new ExplanationStep("advancePaymentRecoupment",
                    "advance payments recouped from the earned savings " + ExplanationFigures.money(earned), in.advancePaymentRecoupment()
                    .min(earned)));
        }
        return new ReconciliationResult(in, savingsRate, msr, mlr, outcome, RoundingPolicy.wholeDollars(generated),
                sharingRate, lossRate, earned, losses, euc, paymentLimited, lossLimited, unresolved, steps);
    }

    /**
     * What if: the same ACO and year under every current track/level (BASIC A–E, ENHANCED). One-sided
     * levels use the variable MSR; the loss limit basis falls back to each track's own.
     */
    public Map<Track, ReconciliationResult> reconcileUnderEveryCurrentTrack(ReconciliationInput in) {
        Map<Track, ReconciliationResult> results = new EnumMap<>(Track.class);
        for (Track track : CURRENT_TRACKS) {
            ReconciliationInput.Builder variant = in.toBuilder().track(track).lossLimitBasis(null);
            if (!track.isTwoSided()) {
                variant.minimumSavingsRateChoice(MinimumSavingsRateChoice.variableRate());
            }
            results.put(track, reconcile(variant.build()));
        }
        return Collections.unmodifiableMap(results);
    }

    // ---------------------------------------------------------------- rules

    /** (benchmark − expenditures) / benchmark. */
    public BigDecimal savingsRate(BigDecimal totalBenchmark, BigDecimal totalExpenditures) {
        return RoundingPolicy.divide(totalBenchmark.subtract(totalExpenditures), totalBenchmark);
    }

    /**
     * The MSR (rules section 3): one-sided tracks and two-sided ACOs on the variable choice use the
     * table; below 5,000 beneficiaries the CMS-set rate; pre-2016 Track 2 agreements a flat 2%;
     * otherwise the ACO's fixed choice.
     */
    public BigDecimal minimumSavingsRate(ReconciliationInput in) {
        if (in.track() == Track.TRACK_2 && in.agreementStart().getYear() < FIRST_YEAR_OF_MSR_CHOICE) {
            return TWO_PERCENT;
        }
        boolean variable = !in.track().isTwoSided() || in.minimumSavingsRateChoice().variable()
                || in.assignedBeneficiaries() < MinimumSavingsRateTable.SMALLEST_TABULATED_POPULATION;
        if (!variable) {
            return in.minimumSavingsRateChoice().fixedRate();
        }
        return MinimumSavingsRateTable.rateFor(in.assignedBeneficiaries())
                .or(() -> java.util.Optional.ofNullable(in.cmsSetMinimumSavingsRate()))
                .orElseThrow(() -> new IllegalArgumentException("an ACO with " + in.assignedBeneficiaries()
                        + " beneficiaries (< 5,000) needs the MSR CMS set for it"));
    }

    /** The MLR of a two-sided ACO: the same as its MSR (symmetric choices, variable MLR = MSR). */
    public BigDecimal minimumLossRate(ReconciliationInput in) {
        if (!in.track().isTwoSided()) {
            throw new IllegalArgumentException(in.track().label() + " is one-sided: no minimum loss rate");
        }
        return minimumSavingsRate(in);
    }

    /** The threshold rule (rules section 4, step 5, and 425.605(h) for reduced sharing). */
    public PerformanceOutcome performanceOutcome(ReconciliationInput in, BigDecimal savingsRate,
                                                 BigDecimal msr, BigDecimal mlr) {
        if (in.guardrail() && savingsRate.signum() > 0) {
            // the guardrail benchmark only lowers a loss; it never turns one into shared savings
            return PerformanceOutcome.WITHIN_CORRIDOR;
        }
        if (savingsRate.signum() > 0 && savingsRate.compareTo(msr) >= 0) {
            return PerformanceOutcome.SAVINGS_GENERATED;
        }
        if (savingsRate.signum() < 0) {
            BigDecimal lossThreshold = in.track().isTwoSided() ? mlr : msr;
            if (savingsRate.negate().compareTo(lossThreshold) >= 0) {
                return in.track().isTwoSided() ? PerformanceOutcome.LOSSES_GENERATED : PerformanceOutcome.LOSSES_NOT_SHARED;
            }
        }
        if (savingsRate.signum() > 0 && qualifiesForReducedSharing(in)) {
            return PerformanceOutcome.REDUCED_SAVINGS_GENERATED;
        }
        return PerformanceOutcome.WITHIN_CORRIDOR;
    }

    /** 425.605(h): low-revenue BASIC ACO, agreement from 2024, at least 5,000 beneficiaries. */
    public boolean qualifiesForReducedSharing(ReconciliationInput in) {
        return in.lowRevenue() && in.track().isBasic()
                && in.agreementStart().getYear() >= FIRST_AGREEMENT_YEAR_OF_REDUCED_SHARING
                && in.assignedBeneficiaries() >= MinimumSavingsRateTable.SMALLEST_TABULATED_POPULATION;
    }

    /** The track's maximum sharing rate (Track 1 50%, Track 2 60%, Track 3/ENHANCED 75%, BASIC A/B 40%, C–E 50%). */
    public BigDecimal maximumSharingRate(Track track) {
        return TrackTerms.of(track).maximumSharingRate();
    }

    /**
     * The final sharing rate by era: up to PY2020 max × quality score when the standard is met;
     * PY2021–2022 max when met; PY2023+ max when met, max × quality score when only the alternative
     * standard is met; otherwise 0.
     */
    public BigDecimal finalSharingRate(ReconciliationInput in) {
        BigDecimal max = maximumSharingRate(in.track());
        QualityOutcome q = in.quality();
        int py = in.performanceYear();
        if (py < FIRST_YEAR_OF_QPS_GATE) {
            return q.metQualityStandard() ? max.multiply(requireScore(in)) : BigDecimal.ZERO;
        }
        if (q.metQualityStandard()) {
            return max;
        }
        if (py >= FIRST_YEAR_OF_ALTERNATIVE_QPS && q.metAlternativeStandard()) {
            return max.multiply(requireScore(in));
        }
        return BigDecimal.ZERO;
    }

    /** 425.605(h): a low-revenue ACO below its MSR shares at half its rate (20% A/B, 25% C–E). */
    public BigDecimal reducedSharingRate(BigDecimal finalSharingRate) {
        return finalSharingRate.multiply(HALF);
    }

    /** Earned savings after federal sequestration (× 0.98 in every PUF year). */
    public BigDecimal sequestration(BigDecimal sharedSavings, ParameterYear year) {
        return sharedSavings.multiply(year.sequestrationFactor());
    }

    /** The performance payment limit: the track's share of the updated (total) benchmark. */
    public BigDecimal performancePaymentLimit(ReconciliationInput in) {
        return TrackTerms.of(in.track()).performancePaymentLimitRate().multiply(in.totalBenchmark());
    }

    /**
     * The shared loss rate: fixed 30% for Track 1+ and BASIC C–E; Track 2: 1 − final sharing rate,
     * at most 60%; Track 3 and ENHANCED: 1 − 75% × quality score (× 0 when the standard is failed),
     * clamped to [40%, 75%].
     */
    public BigDecimal sharedLossRate(ReconciliationInput in) {
        return switch (in.track()) {
            case TRACK_1_PLUS, BASIC_C, BASIC_D, BASIC_E -> FLAT_LOSS_RATE;
            case TRACK_2 -> BigDecimal.ONE.subtract(finalSharingRate(in)).min(TRACK_2_LOSS_RATE_CAP);
            case TRACK_3, ENHANCED -> {
                QualityOutcome q = in.quality();
                BigDecimal credit = q.metQualityStandard() || q.metAlternativeStandard()
                        ? maximumSharingRate(in.track()).multiply(requireScore(in))
                        : BigDecimal.ZERO;
                yield BigDecimal.ONE.subtract(credit).max(ENHANCED_LOSS_RATE_FLOOR).min(ENHANCED_LOSS_RATE_CAP);
            }
            case TRACK_1, BASIC_A, BASIC_B ->
                    throw new IllegalArgumentException(in.track().label() + " is one-sided: no shared loss rate");
        };
    }

    /** The loss sharing limit: an amount, how it was found and what it is missing, if anything. */
    public record LossSharingLimit(BigDecimal amount, String figures, String unresolved) {
    }

    /**
     * The loss sharing limit (rules section 2): Track 2 5% / 7.5% / 10% of the benchmark in the
     * agreement's PY 1 / 2 / 3+; Track 3 and ENHANCED 15%; BASIC C/D/E 2%/4%/8% of participant
     * revenue capped at 1%/2%/4% of the benchmark; Track 1+ 8% of revenue capped at 4% of the
     * benchmark, or 4% of the benchmark when benchmark-based. Without the participant revenue a
     * revenue-based limit falls back to its benchmark cap and the result says so (unresolved).
     */
    public LossSharingLimit lossSharingLimit(ReconciliationInput in, ParameterYear year) {
        BigDecimal benchmark = in.totalBenchmark();
        return switch (in.track()) {
            case TRACK_2 -> {
                int pyOfAgreement = performanceYearOfAgreement(in);
                BigDecimal share = switch (pyOfAgreement) {
                    case 1 -> new BigDecimal("0.05");
                    case 2 -> new BigDecimal("0.075");
                    default -> new BigDecimal("0.10");
                };
                yield new LossSharingLimit(share.multiply(benchmark),
                        ExplanationFigures.plain(share) + " × " + ExplanationFigures.money(benchmark) + " (PY" + pyOfAgreement + " of the agreement)", null);
            }
            case TRACK_3, ENHANCED -> benchmarkLimit(new BigDecimal("0.15"), benchmark);
            case BASIC_C -> revenueLimit(in, new BigDecimal("0.02"), new BigDecimal("0.01"));
            case BASIC_D -> revenueLimit(in, new BigDecimal("0.04"), new BigDecimal("0.02"));
            case BASIC_E -> revenueLimit(in, year.levelERevenueLossLimit(), year.levelEBenchmarkLossLimit());
            case TRACK_1_PLUS -> {
                if (in.lossLimitBasis() == null) {
                    // either basis is at most 4% of the benchmark: that is the bound, and which one applies is open
                    BigDecimal cap = new BigDecimal("0.04").multiply(benchmark);
                    yield new LossSharingLimit(cap, "at most 0.04 × " + ExplanationFigures.money(benchmark) + "; basis unknown",
                            "Track 1+ loss sharing limit basis unknown (8% of ACO participant revenue capped at 4% of"
                                    + " benchmark, or 4% of benchmark): shared losses computed with the benchmark cap only,"
                                    + " an upper bound");
                }
                yield in.lossLimitBasis() == LossLimitBasis.REVENUE
                        ? revenueLimit(in, new BigDecimal("0.08"), new BigDecimal("0.04"))
                        : benchmarkLimit(new BigDecimal("0.04"), benchmark);
            }
            case TRACK_1, BASIC_A, BASIC_B ->
                    throw new IllegalArgumentException(in.track().label() + " is one-sided: no loss sharing limit");
        };
    }

    /** Which PY of its agreement the PY is; agreements starting in 2012 had a first PY running to the end of 2013. */
    public int performanceYearOfAgreement(ReconciliationInput in) {
        int firstYear = in.agreementStart().getYear() == 2012 ? 2013 : in.agreementStart().getYear();
        return Math.max(1, in.performanceYear() - firstYear + 1);
    }

    /**
     * 425.609(c): a six-month performance year of CY2019 is reconciled on the whole year's figures
     * with the track's rules and limits, then its shared savings or losses are multiplied by 6 / 12.
     */
    public BigDecimal sixMonthProration(ReconciliationInput in, BigDecimal wholeYearAmount, List<ExplanationStep> steps) {
        PerformancePeriod period = in.performancePeriod();
        if (!period.isSixMonths()) {
            return wholeYearAmount;
        }
        BigDecimal prorated = wholeYearAmount.multiply(period.shareOfYear());
        steps.add(new ExplanationStep("sixMonthProration", ExplanationFigures.money(wholeYearAmount) + " × " + period.months()
                + " / 12 (" + period.label() + ", 425.609)", prorated));
        return prorated;
    }

    /**
     * Shared losses of an agreement terminated during the PY are prorated by the months before the
     * termination (425.221(b)); without those months the amount cannot be determined.
     */
    public BigDecimal midYearTerminationProration(ReconciliationInput in, BigDecimal sharedLosses,
                                                  List<ExplanationStep> steps, List<String> unresolved) {
        if (!in.midYearTermination() || sharedLosses.signum() == 0) {
            return sharedLosses;
        }
        if (in.monthsBeforeTermination() == null) {
            unresolved.add("the agreement ended during the PY: shared losses are prorated by the months before"
                    + " the termination, which are not known; the full-year amount is shown");
            return sharedLosses;
        }
        BigDecimal prorated = RoundingPolicy.wholeDollars(sharedLosses.multiply(BigDecimal.valueOf(in.monthsBeforeTermination()))
                .divide(BigDecimal.valueOf(12), RoundingPolicy.DIVISION));
        steps.add(new ExplanationStep("midYearTerminationProration", ExplanationFigures.money(sharedLosses) + " × "
                + in.monthsBeforeTermination() + " / 12", prorated));
        return prorated;
    }

    /** The EUC reduction of shared losses (after rate and limit). */
    public BigDecimal eucReduction(ReconciliationInput in, BigDecimal sharedLosses) {
        return in.euc().reductionOf(sharedLosses);
    }

    // ---------------------------------------------------------------- helpers

    private static LossSharingLimit benchmarkLimit(BigDecimal share, BigDecimal benchmark) {
        return new LossSharingLimit(share.multiply(benchmark), ExplanationFigures.plain(share) + " × " + ExplanationFigures.money(benchmark), null);
    }

    private static LossSharingLimit revenueLimit(ReconciliationInput in, BigDecimal revenueShare, BigDecimal benchmarkShare) {
        BigDecimal cap = benchmarkShare.multiply(in.totalBenchmark());
        String capFigures = ExplanationFigures.plain(benchmarkShare) + " × " + ExplanationFigures.money(in.totalBenchmark());
        if (in.participantRevenue() == null) {
            return new LossSharingLimit(cap, "cap " + capFigures + "; revenue unknown",
                    "revenue-based loss sharing limit (" + ExplanationFigures.percent(revenueShare) + " of ACO participant revenue, capped at "
                            + ExplanationFigures.percent(benchmarkShare) + " of benchmark) and the participant revenue is unknown:"
                            + " shared losses computed with the benchmark cap only, an upper bound");
        }
        BigDecimal byRevenue = revenueShare.multiply(in.participantRevenue());
        return new LossSharingLimit(byRevenue.min(cap),
                "min(" + ExplanationFigures.plain(revenueShare) + " × " + ExplanationFigures.money(in.participantRevenue()) + ", " + capFigures + ")", null);
    }

    private static BigDecimal requireScore(ReconciliationInput in) {
        if (in.quality().qualityScore() == null) {
            throw new IllegalArgumentException("PY " + in.performanceYear() + " " + in.track().label()
                    + ": the sharing rate needs the quality score");
        }
        return in.quality().qualityScore();
    }

    private String msrSource(ReconciliationInput in) {
        if (in.track() == Track.TRACK_2 && in.agreementStart().getYear() < FIRST_YEAR_OF_MSR_CHOICE) {
            return "flat 2% of Track 2 agreements before 2016";
        }
        boolean variable = !in.track().isTwoSided() || in.minimumSavingsRateChoice().variable();
        if (in.assignedBeneficiaries() < MinimumSavingsRateTable.SMALLEST_TABULATED_POPULATION) {
            return "set by CMS for " + in.assignedBeneficiaries() + " beneficiaries (< 5,000)";
        }
        return variable ? "table of 425.604(b) interpolated at N = " + in.assignedBeneficiaries()
                : "the ACO's choice: " + in.minimumSavingsRateChoice();
    }

    private String sharingRateFigures(ReconciliationInput in, TrackTerms terms) {
        QualityOutcome q = in.quality();
        String score = q.qualityScore() == null ? "no score" : "quality score " + ExplanationFigures.plain(q.qualityScore());
        String standard = q.metQualityStandard() ? "standard met" : q.metAlternativeStandard()
                ? "alternative standard met" : "standard not met";
        String era = in.performanceYear() < FIRST_YEAR_OF_QPS_GATE ? "max × quality score (PY2020 and earlier)"
                : in.performanceYear() < FIRST_YEAR_OF_ALTERNATIVE_QPS ? "max if the standard is met (PY2021–2022)"
                : "max if met, max × score if the alternative standard is met (PY2023+)";
        return "max " + ExplanationFigures.plain(terms.maximumSharingRate()) + ", " + standard + ", " + score + "; " + era;
    }
}
