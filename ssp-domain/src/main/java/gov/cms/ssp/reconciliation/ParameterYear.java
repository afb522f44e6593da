package gov.cms.ssp.reconciliation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The program parameters that vary by performance year. They are reference data (see
 * {@link ProgramParameters#standard()}), never constants in rule code.
 *
 * @param performanceYear              the PY the row applies to
 * @param sequestrationRate            federal sequestration taken from earned savings (0.02 = 2%)
 * @param qualityStandardPercentile    percentile of MIPS quality scores the quality performance
 *                                     standard requires (30, 40), or 0 when the PY scored quality
 *                                     instead (PY2020 and earlier)
 * @param qualityStandardScore         the quality score at that percentile as a fraction, when known
 *                                     (null when not published)
 * @param levelERevenueLossLimit       BASIC Level E loss sharing limit as a share of ACO participant
 *                                     revenue
 * @param levelEBenchmarkLossLimit     cap of the Level E limit as a share of the updated benchmark
 * @param allLossesForgivenByEuc       the PY was an extreme and uncontrollable circumstance in every month and
 *                                     every county (the COVID-19 public health emergency, PY2020–2022), so every
 *                                     ACO's shared losses were reduced to nothing (425.605(f), 425.610(i))
 * @param source                       where the values come from, or why they are unverified
 */
public record ParameterYear(
        int performanceYear,
        BigDecimal sequestrationRate,
        int qualityStandardPercentile,
        BigDecimal qualityStandardScore,
        BigDecimal levelERevenueLossLimit,
        BigDecimal levelEBenchmarkLossLimit,
        boolean allLossesForgivenByEuc,
        String source) {

    public ParameterYear {
        Objects.requireNonNull(sequestrationRate, "sequestrationRate");
        Objects.requireNonNull(levelERevenueLossLimit, "levelERevenueLossLimit");
        Objects.requireNonNull(levelEBenchmarkLossLimit, "levelEBenchmarkLossLimit");
        if (sequestrationRate.signum() < 0 || sequestrationRate.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("sequestration rate must be in [0, 1): " + sequestrationRate);
        }
    }

    /** A year without a program-wide EUC. */
    public ParameterYear(int performanceYear, BigDecimal sequestrationRate, int qualityStandardPercentile,
                         BigDecimal qualityStandardScore, BigDecimal levelERevenueLossLimit,
                         BigDecimal levelEBenchmarkLossLimit, String source) {
        this(performanceYear, sequestrationRate, qualityStandardPercentile, qualityStandardScore,
                levelERevenueLossLimit, levelEBenchmarkLossLimit, false, source);
    }

    /** What is left of earned savings after sequestration, e.g. 0.98. */
    public BigDecimal sequestrationFactor() {
        return BigDecimal.ONE.subtract(sequestrationRate);
    }
}
