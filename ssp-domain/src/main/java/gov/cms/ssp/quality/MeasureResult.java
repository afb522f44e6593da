package gov.cms.ssp.quality;

import java.math.BigDecimal;
import java.util.List;

/**
 * One measure's part in the quality score.
 *
 * @param key         the measure (the CAHPS for MIPS survey as Quality ID 321 with its summary survey measures in parts)
 * @param title       its name
 * @param status      what became of it
 * @param rate        the rate scored, percent; null when none
 * @param decile      the benchmark decile of the rate (1–10), 0 below every decile, null when not scored
 * @param percentile  the percentile of performance the rate reaches (decile K: (K−1)×10), null when not scored
 * @param points      achievement points (0–10), null when undetermined or not counted
 * @param lowest      fewest points it can have (equals points when determined)
 * @param highest     most points it can have (equals points when determined)
 * @param outcome     an outcome measure
 * @param parts       the summary survey measures of the CAHPS for MIPS survey, empty otherwise
 * @param explanation how the points came about, in plain English
 */
public record MeasureResult(MeasureKey key, String title, MeasureStatus status, BigDecimal rate, Integer decile,
                            Integer percentile, BigDecimal points, BigDecimal lowest, BigDecimal highest,
                            boolean outcome, List<MeasureResult> parts, String explanation) {

    public MeasureResult {
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    public boolean counted() {
        return status.counted();
    }

    public boolean determined() {
        return !counted() || points != null;
    }
}
