package gov.cms.ssp.reconciliation;

import gov.cms.ssp.agreement.Track;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Financial inputs typed in by a CMS analyst: the ACO, its track in the PY (may be left out when the
 * ACO's agreement records it: the level in force is used), and its figures.
 */
public record HandEnteredInput(
        @NotNull(message = "ACO ID is required")
        @Pattern(regexp = "A\\d{4}", message = "ACO ID must be the letter A followed by four digits") String acoId,
        Track track,
        @NotNull(message = "The figures are required") @Valid EstimateRequest figures) {
}
