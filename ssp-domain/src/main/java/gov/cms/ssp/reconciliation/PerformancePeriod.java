package gov.cms.ssp.reconciliation;

import java.math.BigDecimal;

/**
 * How much of the calendar year a performance year covers. CY2019 had two six-month performance
 * years (42 CFR 425.609): January–June for agreements that ended or were ended on June 30, 2019,
 * and July–December for the agreements that started on July 1, 2019. Each is reconciled on its own
 * on the whole year's benchmark and expenditures, with the track's rules, limits included, and the
 * shared savings or losses are then multiplied by 6 / 12 (425.609(c)).
 */
public enum PerformancePeriod {
    FULL_YEAR("January–December", 12),
    JANUARY_TO_JUNE_2019("January–June 2019", 6),
    JULY_TO_DECEMBER_2019("July–December 2019", 6);

    private final String label;
    private final int months;

    PerformancePeriod(String label, int months) {
        this.label = label;
        this.months = months;
    }

    public String label() {
        return label;
    }

    public int months() {
        return months;
    }

    /** The months of the performance year over 12: what 425.609(c) multiplies the results by. */
    public BigDecimal shareOfYear() {
        return months == 12 ? BigDecimal.ONE : RoundingPolicy.divide(BigDecimal.valueOf(months), BigDecimal.valueOf(12));
    }

    public boolean isSixMonths() {
        return months == 6;
    }
}
