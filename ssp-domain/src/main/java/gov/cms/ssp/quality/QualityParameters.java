package gov.cms.ssp.quality;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The quality rules of one PY that are numbers or switches (reference data, {@code parameters.csv} of the
 * PY), never constants in the scoring code.
 *
 * @param performanceYear            the PY
 * @param dataCompleteness           share of eligible cases a reported measure must cover (0.70 = 70%; 414.1340)
 * @param lowestPoints               fewest achievement points a scored measure earns (3 through PY2022; 1 from
 *                                   PY2023, when the 3-point floor ended; 414.1380(b)(1))
 * @param noBenchmarkPoints          points of a complete measure CMS publishes no benchmark for
 * @param toppedOutCap               most points of a measure CMS caps as topped out (7)
 * @param standardPercentile         the percentile of MIPS quality scores the quality performance standard
 *                                   requires (30 for PY2021–2023, 40 from PY2024; 425.512(a))
 * @param standardScore              the MIPS quality score at that percentile (e.g. 70.63 for PY2022), points out of 100
 * @param firstYearPayForReporting   complete reporting meets the standard in the first PY of a first agreement
 *                                   (425.512(a)(2))
 * @param incentive                  how the eCQM/MIPS CQM reporting incentive works in the PY
 * @param incentiveScore             the score the incentive asks for when it is a score (the 10th percentile)
 * @param incentiveOutcomePercentile percentile an outcome measure must reach for the incentive (10)
 * @param incentiveOtherPercentile   percentile another measure must reach for the incentive (30)
 * @param alternativeStandard        the alternative quality performance standard (sliding scale) applies
 *                                   (PY2023+; 425.512(a))
 * @param alternativeOutcomePercentile percentile one outcome measure must reach for the alternative standard (10)
 * @param healthEquity               the health equity adjustment applies (PY2023+; 414.1380(b)(1))
 * @param healthEquityCap            most bonus points of the adjustment (10)
 * @param healthEquityTopPoints      scaler points of a measure in the top third of performance (4)
 * @param healthEquityMiddlePoints   scaler points of a measure in the middle third (2)
 * @param healthEquityMinimumShare   least share of underserved assigned beneficiaries for any adjustment (0.20)
 * @param improvementCap             most percentage points of quality improvement scoring (10; 414.1380(b)(1))
 * @param source                     where the values come from
 * @param mipsApm                    the APP's category weights and assigned improvement activities score for the
 *                                   MIPS APM scoring standard; null when the PY's file has none (the MIPS final
 *                                   score is then not determined)
 */
public record QualityParameters(
        int performanceYear,
        BigDecimal dataCompleteness,
        BigDecimal lowestPoints,
        BigDecimal noBenchmarkPoints,
        BigDecimal toppedOutCap,
        int standardPercentile,
        BigDecimal standardScore,
        boolean firstYearPayForReporting,
        Incentive incentive,
        BigDecimal incentiveScore,
        int incentiveOutcomePercentile,
        int incentiveOtherPercentile,
        boolean alternativeStandard,
        int alternativeOutcomePercentile,
        boolean healthEquity,
        BigDecimal healthEquityCap,
        BigDecimal healthEquityTopPoints,
        BigDecimal healthEquityMiddlePoints,
        BigDecimal healthEquityMinimumShare,
        BigDecimal improvementCap,
        String source,
        MipsApmParameters mipsApm) {

    /**
     * The APP's performance category weights (42 CFR 414.1367; qpp.cms.gov "APM Performance Pathway"):
     * quality, Promoting Interoperability and improvement activities, cost not assessed (weight 0), and the
     * improvement activities score CMS assigns every APP participant as a share of the category maximum.
     * The weights add up to 1.
     */
    public record MipsApmParameters(BigDecimal qualityWeight, BigDecimal interoperabilityWeight,
                                    BigDecimal improvementActivitiesWeight, BigDecimal costWeight,
                                    BigDecimal assignedImprovementActivities) {
        public MipsApmParameters {
            Objects.requireNonNull(qualityWeight, "qualityWeight");
            Objects.requireNonNull(interoperabilityWeight, "interoperabilityWeight");
            Objects.requireNonNull(improvementActivitiesWeight, "improvementActivitiesWeight");
            Objects.requireNonNull(costWeight, "costWeight");
            Objects.requireNonNull(assignedImprovementActivities, "assignedImprovementActivities");
            if (qualityWeight.add(interoperabilityWeight).add(improvementActivitiesWeight).add(costWeight)
                    .compareTo(BigDecimal.ONE) != 0) {
                throw new IllegalArgumentException("the MIPS category weights must add up to 1");
            }
        }
    }

    /** The eCQM/MIPS CQM reporting incentive of 425.512(a) by PY. */
    public enum Incentive {
        /** no incentive in the PY */
        NONE,
        /** PY2022: reporting all eCQMs/MIPS CQMs completely and a score of at least the 10th percentile */
        SCORE,
        /** PY2023–2024: an outcome measure at the 10th percentile and another measure at the 30th */
        MEASURES
    }

    public QualityParameters {
        Objects.requireNonNull(dataCompleteness, "dataCompleteness");
        Objects.requireNonNull(lowestPoints, "lowestPoints");
        Objects.requireNonNull(noBenchmarkPoints, "noBenchmarkPoints");
        Objects.requireNonNull(toppedOutCap, "toppedOutCap");
        Objects.requireNonNull(incentive, "incentive");
        if (dataCompleteness.signum() < 0 || dataCompleteness.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("data completeness must be a share in [0, 1]: " + dataCompleteness);
        }
        if (incentive == Incentive.SCORE && incentiveScore == null) {
            throw new IllegalArgumentException("the score incentive needs its score");
        }
    }
}
