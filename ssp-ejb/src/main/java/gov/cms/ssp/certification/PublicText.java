package gov.cms.ssp.certification;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The parts of the public reporting page the ACO writes; shown as plain text, never as HTML. */
public record PublicText(
        @Size(max = 300, message = "The web address may have at most 300 characters")
        @Pattern(regexp = "^$|^https://\\S+$", message = "The public reporting page must be an https:// address") String publicUrl,
        @Size(max = 2000, message = "Governing body may have at most 2,000 characters") String governingBody,
        @Size(max = 2000, message = "Leadership may have at most 2,000 characters") String leadership,
        @Size(max = 2000, message = "How savings were used may have at most 2,000 characters") String savingsUse,
        long version) {
}
