package gov.cms.ssp.reconciliation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Extreme and uncontrollable circumstances (EUC) reduction of shared losses (425.605(f),
 * 425.610(i)): shared losses × share of the PY's months affected × share of assigned beneficiaries
 * in affected areas, applied after the loss rate and the loss limit. CMS publishes only the
 * resulting amount (PUF column DisAdj), so the amount may also be given directly.
 */
public sealed interface EucAdjustment {

    /** The reduction, a non-negative amount, for shared losses of {@code sharedLosses} (≥ 0). */
    BigDecimal reductionOf(BigDecimal sharedLosses);

    String describe();

    static EucAdjustment none() {
        return new None();
    }

    static EucAdjustment affected(BigDecimal monthsShare, BigDecimal beneficiariesShare) {
        return new AffectedShare(monthsShare, beneficiariesShare);
    }

    /** A reduction CMS already determined (the magnitude of PUF DisAdj). */
    static EucAdjustment determinedReduction(BigDecimal amount) {
        return new DeterminedReduction(amount);
    }

    record None() implements EucAdjustment {
        @Override
        public BigDecimal reductionOf(BigDecimal sharedLosses) {
            return BigDecimal.ZERO;
        }

        @Override
        public String describe() {
            return "no EUC";
        }
    }

    record AffectedShare(BigDecimal monthsShare, BigDecimal beneficiariesShare) implements EucAdjustment {
        public AffectedShare {
            requireShare(monthsShare, "monthsShare");
            requireShare(beneficiariesShare, "beneficiariesShare");
        }

        @Override
        public BigDecimal reductionOf(BigDecimal sharedLosses) {
            return sharedLosses.multiply(monthsShare).multiply(beneficiariesShare);
        }

        @Override
        public String describe() {
            return "shared losses × " + monthsShare.toPlainString() + " of months × "
                    + beneficiariesShare.toPlainString() + " of beneficiaries";
        }

        private static void requireShare(BigDecimal share, String name) {
            Objects.requireNonNull(share, name);
            if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException(name + " must be in [0, 1]: " + share);
            }
        }
    }

    record DeterminedReduction(BigDecimal amount) implements EucAdjustment {
        public DeterminedReduction {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() < 0) {
                throw new IllegalArgumentException("EUC reduction is a non-negative amount: " + amount);
            }
        }

        @Override
        public BigDecimal reductionOf(BigDecimal sharedLosses) {
            // never turns losses into a payment
            return amount.min(sharedLosses);
        }

        @Override
        public String describe() {
            return "reduction determined by CMS: " + amount.toPlainString();
        }
    }
}
