package gov.cms.ssp.assignment;

import gov.cms.ssp.reconciliation.RoundingPolicy;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * Spec F.6 for one ACO and year: person-years and truncated expenditures by type, and the head count
 * N_AB. Truncated amounts are added exactly, at {@link TruncationPoint#SCALE}, and divided once.
 */
final class AcoTotals {

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private final long[] months = new long[EnrollmentType.values().length];
    /** Σ E′ × {@link TruncationPoint#SCALE} per type, exact */
    private final BigDecimal[] truncatedScaled = new BigDecimal[EnrollmentType.values().length];
    private int assigned;

    AcoTotals() {
        Arrays.fill(truncatedScaled, BigDecimal.ZERO);
    }

    /** One beneficiary's months and E′ × {@link TruncationPoint#SCALE} of a type. */
    void add(EnrollmentType type, int beneMonths, BigDecimal truncatedScaledAmount) {
        months[type.ordinal()] += beneMonths;
        truncatedScaled[type.ordinal()] = truncatedScaled[type.ordinal()].add(truncatedScaledAmount);
    }

    void countBeneficiary() {
        assigned++;
    }

    /** N_AB: distinct assigned beneficiaries (a head count, not person-years). */
    int assigned() {
        return assigned;
    }

    long months(EnrollmentType type) {
        return months[type.ordinal()];
    }

    long totalMonths() {
        return Arrays.stream(months).sum();
    }

    /** PY(t) = Σ months / 12, exact (a decimal at DIVISION precision). */
    BigDecimal personYears(EnrollmentType type) {
        return RoundingPolicy.divide(BigDecimal.valueOf(months[type.ordinal()]), TWELVE);
    }

    BigDecimal totalPersonYears() {
        return RoundingPolicy.divide(BigDecimal.valueOf(Arrays.stream(months).sum()), TWELVE);
    }

    /** EXP(t) = CF × Σ E′(b,t). */
    BigDecimal expenditure(EnrollmentType type, BigDecimal completionFactor) {
        return RoundingPolicy.divide(completionFactor.multiply(truncatedScaled[type.ordinal()]), TruncationPoint.SCALE);
    }

    BigDecimal totalExpenditure(BigDecimal completionFactor) {
        return RoundingPolicy.divide(completionFactor.multiply(totalScaled()), TruncationPoint.SCALE);
    }

    /** PC(t) = EXP(t) / PY(t) = 12·EXP(t) / months; null when there are no months. */
    BigDecimal perCapita(EnrollmentType type, BigDecimal completionFactor) {
        long m = months[type.ordinal()];
        return m == 0 ? null : RoundingPolicy.divide(completionFactor.multiply(truncatedScaled[type.ordinal()]).multiply(TWELVE),
                TruncationPoint.SCALE.multiply(BigDecimal.valueOf(m)));
    }

    /** PC = Σ PY(t)·PC(t) / PY = Σ EXP(t) / PY. */
    BigDecimal totalPerCapita(BigDecimal completionFactor) {
        long m = Arrays.stream(months).sum();
        return m == 0 ? null : RoundingPolicy.divide(completionFactor.multiply(totalScaled()).multiply(TWELVE),
                TruncationPoint.SCALE.multiply(BigDecimal.valueOf(m)));
    }

    private BigDecimal totalScaled() {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal scaled : truncatedScaled) {
            total = total.add(scaled);
        }
        return total;
    }
}
