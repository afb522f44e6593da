package gov.cms.ssp.participant;

import jakarta.validation.constraints.NotNull;

/** A reviewer's decision on one row. */
public record Decision(@NotNull(message = "Choose accept or deny") Disposition disposition, DenialReason reason) {
}
