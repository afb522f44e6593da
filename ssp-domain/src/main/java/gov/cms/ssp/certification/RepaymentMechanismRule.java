package gov.cms.ssp.certification;

import gov.cms.ssp.agreement.Track;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * 42 CFR 425.204(f): the repayment mechanism of a two-sided ACO is worth the lesser of 0.5% of the
 * total per-capita Part A and B expenditures for its assigned beneficiaries and 1% of its
 * participants' total Part A and B revenue (Track 2: 1% of the expenditures). It is recomputed
 * every PY; an increase of $1,000,000 or more must be funded within 90 days.
 *
 * <p>Rounding policy: the amount is rounded to whole dollars, half up, once, at the end.
 */
public final class RepaymentMechanismRule {
    static final BigDecimal EXPENDITURE_RATE = new BigDecimal("0.005");
    static final BigDecimal REVENUE_RATE = new BigDecimal("0.01");
    static final BigDecimal TRACK_2_RATE = new BigDecimal("0.01");
    public static final BigDecimal MATERIAL_INCREASE = new BigDecimal("1000000");
    public static final int FUNDING_DAYS = 90;

    private RepaymentMechanismRule() {
    }

    /** The amount required for the PY; zero for a one-sided ACO, which needs no mechanism. */
    public static BigDecimal requiredAmount(Track track, BigDecimal assignedExpenditures, BigDecimal participantRevenue) {
        Objects.requireNonNull(track, "track");
        if (!track.isTwoSided()) {
            return BigDecimal.ZERO;
        }
        requireNonNegative(assignedExpenditures, "assigned beneficiaries' expenditures");
        if (track == Track.TRACK_2) {
            return whole(assignedExpenditures.multiply(TRACK_2_RATE));
        }
        requireNonNegative(participantRevenue, "participants' revenue");
        BigDecimal byExpenditure = assignedExpenditures.multiply(EXPENDITURE_RATE);
        BigDecimal byRevenue = participantRevenue.multiply(REVENUE_RATE);
        return whole(byExpenditure.min(byRevenue));
    }

    /**
     * The PY's amount against the prior one: an increase of $1,000,000 or more must be funded
     * within 90 days of the notice (the day the package was issued).
     */
    public static Recomputation recompute(Track track, BigDecimal assignedExpenditures, BigDecimal participantRevenue,
                                          BigDecimal priorAmount, LocalDate noticeDate) {
        BigDecimal required = requiredAmount(track, assignedExpenditures, participantRevenue);
        BigDecimal prior = priorAmount == null ? BigDecimal.ZERO : priorAmount;
        BigDecimal increase = required.subtract(prior);
        boolean material = increase.compareTo(MATERIAL_INCREASE) >= 0;
        return new Recomputation(required, prior, increase, material,
                material ? Objects.requireNonNull(noticeDate, "noticeDate").plusDays(FUNDING_DAYS) : null);
    }

    private static BigDecimal whole(BigDecimal amount) {
        return amount.setScale(0, RoundingMode.HALF_UP);
    }

    private static void requireNonNegative(BigDecimal amount, String what) {
        if (amount == null || amount.signum() < 0) {
            throw new IllegalArgumentException("The " + what + " must be a non-negative amount");
        }
    }

    /** The recomputed amount, the prior one, and whether the increase must be funded (and by when). */
    public record Recomputation(BigDecimal required, BigDecimal prior, BigDecimal increase, boolean materialIncrease,
                                LocalDate fundingDeadline) {
    }
}
