package gov.cms.ssp.reconciliation;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The table of {@link ParameterYear}s the engine reads year-varying values from. The application
 * may build its own table (e.g. from the database) with {@link #of(Collection)}; {@link #standard()}
 * is the reference table of the rules document.
 */
public final class ProgramParameters {

    private final Map<Integer, ParameterYear> years;

    private ProgramParameters(Map<Integer, ParameterYear> years) {
        this.years = years;
    }

    public static ProgramParameters of(Collection<ParameterYear> rows) {
        return new ProgramParameters(new TreeMap<>(rows.stream()
                .collect(Collectors.toMap(ParameterYear::performanceYear, Function.identity()))));
    }

    /**
     * The reference table (rules sections 4–5, issue 11). Every value names its source in the row.
     *
     * <p>Sequestration follows the date CMS paid the PY's shared savings (in the fall of the next
     * year), not the PY: the 2% reduction of Medicare payments (Budget Control Act of 2011, from
     * April 1, 2013) was suspended from May 1, 2020 to March 31, 2022 (CARES Act §3709, extended by
     * Pub. L. 116-260 and Pub. L. 117-7), 1% from April to June 2022 and 2% again from July 1, 2022
     * (Pub. L. 117-71). So PY2019 (paid in 2020) and PY2020 (paid in 2021) carry none; the PY2013,
     * PY2015, PY2018, PY2022 and PY2023 files reproduce with 2%.
     *
     * <p>COVID-19: the public health emergency covered every month and county of 2020, 2021 and
     * 2022, so every ACO's shared losses were reduced in full as an extreme and uncontrollable
     * circumstance (425.605(f), 425.610(i)); the PY2022 file shows every two-sided loss at 0.
     *
     * <p>Quality standard: scored quality up to PY2020, 30th percentile PY2021–2023, 40th from PY2024.
     * Percentile scores: PY2022 70.63 and PY2024 77.05 are published; PY2023 65.76 is the floor given
     * to EUC-affected ACOs in the PY2023 PUF. Level E: 8% of revenue capped at 4% of benchmark.
     */
    public static ProgramParameters standard() {
        BigDecimal two = new BigDecimal("0.02");
        BigDecimal none = BigDecimal.ZERO;
        BigDecimal levelERevenue = new BigDecimal("0.08");
        BigDecimal levelECap = new BigDecimal("0.04");
        String paidSequestered = "sequestration 2%: paid in the next year, while the 2% reduction was in force";
        Map<Integer, ParameterYear> rows = new TreeMap<>();
        for (int py = 2012; py <= 2018; py++) {
            rows.put(py, new ParameterYear(py, two, 0, null, levelERevenue, levelECap, false,
                    "scored quality; " + paidSequestered + (py == 2013 || py == 2015 || py == 2018
                    ? " (the PY" + py + " PUF reproduces with it)" : "")));
        }
        rows.put(2019, new ParameterYear(2019, none, 0, null, levelERevenue, levelECap, false,
                "scored quality; no sequestration: paid in the fall of 2020, during the suspension of"
                        + " May 1, 2020 – March 31, 2022 (CARES Act §3709); the PY2019 figures carry no 2% reduction"));
        rows.put(2020, new ParameterYear(2020, none, 0, null, levelERevenue, levelECap, true,
                "scored quality; no sequestration: paid in the fall of 2021, during the suspension"
                        + " (extended by Pub. L. 116-260 and 117-7; unverified against a PY2020 file);"
                        + " COVID-19 EUC in every month and county: shared losses forgiven in full"));
        rows.put(2021, new ParameterYear(2021, two, 30, null, levelERevenue, levelECap, true,
                "30th percentile; sequestration 2%: paid in the fall of 2022, after the 2% reduction"
                        + " resumed on July 1, 2022 (Pub. L. 117-71; unverified against a PY2021 file);"
                        + " COVID-19 EUC in every month and county: shared losses forgiven in full"));
        rows.put(2022, new ParameterYear(2022, two, 30, new BigDecimal("0.7063"), levelERevenue, levelECap, true,
                "30th percentile = 70.63 (PUF); " + paidSequestered + " (the PY2022 PUF reproduces with it);"
                        + " COVID-19 EUC in every month and county: shared losses forgiven in full (PUF)"));
        rows.put(2023, new ParameterYear(2023, two, 30, new BigDecimal("0.6576"), levelERevenue, levelECap, false,
                "30th percentile = 65.76 (PY2023 PUF Recvd30p floor); " + paidSequestered
                        + " (the PY2023 PUF reproduces with it); EUC reductions per ACO (PUF DisAdj)"));
        rows.put(2024, new ParameterYear(2024, two, 40, new BigDecimal("0.7705"), levelERevenue, levelECap, false,
                "40th percentile = 77.05 (PUF); " + paidSequestered + " (unverified)"));
        rows.put(2025, new ParameterYear(2025, two, 40, null, levelERevenue, levelECap, false,
                "unverified: carried forward from 2024"));
        rows.put(2026, new ParameterYear(2026, two, 40, new BigDecimal("0.7385"), levelERevenue, levelECap, false,
                "unverified: 40th percentile = 73.85"));
        return new ProgramParameters(rows);
    }

    public Optional<ParameterYear> find(int performanceYear) {
        return Optional.ofNullable(years.get(performanceYear));
    }

    public ParameterYear forYear(int performanceYear) {
        return find(performanceYear).orElseThrow(() -> new IllegalArgumentException(
                "no program parameters for performance year " + performanceYear));
    }

    public Collection<ParameterYear> years() {
        return years.values();
    }
}
