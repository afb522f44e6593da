package gov.cms.ssp.aco;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A person's details as entered in a form or sent to the API; the service validates them. */
public record ContactDetails(
        @NotNull(message = "Contact role is required") ContactRole role,
        @NotBlank(message = "Name is required") @Size(max = 120, message = "Name may have at most 120 characters") String name,
        @Size(max = 120, message = "Title may have at most 120 characters") String title,
        @NotBlank(message = "E-mail is required") @Email(message = "E-mail must be a valid address, e.g. name@example.org") @Size(max = 200) String email,
        @Pattern(regexp = "^$|^[0-9 ()+.-]{7,25}$", message = "Phone may contain digits, spaces and + ( ) . - only") String phone) {
}
