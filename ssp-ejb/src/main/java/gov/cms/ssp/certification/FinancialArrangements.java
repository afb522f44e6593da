package gov.cms.ssp.certification;

import gov.cms.ssp.certification.ComplianceRecord.RepaymentType;
import jakarta.validation.constraints.Size;

/**
 * The ACO's EFT authorization status and its repayment mechanism (type and issuer) as the ACO's own
 * people record them for the certification; {@code version} guards against overwriting a colleague.
 */
public record FinancialArrangements(
        boolean eftAuthorized,
        RepaymentType repaymentType,
        @Size(max = 200, message = "The issuer may have at most 200 characters") String repaymentIssuer,
        long version) {
}
