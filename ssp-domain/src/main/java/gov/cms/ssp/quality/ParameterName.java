package gov.cms.ssp.quality;

import gov.cms.ssp.participant.RowProblem;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The names of {@code parameters.csv} and how each value is read (one problem per bad or missing value). */
final class ParameterName {
    static final String PERFORMANCE_YEAR = "performance_year";
    static final String DATA_COMPLETENESS = "data_completeness";
    static final String LOWEST_POINTS = "lowest_points";
    static final String NO_BENCHMARK_POINTS = "no_benchmark_points";
    static final String TOPPED_OUT_CAP = "topped_out_cap";
    static final String STANDARD_PERCENTILE = "standard_percentile";
    static final String STANDARD_SCORE = "standard_score";
    static final String FIRST_YEAR_PAY_FOR_REPORTING = "first_year_pay_for_reporting";
    static final String INCENTIVE = "incentive";
    static final String INCENTIVE_SCORE = "incentive_score";
    static final String INCENTIVE_OUTCOME_PERCENTILE = "incentive_outcome_percentile";
    static final String INCENTIVE_OTHER_PERCENTILE = "incentive_other_percentile";
    static final String ALTERNATIVE_STANDARD = "alternative_standard";
    static final String ALTERNATIVE_OUTCOME_PERCENTILE = "alternative_outcome_percentile";
    static final String HEALTH_EQUITY = "health_equity";
    static final String HEALTH_EQUITY_CAP = "health_equity_cap";
    static final String HEALTH_EQUITY_TOP_POINTS = "health_equity_top_points";
    static final String HEALTH_EQUITY_MIDDLE_POINTS = "health_equity_middle_points";
    static final String HEALTH_EQUITY_MINIMUM_SHARE = "health_equity_minimum_share";
    static final String IMPROVEMENT_CAP = "improvement_cap";
    static final String MIPS_QUALITY_WEIGHT = "mips_quality_weight";
    static final String MIPS_PI_WEIGHT = "mips_pi_weight";
    static final String MIPS_IA_WEIGHT = "mips_ia_weight";
    static final String MIPS_COST_WEIGHT = "mips_cost_weight";
    static final String MIPS_IA_ASSIGNED = "mips_ia_assigned";
    /** The MIPS APM scoring standard's rows: all or none (none: the PY's MIPS final score is not determined). */
    static final List<String> MIPS = List.of(MIPS_QUALITY_WEIGHT, MIPS_PI_WEIGHT, MIPS_IA_WEIGHT, MIPS_COST_WEIGHT,
            MIPS_IA_ASSIGNED);

    static final List<String> KNOWN = List.of(PERFORMANCE_YEAR, DATA_COMPLETENESS, LOWEST_POINTS, NO_BENCHMARK_POINTS,
            TOPPED_OUT_CAP, STANDARD_PERCENTILE, STANDARD_SCORE, FIRST_YEAR_PAY_FOR_REPORTING, INCENTIVE, INCENTIVE_SCORE,
            INCENTIVE_OUTCOME_PERCENTILE, INCENTIVE_OTHER_PERCENTILE, ALTERNATIVE_STANDARD, ALTERNATIVE_OUTCOME_PERCENTILE,
            HEALTH_EQUITY, HEALTH_EQUITY_CAP, HEALTH_EQUITY_TOP_POINTS, HEALTH_EQUITY_MIDDLE_POINTS,
            HEALTH_EQUITY_MINIMUM_SHARE, IMPROVEMENT_CAP, MIPS_QUALITY_WEIGHT, MIPS_PI_WEIGHT, MIPS_IA_WEIGHT,
            MIPS_COST_WEIGHT, MIPS_IA_ASSIGNED);

    private ParameterName() {
    }

    /** The values of one file, read by name; a missing or bad value adds its problem and gives null. */
    record Values(Map<String, String> values, Map<String, Integer> lines, List<RowProblem> problems) {

