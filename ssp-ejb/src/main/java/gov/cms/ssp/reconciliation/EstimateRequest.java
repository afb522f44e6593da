package gov.cms.ssp.reconciliation;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What an ACO (or an applicant) types into the what-if estimator: its figures for one performance
 * year. Money in dollars, rates as fractions (0.85 = 85%). Optional fields: agreement start (default
 * January 1 of the PY), agreement period (1), quality score (needed when a standard is met or
 * failed), fixed MSR/MLR (null = the variable rate), participant revenue, low revenue (false).
 */
public record EstimateRequest(
        @NotNull(message = "Performance year is required")
        @Min(value = EstimateRequest.FIRST_YEAR, message = "Performance year must be between 2019 and 2026")
        @Max(value = EstimateRequest.LAST_YEAR, message = "Performance year must be between 2019 and 2026")
        Integer performanceYear,
        LocalDate agreementStart,
        @Min(value = 1, message = "Agreement period must be 1 or more") @Max(value = 20, message = "Agreement period must be at most 20")
        Integer agreementPeriodNumber,
        @NotNull(message = "Assigned beneficiaries is required")
        @Positive(message = "Assigned beneficiaries must be a positive whole number")
        @Max(value = 5_000_000, message = "Assigned beneficiaries must be at most 5,000,000")
        Integer assignedBeneficiaries,
        @NotNull(message = "Total benchmark is required")
        @Positive(message = "Total benchmark must be more than $0")
        @Digits(integer = 13, fraction = 2, message = "Total benchmark must be dollars and cents, at most 13 digits before the point")
        BigDecimal totalBenchmark,
        @NotNull(message = "Total expenditures is required")
        @PositiveOrZero(message = "Total expenditures must not be negative")
        @Digits(integer = 13, fraction = 2, message = "Total expenditures must be dollars and cents, at most 13 digits before the point")
        BigDecimal totalExpenditures,
        @NotNull(message = "Quality standard is required (MET, MET_ALTERNATIVE, FAILED or NOT_REPORTED)")
        QualityStandard qualityStandard,
        @DecimalMin(value = "0", message = "Quality score must be a fraction between 0 and 1")
        @DecimalMax(value = "1", message = "Quality score must be a fraction between 0 and 1")
        @Digits(integer = 1, fraction = 6, message = "Quality score must be a fraction with at most 6 decimal places")
        BigDecimal qualityScore,
        @DecimalMin(value = "0", message = "The fixed minimum savings rate must be a fraction between 0 and 1")
        @DecimalMax(value = "1", message = "The fixed minimum savings rate must be a fraction between 0 and 1")
        @Digits(integer = 1, fraction = 6, message = "The fixed minimum savings rate must be a fraction with at most 6 decimal places")
        BigDecimal fixedMinimumSavingsRate,
        @PositiveOrZero(message = "Participant revenue must not be negative")
        @Digits(integer = 13, fraction = 2, message = "Participant revenue must be dollars and cents")
        BigDecimal participantRevenue,
        Boolean lowRevenue) {

    public static final int FIRST_YEAR = 2019;
    public static final int LAST_YEAR = 2026;

    /** The performance years the application reconciles and estimates (BASIC and ENHANCED exist from 2019). */
    public static java.util.List<Integer> supportedYears() {
        return java.util.stream.IntStream.rangeClosed(FIRST_YEAR, LAST_YEAR).boxed().toList();
    }
}
