package gov.cms.ssp.quality;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * CMS's benchmark of one measure and collection type for a PY (42 CFR 414.1380(b)(1)): where each of
 * the ten deciles of performance starts. A rate in decile K earns K achievement points plus the share
 * of the way it has gone towards decile K+1 (partial points); decile 10 earns 10. For an inverse
 * measure (lower is better, e.g. 001 HbA1c poor control) a decile starts at its highest rate.
 *
 * @param key           measure and collection type
 * @param inverse       lower rates are better
 * @param decileStarts  ten entries, decile 1 first; null where CMS publishes no rate for the decile
 *                      ("--": the deciles collapse, or decile 1 is open below)
 * @param toppedOut     CMS marks the measure topped out
 * @param sevenPointCap topped out long enough that CMS caps it at the PY's topped-out cap (7 points)
 * @param source        where the figures come from
 */
public record MeasureBenchmark(MeasureKey key, boolean inverse, List<BigDecimal> decileStarts, boolean toppedOut,
                               boolean sevenPointCap, String source) {

    public static final int DECILES = 10;
    private static final MathContext PRECISION = new MathContext(12, RoundingMode.HALF_UP);

    public MeasureBenchmark {
        Objects.requireNonNull(key, "key");
        if (decileStarts == null || decileStarts.size() != DECILES) {
            throw new IllegalArgumentException("a benchmark has ten deciles: " + key);
        }
        decileStarts = Collections.unmodifiableList(new ArrayList<>(decileStarts));
        BigDecimal previous = null;
        for (BigDecimal start : decileStarts) {
            if (start == null) {
                continue;
            }
            if (previous != null && (inverse ? start.compareTo(previous) > 0 : start.compareTo(previous) < 0)) {
                throw new IllegalArgumentException("deciles of " + key + " must " + (inverse ? "fall" : "rise")
                        + " from decile 1 to decile 10");
            }
            previous = start;
        }
        if (previous == null) {
            throw new IllegalArgumentException("a benchmark needs at least one decile: " + key);
        }
    }

    /** Where decile {@code k} (1–10) starts, or null. */
    public BigDecimal decileStart(int k) {
        return decileStarts.get(k - 1);
    }

    /** The decile the rate falls in (1–10), or 0 when it is below every decile CMS publishes. */
    public int decileOf(BigDecimal rate) {
        int decile = 0;
        for (int k = 1; k <= DECILES; k++) {
            BigDecimal start = decileStart(k);
            if (start != null && (inverse ? rate.compareTo(start) <= 0 : rate.compareTo(start) >= 0)) {
                decile = k;
            }
        }
        return decile;
    }

    /**
     * Achievement points of a rate before any floor or cap: decile K plus the partial point
     * (rate − start of K) / (start of the next published higher decile − start of K), below 1;
     * exactly 10 in decile 10; 0 below every published decile (the caller applies the PY's floor).
     */
    public BigDecimal rawPoints(BigDecimal rate) {
        int k = decileOf(rate);
        if (k == 0) {
            return BigDecimal.ZERO;
        }
        if (k == DECILES) {
            return BigDecimal.TEN;
        }
        BigDecimal start = decileStart(k);
        BigDecimal next = null;
        for (int j = k + 1; j <= DECILES; j++) {
            BigDecimal s = decileStart(j);
            if (s != null && s.compareTo(start) != 0) {
                next = s;
                break;
            }
        }
        if (next == null) {
            return BigDecimal.valueOf(k);
        }
        BigDecimal travelled = inverse ? start.subtract(rate) : rate.subtract(start);
        BigDecimal width = inverse ? start.subtract(next) : next.subtract(start);
        BigDecimal share = travelled.divide(width, PRECISION);
        if (share.compareTo(BigDecimal.ONE) >= 0) {
            share = new BigDecimal("0.999999");
        }
        return BigDecimal.valueOf(k).add(share.max(BigDecimal.ZERO));
    }

    /** The percentile of performance the rate reaches at least (decile K starts at the (K−1)×10th). */
    public int percentileReached(BigDecimal rate) {
        int k = decileOf(rate);
        return k <= 1 ? 0 : (k - 1) * 10;
    }
}
