package gov.cms.ssp.assignment;

import gov.cms.ssp.reconciliation.RoundingPolicy;
import gov.cms.ssp.reconciliation.benchmark.BenchmarkYear;
import gov.cms.ssp.reconciliation.benchmark.HistoricalBenchmark;
import gov.cms.ssp.reconciliation.benchmark.HistoricalBenchmarkCalculator;
import gov.cms.ssp.reconciliation.benchmark.HistoricalBenchmarkInput;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Spec G: the benchmark-year figures of the pipeline become the historical benchmark
 * ({@link HistoricalBenchmarkCalculator}, first-agreement weights 10/30/60, later agreements equal
 * weights), trended with the national per-capita growth between the years and restated with the ACO's
 * risk scores when CMS loaded them; the PY's updated benchmark is that benchmark risk adjusted
 * (capped at +3%) and updated by national growth from BY3 to the PY, at the PY enrollment mix, and
 * {@code ABtotBnchmk = UB × PY}. Regional and prior-savings adjustments (425.656/425.658) are not applied.
 */
public final class PipelineBenchmark {

    /** The 3% cap on risk-score growth of agreements starting in 2019 or later (425.605(a)(1)(ii)). */
    public static final BigDecimal RISK_GROWTH_CAP = new BigDecimal("0.03");

    private static final BigDecimal EQUAL = new BigDecimal("0.3333333333333333333333333333333333");

    /** Per-type national reference figures of one year (CMS reference data). */
    public record NationalYear(int year, Map<EnrollmentType, BigDecimal> perCapita) {
    }

    /** The figures of a benchmark, with the per capita UB and the total ABtotBnchmk (cents, half up). */
    public record Result(HistoricalBenchmark historical, BigDecimal updatedPerCapita, BigDecimal totalBenchmark) {
    }

    private final HistoricalBenchmarkCalculator calculator = new HistoricalBenchmarkCalculator();

    /**
     * @param by       BY1, BY2, BY3 of the ACO, in order
     * @param py       the PY's figures
     * @param national national per capita of BY1, BY2, BY3 and the PY, in that order
     * @param risk     the ACO's risk scores of BY1, BY2, BY3 and the PY, or an empty list for none
     * @param firstAgreement 10/30/60 weights when true, equal weights otherwise
     */
    public Result benchmark(List<AcoYearFigures> by, AcoYearFigures py, List<NationalYear> national,
                            List<Map<EnrollmentType, BigDecimal>> risk, boolean firstAgreement) {
        if (by.size() != 3 || national.size() != 4) {
            throw new IllegalArgumentException("three benchmark years and four national years are needed");
        }
        boolean scored = risk.size() == 4;
        BenchmarkYear[] years = new BenchmarkYear[3];
        for (int i = 0; i < 3; i++) {
            int index = i;
            Map<gov.cms.ssp.reconciliation.benchmark.EnrollmentType, BigDecimal> trend = byType(t -> ratio(national.get(2), national.get(index), t));
            years[i] = new BenchmarkYear(perCapita(by.get(i)), scored ? convert(risk.get(index)) : Map.of(), trend);
        }
        var weights = firstAgreement ? gov.cms.ssp.reconciliation.benchmark.BenchmarkYearWeights.STANDARD
                : new gov.cms.ssp.reconciliation.benchmark.BenchmarkYearWeights(EQUAL, EQUAL,
                        BigDecimal.ONE.subtract(EQUAL).subtract(EQUAL));
        HistoricalBenchmark historical = calculator.historicalBenchmark(new HistoricalBenchmarkInput(years[0], years[1], years[2],
                personYears(by.get(2)), weights));
        var update = byType(t -> ratio(national.get(3), national.get(2), t));
        var pyMix = personYears(py);
        BigDecimal updated;
        if (scored) {
            updated = calculator.riskAdjustedBenchmark(historical, convert(risk.get(3)), update, pyMix, RISK_GROWTH_CAP);
        } else {
            Map<gov.cms.ssp.reconciliation.benchmark.EnrollmentType, BigDecimal> adjusted = byType(t ->
                    historical.perCapitaByType().get(t).multiply(update.get(t)));
            updated = calculator.atEnrollmentMix(adjusted, pyMix);
        }
        BigDecimal total = updated.multiply(py.totalPersonYears()).setScale(2, RoundingMode.HALF_UP);
        return new Result(historical, updated, total);
    }

    private static BigDecimal ratio(NationalYear to, NationalYear from, gov.cms.ssp.reconciliation.benchmark.EnrollmentType t) {
        EnrollmentType type = EnrollmentType.values()[t.ordinal()];
        BigDecimal a = to.perCapita().get(type);
        BigDecimal b = from.perCapita().get(type);
        if (a == null || b == null || b.signum() == 0) {
            throw new IllegalArgumentException("national per capita of " + type + " missing for " + from.year() + " or " + to.year());
        }
        return RoundingPolicy.divide(a, b);
    }

    private static Map<gov.cms.ssp.reconciliation.benchmark.EnrollmentType, BigDecimal> perCapita(AcoYearFigures f) {
        return byType(t -> f.perCapita().getOrDefault(EnrollmentType.values()[t.ordinal()], BigDecimal.ZERO));
    }

    private static Map<gov.cms.ssp.reconciliation.benchmark.EnrollmentType, BigDecimal> personYears(AcoYearFigures f) {
        return byType(t -> f.personYears(EnrollmentType.values()[t.ordinal()]));
    }

    private static Map<gov.cms.ssp.reconciliation.benchmark.EnrollmentType, BigDecimal> convert(Map<EnrollmentType, BigDecimal> values) {
        return byType(t -> {
            BigDecimal v = values.get(EnrollmentType.values()[t.ordinal()]);
            if (v == null) {
                throw new IllegalArgumentException("risk score of " + EnrollmentType.values()[t.ordinal()] + " missing");
            }
            return v;
        });
    }

    private static Map<gov.cms.ssp.reconciliation.benchmark.EnrollmentType, BigDecimal> byType(
            java.util.function.Function<gov.cms.ssp.reconciliation.benchmark.EnrollmentType, BigDecimal> value) {
        Map<gov.cms.ssp.reconciliation.benchmark.EnrollmentType, BigDecimal> map =
                new EnumMap<>(gov.cms.ssp.reconciliation.benchmark.EnrollmentType.class);
        for (var t : gov.cms.ssp.reconciliation.benchmark.EnrollmentType.values()) {
            map.put(t, value.apply(t));
        }
        return map;
    }
}
