package gov.cms.ssp.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The repayment mechanism rule (425.204(f), rules section 6): a two-sided ACO guarantees the lesser
 * of 0.5% of its assigned beneficiaries' total per-capita Parts A and B expenditures and 1% of its
 * participants' total Parts A and B revenue. Rounding policy: the required amount is rounded UP to
 * the whole dollar, so the minimum the application accepts is never below the rule's value.
 */
public final class RepaymentMechanism {
    static final BigDecimal EXPENDITURE_SHARE = new BigDecimal("0.005");
    static final BigDecimal REVENUE_SHARE = new BigDecimal("0.01");

    private RepaymentMechanism() {
    }

    public static BigDecimal requiredAmount(BigDecimal totalExpenditures, BigDecimal participantRevenue) {
        Objects.requireNonNull(totalExpenditures, "total expenditures");
        Objects.requireNonNull(participantRevenue, "participant revenue");
        if (totalExpenditures.signum() < 0 || participantRevenue.signum() < 0) {
            throw new IllegalArgumentException("expenditures and revenue cannot be negative");
        }
        BigDecimal byExpenditure = totalExpenditures.multiply(EXPENDITURE_SHARE);
        BigDecimal byRevenue = participantRevenue.multiply(REVENUE_SHARE);
        return byExpenditure.min(byRevenue).setScale(0, RoundingMode.CEILING);
    }
}
