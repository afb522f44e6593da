package gov.cms.ssp.reconciliation;

import gov.cms.ssp.agreement.Track;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/**
 * Financial inputs typed in by a CMS analyst: the ACO, its track in the PY (may be left out when the
 * ACO's agreement records it: the level in force is used), its figures, and every other input the
 * import of CMS's file reads (CMS-set MSR, EUC reduction, Track 1+ loss limit basis, PY2019 period,
 * guardrail, mid-year termination, recouped advance payments). Rates are fractions.
 */
public record HandEnteredInput(
        @NotNull(message = "ACO ID is required")
        @Pattern(regexp = "A\\d{4}", message = "ACO ID must be the letter A followed by four digits") String acoId,
        Track track,
        @NotNull(message = "The figures are required") @Valid EstimateRequest figures,
        @DecimalMin(value = "0", message = "The minimum savings rate set by CMS must be between 0% and 20%")
        @DecimalMax(value = "0.2", message = "The minimum savings rate set by CMS must be between 0% and 20%")
        @Digits(integer = 1, fraction = 10, message = "The minimum savings rate set by CMS takes at most 10 decimal places")
        BigDecimal cmsSetMinimumSavingsRate,
        @PositiveOrZero(message = "The EUC reduction must not be negative")
        @Digits(integer = 13, fraction = 2, message = "The EUC reduction must be dollars and cents, at most 13 digits before the point")
        BigDecimal eucReduction,
        LossLimitBasis lossLimitBasis,
        PerformancePeriod performancePeriod,
        Boolean guardrail,
        Boolean midYearTermination,
        @Min(value = 0, message = "Months before the agreement ended must be 0 to 12")
        @Max(value = 12, message = "Months before the agreement ended must be 0 to 12")
        Integer monthsBeforeTermination,
        @PositiveOrZero(message = "Recouped advance payments must not be negative")
        @Digits(integer = 13, fraction = 2, message = "Recouped advance payments must be dollars and cents, at most 13 digits before the point")
        BigDecimal advancePaymentRecoupment) {

    /**
     * The ACO, track and figures only (every other input empty). A factory, not a second constructor:
     * JSON-B binds a record through its one canonical constructor.
     */
    public static HandEnteredInput of(String acoId, Track track, EstimateRequest figures) {
        return new HandEnteredInput(acoId, track, figures, null, null, null, null, null, null, null, null);
    }
}
