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
 * Computes every row of a PUF from its inputs alone and compares with what CMS published, where it
 * published anything.
 *
 * <p>Inputs are the columns that describe the ACO and its year (track, dates, N_AB, benchmark,
 * expenditures, MSR choice, quality, EUC, revenue category, guardrail, termination, recoupment); the
 * outcome columns ({@link PufColumns#OUTCOMES}) are never read as inputs. A row is
 * {@link CheckStatus#REPRODUCED} or {@link CheckStatus#DIFFERS} where CMS published a result,
 * {@link CheckStatus#COMPUTED} where it did not, and {@link CheckStatus#NOT_CHECKABLE}, with the
 * reason, only where a figure the rules need is not in the file (participant revenue, months before a
 * termination); its computed values are then the bound the engine could determine.
 *
 * <p>Compared: MinSavPerc (one-sided, N ≥ 5,000: the file's MSR is checked against the table),
 * GenSaveLoss, FinalShareRate, FinalLossRate and EarnSaveLoss, each where published. Tolerances come
 * only from the rounding of the published figures:
 * <ul>
 *   <li>rates: half a unit of the published precision, plus what the rounding of the published
 *       quality score can move the computed rate (e.g. 0.5 × ±0.00005 for Track 1 in 2018);</li>
 *   <li>GenSaveLoss: $1 (CMS's benchmark and expenditures are rounded to the dollar);</li>
 *   <li>EarnSaveLoss: $1 for CMS's rounding + $1 for the rounding of benchmark and expenditures,
 *       plus the spread of the computed amount when the quality score moves within its rounding.</li>
 * </ul>
 */
public final class PublishedResultCheck {

    private static final BigDecimal EPSILON = new BigDecimal("1E-12");
    private static final BigDecimal ONE_DOLLAR = BigDecimal.ONE;
    private static final BigDecimal TWO_DOLLARS = new BigDecimal("2");
    /** The first PY whose sharing rate does not scale with a quality score (QPS met → max rate). */
    private static final int FIRST_YEAR_OF_QPS_GATE = 2021;

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
        String missing = missingInputs(row, layout.year());
        if (missing != null) {
            return RowVerdict.notCheckable(row, missing);
        }
        ReconciliationInput input;
        ReconciliationResult result;
        try {
            input = inputOf(row, layout);
            result = engine.reconcile(input);
        } catch (IllegalArgumentException e) {
            return RowVerdict.notCheckable(row, "cannot be reconciled from the inputs: " + e.getMessage());
        }

        BigDecimal generated = reportedGenerated(result, layout);
        BigDecimal net = result.netAmount();
        PufRow.Published published = row.published();
        BigDecimal earnedTolerance = TWO_DOLLARS.add(qualitySpread(input, row.qualityScore(), ReconciliationResult::netAmount));

        List<String> differences = new ArrayList<>();
        if (!row.track().isTwoSided()
                && row.assignedBeneficiaries().value().intValue() >= MinimumSavingsRateTable.SMALLEST_TABULATED_POPULATION) {
            compareRate("MinSavPerc", result.minimumSavingsRate(), row.minimumSavingsRate(), BigDecimal.ZERO, layout, differences);
        }
        if (published.generatedSavingsLosses().isPresent()) {
            compareMoney("GenSaveLoss", generated, published.generatedSavingsLosses(), ONE_DOLLAR, differences);
        }
        compareRate("FinalShareRate", result.finalSharingRate(), published.finalShareRate(),
                qualitySpread(input, row.qualityScore(), ReconciliationResult::finalSharingRate), layout, differences);
        if (result.finalLossRate() != null) {
            compareRate("FinalLossRate", result.finalLossRate(), published.finalLossRate(),
                    qualitySpread(input, row.qualityScore(), ReconciliationResult::finalLossRate), layout, differences);
        }
        if (published.earnedSavingsLosses().isPresent()) {
            compareMoney("EarnSaveLoss", net, published.earnedSavingsLosses(), earnedTolerance, differences);
        }

        String notCheckable = notCheckableReason(row, input, result);
        CheckStatus status;
        String reason;
        if (notCheckable != null) {
            status = CheckStatus.NOT_CHECKABLE;
            reason = notCheckable + (differences.isEmpty() ? ""
                    : " (published values differ from the bound: " + String.join("; ", differences) + ")");
        } else if (!differences.isEmpty()) {
            status = CheckStatus.DIFFERS;
            reason = String.join("; ", differences);
        } else if (published.any()) {
            status = CheckStatus.REPRODUCED;
            reason = "";
        } else {
            status = CheckStatus.COMPUTED;
            reason = "CMS's result not in the file";
        }
        return new RowVerdict(row, status, reason, result, result.minimumSavingsRate(), generated,
                result.finalSharingRate(), result.finalLossRate(), net, earnedTolerance);
    }

    /** The engine's inputs as the PUF gives them; never a published result. */
    public ReconciliationInput inputOf(PufRow row, PufLayout layout) {
        int n = row.assignedBeneficiaries().value().intValueExact();
        BigDecimal fileMsr = row.minimumSavingsRate().value();
        MinimumSavingsRateChoice choice = MinimumSavingsRateChoice.variableRate();
        if (row.track().isTwoSided() && MinimumSavingsRateChoice.FIXED_OPTIONS.stream()
                .anyMatch(o -> o.compareTo(fileMsr) == 0)) {
            choice = MinimumSavingsRateChoice.fixed(fileMsr);
        }
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
                .cmsSetMinimumSavingsRate(n < MinimumSavingsRateTable.SMALLEST_TABULATED_POPULATION ? fileMsr : null)
                .quality(qualityOf(row, layout.year()))
                .lossLimitBasis(basis)
                .lowRevenue(Boolean.TRUE.equals(row.lowRevenue()))
                .euc(disAdj.signum() == 0 ? EucAdjustment.none() : EucAdjustment.determinedReduction(disAdj.abs()))
                .performancePeriod(row.period())
                .guardrail(Boolean.TRUE.equals(row.guardrail()))
                .midYearTermination(Boolean.TRUE.equals(row.midYearTermination()))
                .advancePaymentRecoupment(row.advancePaymentRecoupment().valueOrZero().abs())
                .build();
    }

    /**
     * The quality outcome: Met_QPS / Met_AltQPS and QualScore. Files before 2016 have no Met_QPS:
     * there the standard is met by complete reporting in the first PY (QualScore {@code P4R} or blank,
     * full credit) and by a score above 0 later; PY2013 writes a failed ACO's score as 0.
     */
    static QualityOutcome qualityOf(PufRow row, int year) {
        BigDecimal score = row.qualityScore().isPresent() ? row.qualityScore().value() : null;
        if (Boolean.FALSE.equals(row.metQualityStandard())) {
            boolean alternative = Boolean.TRUE.equals(row.metAlternativeStandard());
            return new QualityOutcome(false, alternative, score);
        }
        if (row.payForReporting() && year < FIRST_YEAR_OF_QPS_GATE) {
            return QualityOutcome.payForReporting();
        }
        boolean met = row.metQualityStandard() != null ? row.metQualityStandard() : score != null && score.signum() > 0;
        return new QualityOutcome(met, false, score);
    }

    private static String missingInputs(PufRow row, int year) {
        List<String> missing = new ArrayList<>();
        need(row.assignedBeneficiaries(), PufColumns.N_AB, missing);
        need(row.totalBenchmark(), PufColumns.AB_TOT_BNCHMK, missing);
        need(row.totalExpenditures(), PufColumns.AB_TOT_EXP, missing);
        need(row.minimumSavingsRate(), PufColumns.MIN_SAV_PERC, missing);
        if (year >= FIRST_YEAR_OF_QPS_GATE && row.metQualityStandard() == null) {
            missing.add(PufColumns.MET_QPS + " not published");
        }
        if (year < FIRST_YEAR_OF_QPS_GATE && !row.payForReporting() && !row.qualityScore().isPresent()
                && !Boolean.FALSE.equals(row.metQualityStandard())) {
            missing.add(PufColumns.QUAL_SCORE + " " + row.qualityScore().absence());
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
            String why = String.join("; ", result.unresolved());
            return why + (why.contains("revenue") ? "; CMS does not publish participant revenue"
                    : "; the file does not publish it");
        }
        if (input.cmsSetMinimumSavingsRate() != null
                && result.savingsRate().abs().subtract(input.cmsSetMinimumSavingsRate()).abs()
                .compareTo(row.minimumSavingsRate().halfUnit()) <= 0) {
            return "savings rate within the rounding of the published CMS-set MSR: threshold undecidable";
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
        if (!published.isPresent()) {
            return;
        }
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
