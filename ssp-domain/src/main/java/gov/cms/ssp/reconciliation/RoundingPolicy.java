package gov.cms.ssp.reconciliation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The one rounding policy of the reconciliation engine.
 *
 * <ul>
 *   <li>Money is {@link BigDecimal} in US dollars. Additions, subtractions and multiplications are
 *       exact; the only divisions (savings rate, interpolation in the MSR table, EUC shares) use
 *       {@link #DIVISION} (34 significant digits, HALF_EVEN), which is exact for every practical
 *       purpose.</li>
 *   <li>No intermediate figure is ever rounded: rates (savings rate, MSR/MLR, sharing and loss rates)
 *       and the amounts of every explanation step keep full precision.</li>
 *   <li>The money figures of a {@link ReconciliationResult} (generated savings/losses, earned
 *       savings, shared losses, EUC reduction, net amount) are rounded once, at the end, to whole
 *       dollars with {@link RoundingMode#HALF_UP} (half away from zero), the precision of CMS's
 *       published results.</li>
 *   <li>Rates are rounded only for display (e.g. the CLI writes them in the notation of the PUF year).</li>
 * </ul>
 */
public final class RoundingPolicy {

    /** Precision of the divisions inside the engine. */
    public static final MathContext DIVISION = MathContext.DECIMAL128;

    private RoundingPolicy() {
    }

    public static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        return dividend.divide(divisor, DIVISION);
    }

    /** The final rounding of a money figure: whole dollars, half away from zero. */
    public static BigDecimal wholeDollars(BigDecimal amount) {
        return amount.setScale(0, RoundingMode.HALF_UP);
    }
}
