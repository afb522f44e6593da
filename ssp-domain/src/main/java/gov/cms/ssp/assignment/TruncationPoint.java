package gov.cms.ssp.assignment;

import gov.cms.ssp.reconciliation.RoundingPolicy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * T(Y,t) of spec F.5, kept as an exact fraction {@code numerator / denominator}: a value of
 * truncation_thresholds.csv (denominator 1) or a derived point, the annualised amount 12·E/m of the
 * beneficiary at the nearest rank ⌈0.99·n⌉.
 */
final class TruncationPoint {

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private final BigDecimal numerator;
    private final int denominator;

    private TruncationPoint(BigDecimal numerator, int denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    static TruncationPoint of(BigDecimal amount) {
        return new TruncationPoint(amount, 1);
    }

    /** One beneficiary's annualised amount of a type: E / (m/12). */
    record Annualised(BigDecimal amount, int months) {
        static final Comparator<Annualised> ORDER = (a, b) ->
                a.amount.multiply(BigDecimal.valueOf(b.months)).compareTo(b.amount.multiply(BigDecimal.valueOf(a.months)));
    }

    /** Nearest rank over every assignable beneficiary with a month of the type, unweighted; null when there is none. */
    static TruncationPoint nearestRank99(List<Annualised> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Annualised> sorted = new ArrayList<>(values);
        sorted.sort(Annualised.ORDER);
        int n = sorted.size();
        int rank = (int) ((99L * n + 99) / 100); // ⌈0.99·n⌉
        Annualised at = sorted.get(rank - 1);
        return new TruncationPoint(at.amount.multiply(TWELVE), at.months);
    }

    /** The point in dollars (for reporting). */
    BigDecimal amount() {
        return RoundingPolicy.divide(numerator, BigDecimal.valueOf(denominator));
    }

    /**
     * The scale at which every E′ is a whole multiple of its exact value: E′ is T·m/12 with T a file
     * value or 12·E/k (k = 1…12), so 12 × lcm(1…12) = 332,640 × E′ is exact. ACO totals add scaled
     * amounts and divide once, at output (spec F.6: exact decimals, cents only in outputs).
     */
    static final BigDecimal SCALE = BigDecimal.valueOf(12L * 27_720);

    /** E′ = min(A, T) × py, with A = 12·E/m and py = m/12; E itself when A ≤ T (negative E passes unchanged). */
    BigDecimal truncate(BigDecimal amount, int months) {
        return unscale(truncateScaled(amount, months));
    }

    /** E′ × {@link #SCALE}, exactly. */
    BigDecimal truncateScaled(BigDecimal amount, int months) {
        BigDecimal annualisedTimesDenominator = amount.multiply(TWELVE).multiply(BigDecimal.valueOf(denominator));
        if (annualisedTimesDenominator.compareTo(numerator.multiply(BigDecimal.valueOf(months))) <= 0) {
            return amount.multiply(SCALE);
        }
        // T·m/12 × 12·27720 = numerator·m·27720/denominator, and denominator (1…12) divides 27720
        return numerator.multiply(BigDecimal.valueOf(months)).multiply(BigDecimal.valueOf(27_720 / denominator));
    }

    static BigDecimal unscale(BigDecimal scaled) {
        return RoundingPolicy.divide(scaled, SCALE);
    }
}