        private String text(String name) {
            String v = values.get(name);
            if (v == null) {
                problems.add(QualityReferenceFiles.problem(QualityReferenceFiles.PARAMETERS, 0, "name",
                        "missing parameter " + name, "Add a row '" + name + ",VALUE,SOURCE'"));
                return null;
            }
            return v.strip();
        }

        private void bad(String name, String problem, String fix) {
            problems.add(QualityReferenceFiles.problem(QualityReferenceFiles.PARAMETERS, lines.get(name), "value",
                    name + ": " + problem, fix));
        }

        private BigDecimal decimal(String name, BigDecimal max, String fix) {
            String t = text(name);
            if (t == null) {
                return null;
            }
            try {
                BigDecimal v = new BigDecimal(t);
                if (v.signum() < 0 || v.compareTo(max) > 0 || v.scale() > 6) {
                    bad(name, "'" + t + "' is outside 0 to " + max.toPlainString(), fix);
                    return null;
                }
                return v;
            } catch (NumberFormatException e) {
                bad(name, "'" + t + "' is not a number", fix);
                return null;
            }
        }

        BigDecimal share(String name) {
            return decimal(name, BigDecimal.ONE, "Give a share from 0 to 1, e.g. 0.70 for 70%");
        }

        BigDecimal points(String name) {
            return decimal(name, BigDecimal.valueOf(100), "Give points, e.g. 7");
        }

        BigDecimal score(String name) {
            return decimal(name, BigDecimal.valueOf(100), "Give the score out of 100, e.g. 70.63");
        }

        /**
         * The MIPS APM rows: null when the file has none of them; every one missing or bad a problem when it has
         * some; weights that do not add up to 1 a problem of the first row.
         */
        QualityParameters.MipsApmParameters mipsApm() {
            if (MIPS.stream().noneMatch(values::containsKey)) {
                return null;
            }
            int before = problems.size();
            BigDecimal q = share(MIPS_QUALITY_WEIGHT);
            BigDecimal pi = share(MIPS_PI_WEIGHT);
            BigDecimal ia = share(MIPS_IA_WEIGHT);
            BigDecimal cost = share(MIPS_COST_WEIGHT);
            BigDecimal assigned = share(MIPS_IA_ASSIGNED);
            if (problems.size() > before) {
                return null;
            }
            if (q.add(pi).add(ia).add(cost).compareTo(BigDecimal.ONE) != 0) {
                bad(MIPS_QUALITY_WEIGHT, "the weights of quality, Promoting Interoperability, improvement activities and cost add up to "
                        + q.add(pi).add(ia).add(cost).stripTrailingZeros().toPlainString(), "Give weights that add up to 1, e.g. 0.50, 0.30, 0.20, 0");
                return null;
            }
            return new QualityParameters.MipsApmParameters(q, pi, ia, cost, assigned);
        }

        BigDecimal optionalScore(String name) {
            String v = values.get(name);
            return v == null || v.isBlank() ? null : score(name);
        }

        Integer integer(String name, int min, int max) {
            String t = text(name);
            if (t == null) {
                return null;
            }
            if (!t.matches("\\d{1,4}") || Integer.parseInt(t) < min || Integer.parseInt(t) > max) {
                bad(name, "'" + t + "' is not a whole number from " + min + " to " + max, "Give a whole number");
                return null;
            }
            return Integer.parseInt(t);
        }

        Boolean flag(String name) {
            String t = text(name);
            if (t == null) {
                return null;
            }
            String u = t.toUpperCase(Locale.ROOT);
            if (u.equals("Y") || u.equals("N")) {
                return u.equals("Y");
            }
            bad(name, "'" + t + "' is not Y or N", "Write Y or N");
            return null;
        }

        QualityParameters.Incentive incentive(String name) {
            String t = text(name);
            if (t == null) {
                return null;
            }
            try {
                return QualityParameters.Incentive.valueOf(t.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                bad(name, "'" + t + "' is not NONE, SCORE or MEASURES", "Write NONE, SCORE or MEASURES");
                return null;
            }
        }
    }
}
