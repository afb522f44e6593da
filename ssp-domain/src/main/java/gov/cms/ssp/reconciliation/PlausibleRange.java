package gov.cms.ssp.reconciliation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;

/**
 * Reference data per PY: the per-capita benchmark and expenditures an ACO's financial inputs can
 * plausibly have, and the largest savings or loss rate to accept without a second look. A row outside
 * is not refused (an ACO of ESRD beneficiaries is expensive) but flagged for the analyst to confirm:
 * 1,000 beneficiaries with a $100 benchmark is a typing error, not an ACO.
 */
@Entity
@Table(name = "plausible_input_range")
public class PlausibleRange {
    /** the default for a PY without a row of its own: savings or losses beyond ±50 % of the benchmark */
    public static final BigDecimal DEFAULT_MAX_SAVINGS_RATE = new BigDecimal("0.50");

    @Id
    @Column(name = "performance_year")
    private int performanceYear;

    @Column(name = "min_per_capita", nullable = false, precision = 12, scale = 2)
    private BigDecimal minPerCapita;

    @Column(name = "max_per_capita", nullable = false, precision = 12, scale = 2)
    private BigDecimal maxPerCapita;

    @Column(name = "max_savings_rate", nullable = false, precision = 5, scale = 4)
    private BigDecimal maxSavingsRate;

    protected PlausibleRange() {
    }

    public PlausibleRange(int performanceYear, BigDecimal minPerCapita, BigDecimal maxPerCapita, BigDecimal maxSavingsRate) {
        this.performanceYear = performanceYear;
        this.minPerCapita = Objects.requireNonNull(minPerCapita);
        this.maxPerCapita = Objects.requireNonNull(maxPerCapita);
        this.maxSavingsRate = Objects.requireNonNull(maxSavingsRate);
        if (minPerCapita.signum() < 0 || minPerCapita.compareTo(maxPerCapita) >= 0 || maxSavingsRate.signum() <= 0) {
            throw new IllegalArgumentException("a plausible range needs 0 ≤ minimum < maximum and a positive savings rate");
        }
    }

    /**
     * What is implausible about one ACO's inputs, in words (nothing when all is plausible): the
     * per-capita benchmark or expenditures outside [minimum, maximum] (both included), and a savings
     * rate (benchmark − expenditures) / benchmark beyond ± the maximum rate (the edge itself accepted).
     */
    public List<String> findings(ReconciliationInput input) {
        return List.copyOf(findingsByFigure(input).values());
    }

    /** The figure a finding is about, so that a form shows it beside that figure. */
    public enum Figure { BENCHMARK, EXPENDITURES, SAVINGS_RATE }

    /** As {@link #findings}, each under the figure it is about (in that order). */
    public Map<Figure, String> findingsByFigure(ReconciliationInput input) {
        Map<Figure, String> findings = new EnumMap<>(Figure.class);
        if (input.assignedBeneficiaries() <= 0 || input.totalBenchmark() == null || input.totalExpenditures() == null) {
            return findings;
        }
        BigDecimal beneficiaries = BigDecimal.valueOf(input.assignedBeneficiaries());
        BigDecimal benchmark = input.totalBenchmark().divide(beneficiaries, 2, RoundingMode.HALF_UP);
        BigDecimal expenditures = input.totalExpenditures().divide(beneficiaries, 2, RoundingMode.HALF_UP);
        outside(Figure.BENCHMARK, "benchmark", benchmark, findings);
        outside(Figure.EXPENDITURES, "expenditures", expenditures, findings);
        if (input.totalBenchmark().signum() > 0) {
            BigDecimal rate = input.totalBenchmark().subtract(input.totalExpenditures())
                    .divide(input.totalBenchmark(), 6, RoundingMode.HALF_UP);
            if (rate.abs().compareTo(maxSavingsRate) > 0) {
                findings.put(Figure.SAVINGS_RATE, (rate.signum() > 0 ? "savings" : "losses") + " of " + percent(rate.abs())
                        + " of the benchmark, beyond the " + percent(maxSavingsRate) + " expected at most");
            }
        }
        return findings;
    }

    private void outside(Figure figure, String what, BigDecimal perCapita, Map<Figure, String> findings) {
        if (perCapita.compareTo(minPerCapita) < 0 || perCapita.compareTo(maxPerCapita) > 0) {
            findings.put(figure, "per-capita " + what + " of " + dollars(perCapita) + " is outside the plausible range for PY"
                    + performanceYear + " (" + dollars(minPerCapita) + " to " + dollars(maxPerCapita) + ")");
        }
    }

    static String dollars(BigDecimal v) {
        NumberFormat f = NumberFormat.getCurrencyInstance(Locale.US);
        f.setMaximumFractionDigits(v.stripTrailingZeros().scale() > 0 ? 2 : 0);
        return f.format(v);
    }

    static String percent(BigDecimal rate) {
        NumberFormat f = NumberFormat.getPercentInstance(Locale.US);
        f.setMaximumFractionDigits(2);
        return f.format(rate);
    }

    public int getPerformanceYear() { return performanceYear; }
    public BigDecimal getMinPerCapita() { return minPerCapita; }
    public BigDecimal getMaxPerCapita() { return maxPerCapita; }
    public BigDecimal getMaxSavingsRate() { return maxSavingsRate; }
}
