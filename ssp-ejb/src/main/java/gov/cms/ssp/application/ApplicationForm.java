package gov.cms.ssp.application;

import gov.cms.ssp.agreement.Track;
import gov.cms.ssp.shared.Tin;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The answers of the application form as the ACO enters them; a save applies the fields of one
 * section. Completeness is not checked here (drafts may be incomplete) but at submission.
 */
public record ApplicationForm(
        @Size(max = 200, message = "The legal name may have at most 200 characters") String legalName,
        @Pattern(regexp = Tin.ENTRY_PATTERN, message = "The ACO TIN must be 9 digits") String tin,
        @Size(max = 200, message = "The DBA name may have at most 200 characters") String doingBusinessAs,
        @Size(max = 300, message = "The address may have at most 300 characters") String address,
        Track track, MsrMlrChoice msrMlr, AssignmentMethod assignmentMethod, boolean snfWaiver,
        @Size(max = 2000, message = "The governing body list may have at most 2,000 characters") String governingBody,
        @Size(max = 120, message = "The compliance official's name may have at most 120 characters") String complianceOfficial,
        @Size(max = 120, message = "The medical director's name may have at most 120 characters") String medicalDirector,
        RepaymentType repaymentType,
        @Size(max = 200, message = "The issuer may have at most 200 characters") String repaymentIssuer,
        @DecimalMin(value = "0", message = "The repayment amount cannot be negative")
        @Digits(integer = 13, fraction = 2, message = "The repayment amount must be dollars and cents, at most 13 digits before the point")
        BigDecimal repaymentAmount,
        @DecimalMin(value = "0", message = "Total expenditures cannot be negative")
        @Digits(integer = 13, fraction = 2, message = "Total expenditures must be dollars and cents, at most 13 digits before the point")
        BigDecimal totalExpenditures,
        @DecimalMin(value = "0", message = "Participant revenue cannot be negative")
        @Digits(integer = 13, fraction = 2, message = "Participant revenue must be dollars and cents, at most 13 digits before the point")
        BigDecimal participantRevenue,
        EftStatus eftStatus, boolean attestAccurate, boolean attestCompliance,
        List<Track> electedLevels, Boolean experiencedWithRisk) {

    /** The faster moves elected: index = PY of the agreement from 0, null = automatic advancement. */
    public Map<Integer, Track> elections() {
        Map<Integer, Track> elections = new TreeMap<>();
        if (electedLevels != null) {
            for (int i = 0; i < electedLevels.size(); i++) {
                if (electedLevels.get(i) != null) {
                    elections.put(i, electedLevels.get(i));
                }
            }
        }
        return elections;
    }

    public static ApplicationForm of(ApplicationView v) {
        return new ApplicationForm(v.legalName(), v.tin(), v.doingBusinessAs(), v.address(), v.track(), v.msrMlr(),
                v.assignmentMethod(), v.snfWaiver(), v.governingBody(), v.complianceOfficial(), v.medicalDirector(),
                v.repaymentType(), v.repaymentIssuer(), v.repaymentAmount(), v.totalExpenditures(), v.participantRevenue(),
                v.eftStatus(), v.attestAccurate(), v.attestCompliance(), v.electedLevels(), v.experiencedWithRisk());
    }
}
