package gov.cms.ssp.application;

import gov.cms.ssp.shared.Tin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A Notice of Intent to Apply as the ACO enters it. */
public record NoticeForm(
        @NotBlank(message = "The legal name is required") @Size(max = 200, message = "The legal name may have at most 200 characters") String legalName,
        @NotBlank(message = "The ACO TIN is required") @Pattern(regexp = Tin.ENTRY_PATTERN, message = "The ACO TIN must be 9 digits") String tin,
        @Size(max = 200, message = "The DBA name may have at most 200 characters") String doingBusinessAs,
        @NotBlank(message = "The address is required") @Size(max = 300, message = "The address may have at most 300 characters") String address,
        @NotBlank(message = "The ACO executive's name is required") @Size(max = 120) String executiveName,
        @NotBlank(message = "The ACO executive's e-mail is required") @Email(message = "The ACO executive's e-mail must be a valid address") String executiveEmail,
        @NotBlank(message = "The primary application contact's name is required") @Size(max = 120) String primaryName,
        @NotBlank(message = "The primary application contact's e-mail is required") @Email(message = "The primary contact's e-mail must be a valid address") String primaryEmail,
        @Size(max = 120) String secondaryName,
        @Email(message = "The secondary contact's e-mail must be a valid address") String secondaryEmail) {
}
