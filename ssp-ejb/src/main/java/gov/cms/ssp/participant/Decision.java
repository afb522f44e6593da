package gov.cms.ssp.participant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A reviewer's decision on one row: accept, or deny with a reason code and, if need be, words. */
public record Decision(@NotNull(message = "Choose accept or deny") Disposition disposition, DenialReason reason,
                       @Size(max = 500, message = "The note takes at most 500 characters") String note) {
}
