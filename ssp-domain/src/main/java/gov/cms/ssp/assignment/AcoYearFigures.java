package gov.cms.ssp.assignment;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * One ACO's results of one year from the pipeline (spec F.6 / G): months (person-years × 12) and per-capita
 * expenditure by enrollment type, the TOTAL expenditure and the head count N_AB.
 */
public record AcoYearFigures(int year, String acoId, Map<EnrollmentType, Long> months,
                             Map<EnrollmentType, BigDecimal> perCapita, BigDecimal totalExpenditure, int assigned) {

    public AcoYearFigures {
        months = new EnumMap<>(months.isEmpty() ? Map.of(EnrollmentType.AGND, 0L) : months);
        perCapita = perCapita.isEmpty() ? new EnumMap<>(EnrollmentType.class) : new EnumMap<>(perCapita);
    }

    public long totalMonths() {
        return months.values().stream().mapToLong(Long::longValue).sum();
    }

    public BigDecimal personYears(EnrollmentType type) {
        return gov.cms.ssp.reconciliation.RoundingPolicy.divide(BigDecimal.valueOf(months.getOrDefault(type, 0L)),
                BigDecimal.valueOf(12));
    }

    public BigDecimal totalPersonYears() {
        return gov.cms.ssp.reconciliation.RoundingPolicy.divide(BigDecimal.valueOf(totalMonths()), BigDecimal.valueOf(12));
    }
}
