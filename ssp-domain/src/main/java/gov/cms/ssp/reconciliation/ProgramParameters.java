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
     * The reference table (rules sections 4–5). Sequestration: 2% in every PUF year 2013–2024 (the
     * rules document; the PY2018 and PY2023 PUFs reproduce with it). Quality standard: scored
     * quality up to PY2020, 30th percentile PY2021–2023, 40th from PY2024. Percentile scores: PY2022
     * 70.63 and PY2024 77.05 are published; PY2023 65.76 is the floor given to EUC-affected ACOs in
     * the PY2023 PUF (column Recvd30p). Level E: 8% of revenue capped at 4% of benchmark (later
     * years unverified).
     */
    public static ProgramParameters standard() {
        BigDecimal seq = new BigDecimal("0.02");
        BigDecimal levelERevenue = new BigDecimal("0.08");
        BigDecimal levelECap = new BigDecimal("0.04");
        Map<Integer, ParameterYear> rows = new TreeMap<>();
        for (int py = 2012; py <= 2020; py++) {
            rows.put(py, new ParameterYear(py, seq, 0, null, levelERevenue, levelECap,
                    "scored quality; sequestration 2%"));
        }
        rows.put(2021, new ParameterYear(2021, seq, 30, null, levelERevenue, levelECap,
                "30th percentile; score not recorded here"));
        rows.put(2022, new ParameterYear(2022, seq, 30, new BigDecimal("0.7063"), levelERevenue, levelECap,
                "30th percentile = 70.63 (PUF)"));
        rows.put(2023, new ParameterYear(2023, seq, 30, new BigDecimal("0.6576"), levelERevenue, levelECap,
                "30th percentile = 65.76 (PY2023 PUF Recvd30p floor)"));
        rows.put(2024, new ParameterYear(2024, seq, 40, new BigDecimal("0.7705"), levelERevenue, levelECap,
                "40th percentile = 77.05 (PUF)"));
        rows.put(2025, new ParameterYear(2025, seq, 40, null, levelERevenue, levelECap,
                "unverified: carried forward from 2024"));
        rows.put(2026, new ParameterYear(2026, seq, 40, new BigDecimal("0.7385"), levelERevenue, levelECap,
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
