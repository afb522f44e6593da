package gov.cms.ssp.reconciliation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The variable minimum savings rate of 42 CFR 425.604(b): per band of assigned beneficiaries, the
 * rate at the band's first and last beneficiary, linearly interpolated in between (this reproduces
 * every published MSR for N ≥ 5,000). Below 5,000 CMS sets the rate, so the table has no value.
 */
public final class MinimumSavingsRateTable {

    /** One band: {@code [firstN, lastN]}, rate {@code atFirst} at firstN falling to {@code atLast} at lastN. */
    public record Band(int firstN, int lastN, BigDecimal atFirst, BigDecimal atLast) {
    }

    /** Smallest population the table covers. */
    public static final int SMALLEST_TABULATED_POPULATION = 5_000;

    private static final List<Band> BANDS = List.of(
            band(5_000, 5_999, "0.039", "0.036"),
            band(6_000, 6_999, "0.036", "0.034"),
            band(7_000, 7_999, "0.034", "0.032"),
            band(8_000, 8_999, "0.032", "0.031"),
            band(9_000, 9_999, "0.031", "0.030"),
            band(10_000, 14_999, "0.030", "0.027"),
            band(15_000, 19_999, "0.027", "0.025"),
            band(20_000, 49_999, "0.025", "0.022"),
            band(50_000, 59_999, "0.022", "0.020"),
            band(60_000, Integer.MAX_VALUE, "0.020", "0.020"));

    private MinimumSavingsRateTable() {
    }

    private static Band band(int first, int last, String atFirst, String atLast) {
        return new Band(first, last, new BigDecimal(atFirst), new BigDecimal(atLast));
    }

    public static List<Band> bands() {
        return BANDS;
    }

    /** The MSR for {@code assignedBeneficiaries}, empty below 5,000 (CMS-set there). */
    public static Optional<BigDecimal> rateFor(int assignedBeneficiaries) {
        for (Band b : BANDS) {
            if (assignedBeneficiaries >= b.firstN() && assignedBeneficiaries <= b.lastN()) {
                if (b.atFirst().compareTo(b.atLast()) == 0) {
                    return Optional.of(b.atFirst());
                }
                BigDecimal drop = b.atFirst().subtract(b.atLast());
                BigDecimal position = RoundingPolicy.divide(
                        BigDecimal.valueOf((long) assignedBeneficiaries - b.firstN()),
                        BigDecimal.valueOf((long) b.lastN() - b.firstN()));
                return Optional.of(b.atFirst().subtract(drop.multiply(position), RoundingPolicy.DIVISION));
            }
        }
        return Optional.empty();
    }
}
