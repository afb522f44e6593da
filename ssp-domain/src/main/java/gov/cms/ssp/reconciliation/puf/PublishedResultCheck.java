package gov.cms.ssp.reconciliation.puf;

import gov.cms.ssp.agreement.Track;
import gov.cms.ssp.reconciliation.EucAdjustment;
import gov.cms.ssp.reconciliation.LossLimitBasis;
import gov.cms.ssp.reconciliation.MinimumSavingsRateChoice;
import gov.cms.ssp.reconciliation.MinimumSavingsRateTable;
import gov.cms.ssp.reconciliation.PerformanceOutcome;
import gov.cms.ssp.reconciliation.QualityOutcome;
import gov.cms.ssp.reconciliation.ReconciliationEngine;
import gov.cms.ssp.reconciliation.ReconciliationInput;
import gov.cms.ssp.reconciliation.ReconciliationResult;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Recomputes every row of a PUF from its inputs and compares with what CMS published.
 *
 * <p>Compared: MinSavPerc (one-sided, N ≥ 5,000), GenSaveLoss, FinalShareRate, FinalLossRate (when
 * published) and EarnSaveLoss. Tolerances come only from the rounding of the published figures:
 * <ul>
 *   <li>rates: half a unit of the published precision, plus what the rounding of the published
 *       quality score can move the computed rate (e.g. 0.5 × ±0.00005 for Track 1 in 2018);</li>
 *   <li>GenSaveLoss: $1 (CMS's benchmark and expenditures are rounded to the dollar);</li>
 *   <li>EarnSaveLoss: $1 for CMS's rounding + $1 for the rounding of benchmark and expenditures,
 *       plus the spread of the computed amount when the quality score moves within its rounding.</li>
 * </ul>
 * Rows whose outcome depends on a figure CMS does not publish are {@link CheckStatus#NOT_CHECKABLE}
 * with the reason, never guessed.
 */
public final class PublishedResultCheck {

    private static final BigDecimal EPSILON = new BigDecimal("1E-12");
    private static final BigDecimal ONE_DOLLAR = BigDecimal.ONE;
    private static final BigDecimal TWO_DOLLARS = new BigDecimal("2");

    private final ReconciliationEngine engine;

    public PublishedResultCheck(ReconciliationEngine engine) {
        this.engine = engine;
    }

    public CheckReport check(PufFile file) {
        List<RowVerdict> verdicts = new ArrayList<>(file.rows().size());
        for (PufRow row : file.rows()) {
            verdicts.add(check(row, file.layout()));
        }
        return new CheckReport(file, verdicts);
    }

    public RowVerdict check(PufRow row, PufLayout layout) {
        String missing = missingInputs(row);
        if (missing != null) {
            return RowVerdict.notCheckable(row, missing);
        }
        ReconciliationInput input;
        ReconciliationResult result;
        try {
            input = inputOf(row, layout);
            result = engine.reconcile(input);
        } catch (IllegalArgumentException e) {
            return RowVerdict.notCheckable(row, "cannot be reconciled from the published inputs: " + e.getMessage());
        }

        BigDecimal generated = reportedGenerated(result, layout);
        BigDecimal net = result.netAmount();
        BigDecimal earnedTolerance = TWO_DOLLARS.add(qualitySpread(input, row.qualityScore(), ReconciliationResult::netAmount));

        List<String> differences = new ArrayList<>();
        if (!row.track().isTwoSided()
                && row.assignedBeneficiaries().value().intValue() >= MinimumSavingsRateTable.SMALLEST_TABULATED_POPULATION) {
            compareRate("MinSavPerc", result.minimumSavingsRate(), row.minimumSavingsRate(), BigDecimal.ZERO, layout, differences);
        }
        compareMoney("GenSaveLoss", generated, row.generatedSavingsLosses(), ONE_DOLLAR, differences);
        compareRate("FinalShareRate", result.finalSharingRate(), row.finalShareRate(),
                qualitySpread(input, row.qualityScore(), ReconciliationResult::finalSharingRate), layout, differences);
        if (result.finalLossRate() != null && row.finalLossRate().isPresent()) {
            compareRate("FinalLossRate", result.finalLossRate(), row.finalLossRate(),
                    qualitySpread(input, row.qualityScore(), ReconciliationResult::finalLossRate), layout, differences);
        }
        compareMoney("EarnSaveLoss", net, row.earnedSavingsLosses(), earnedTolerance, differences);

        String notCheckable = notCheckableReason(row, input, result);
        CheckStatus status;
        String reason;
        if (notCheckable != null) {
            status = CheckStatus.NOT_CHECKABLE;
            reason = notCheckable + (differences.isEmpty() ? ""
                    : " (published values differ from the bound: " + String.join("; ", differences) + ")");
        } else if (differences.isEmpty()) {
            status = CheckStatus.REPRODUCED;
            reason = "";
        } else {
            status = CheckStatus.DIFFERS;
            reason = String.join("; ", differences);
        }
        return new RowVerdict(row, status, reason, result, result.minimumSavingsRate(), generated,
                result.finalSharingRate(), result.finalLossRate(), net, earnedTolerance);
    }

    /** The engine's inputs as the PUF gives them. */
    public ReconciliationInput inputOf(PufRow row, PufLayout layout) {
        int n = row.assignedBeneficiaries().value().intValueExact();
        BigDecimal publishedMsr = row.minimumSavingsRate().value();
        MinimumSavingsRateChoice choice = MinimumSavingsRateChoice.variableRate();
        if (row.track().isTwoSided() && MinimumSavingsRateChoice.FIXED_OPTIONS.stream()
                .anyMatch(o -> o.compareTo(publishedMsr) == 0)) {
            choice = MinimumSavingsRateChoice.fixed(publishedMsr);
        }
        boolean metQps = Boolean.TRUE.equals(row.metQualityStandard());
        boolean metAlternative = !metQps && Boolean.TRUE.equals(row.metAlternativeStandard());
        BigDecimal score = row.qualityScore().isPresent() ? row.qualityScore().value() : null;
        LossLimitBasis basis = null;
        if (row.track() == Track.TRACK_1_PLUS && row.revenueBasedLossLimit() != null) {
            basis = row.revenueBasedLossLimit() ? LossLimitBasis.REVENUE : LossLimitBasis.BENCHMARK;
        }
        BigDecimal disAdj = row.disasterAdjustment().valueOrZero();
        return ReconciliationInput.builder()
                .performanceYear(layout.year())
                .track(row.track())
                .agreementStart(row.agreementStart())
                .agreementPeriodNumber(row.agreementPeriodNumber() == null ? 1 : row.agreementPeriodNumber())
                .assignedBeneficiaries(n)
                .totalBenchmark(row.totalBenchmark().value())
                .totalExpenditures(row.totalExpenditures().value())
                .minimumSavingsRateChoice(choice)
                .cmsSetMinimumSavingsRate(n < MinimumSavingsRateTable.SMALLEST_TABULATED_POPULATION ? publishedMsr : null)
                .quality(new QualityOutcome(metQps, metAlternative, score))
                .lossLimitBasis(basis)
                .lowRevenue(Boolean.TRUE.equals(row.lowRevenue()))
                .euc(disAdj.signum() == 0 ? EucAdjustment.none() : EucAdjustment.determinedReduction(disAdj.abs()))
                .build();
    }

    private static String missingInputs(PufRow row) {
        List<String> missing = new ArrayList<>();
        need(row.assignedBeneficiaries(), PufColumns.N_AB, missing);
        need(row.totalBenchmark(), PufColumns.AB_TOT_BNCHMK, missing);
        need(row.totalExpenditures(), PufColumns.AB_TOT_EXP, missing);
        need(row.minimumSavingsRate(), PufColumns.MIN_SAV_PERC, missing);
        need(row.generatedSavingsLosses(), PufColumns.GEN_SAVE_LOSS, missing);
        need(row.earnedSavingsLosses(), PufColumns.EARN_SAVE_LOSS, missing);
        need(row.finalShareRate(), PufColumns.FINAL_SHARE_RATE, missing);
        if (row.metQualityStandard() == null) {
            missing.add(PufColumns.MET_QPS + " not published");
        }
        if (row.disasterAdjustment().presence() == PufNumber.Presence.SUPPRESSED) {
            missing.add(PufColumns.DIS_ADJ + " suppressed (*)");
        }
        return missing.isEmpty() ? null : "inputs not published: " + String.join(", ", missing);
    }

    private static void need(PufNumber number, String column, List<String> missing) {
        if (!number.isPresent()) {
            missing.add(column + " " + number.absence());
        }
    }

    /** Why a reconciled row still cannot be checked, or null. */
    private static String notCheckableReason(PufRow row, ReconciliationInput input, ReconciliationResult result) {
        if (!result.isDetermined()) {
            return String.join("; ", result.unresolved()) + "; CMS does not publish participant revenue";
        }
        if (input.cmsSetMinimumSavingsRate() != null
                && result.savingsRate().abs().subtract(input.cmsSetMinimumSavingsRate()).abs()
                .compareTo(row.minimumSavingsRate().halfUnit()) <= 0) {
            return "savings rate within the rounding of the published CMS-set MSR: threshold undecidable";
        }
        if (Boolean.TRUE.equals(row.guardrail()) && result.outcome() == PerformanceOutcome.LOSSES_GENERATED) {
            return "guardrail: losses measured against a benchmark without the ACPT, which is not published";
        }
        return null;
    }

    /** GenSaveLoss as the PUF year reports it: some years report a one-sided ACO's losses beyond its MSR. */
    private static BigDecimal reportedGenerated(ReconciliationResult result, PufLayout layout) {
        if (result.outcome() == PerformanceOutcome.LOSSES_NOT_SHARED && layout.oneSidedLossesReportedAsGenerated()) {
            return result.input().benchmarkMinusExpenditures();
        }
        return result.generatedSavingsOrLosses();
    }

    /** How far a computed figure moves when the quality score moves within its published rounding. */
    private BigDecimal qualitySpread(ReconciliationInput input, PufNumber publishedScore,
                                     Function<ReconciliationResult, BigDecimal> figure) {
        BigDecimal score = input.quality().qualityScore();
        if (score == null || !publishedScore.isPresent()) {
            return BigDecimal.ZERO;
        }
        BigDecimal half = publishedScore.halfUnit();
        BigDecimal centre = figure.apply(engine.reconcile(input));
        if (centre == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal spread = BigDecimal.ZERO;
        for (BigDecimal moved : List.of(score.subtract(half).max(BigDecimal.ZERO), score.add(half).min(BigDecimal.ONE))) {
            QualityOutcome q = new QualityOutcome(input.quality().metQualityStandard(),
                    input.quality().metAlternativeStandard(), moved);
            BigDecimal other = figure.apply(engine.reconcile(input.toBuilder().quality(q).build()));
            spread = spread.max(other.subtract(centre).abs());
        }
        return spread;
    }

    private static void compareMoney(String column, BigDecimal computed, PufNumber published, BigDecimal tolerance,
                                     List<String> differences) {
        BigDecimal gap = computed.subtract(published.value()).abs();
        if (gap.compareTo(tolerance) > 0) {
            differences.add(column + " computed " + computed.toPlainString() + ", published " + published.raw()
                    + " (tolerance " + tolerance.setScale(0, java.math.RoundingMode.CEILING).toPlainString() + ")");
        }
    }

    private static void compareRate(String column, BigDecimal computed, PufNumber published, BigDecimal spread,
                                    PufLayout layout, List<String> differences) {
        if (!published.isPresent()) {
            return;
        }
        BigDecimal tolerance = published.halfUnit().add(spread).add(EPSILON);
        if (computed.subtract(published.value()).abs().compareTo(tolerance) > 0) {
            differences.add(column + " computed " + layout.notationOf(column).format(computed)
                    + ", published " + published.raw());
        }
    }
}
