package gov.cms.ssp.agreement;

import gov.cms.ssp.application.AssignmentMethod;
import gov.cms.ssp.application.MsrMlrChoice;
import java.time.LocalDate;

/**
 * What is in force for an ACO in one performance year of an agreement: the track or level, the
 * MSR/MLR (null while the ACO is one-sided or has not yet chosen it), the assignment method, and the
 * dates the PY covers (July 1 – December 31 for the six-month first PY of a July 2019 start).
 */
public record AgreementTerms(int performanceYear, Track level, MsrMlrChoice msrMlr, AssignmentMethod assignmentMethod,
                             LocalDate startsOn, LocalDate endsOn, int agreementNumber, LocalDate agreementStart) {
    public boolean isTwoSided() {
        return level.isTwoSided();
    }

    /** The repayment mechanism (425.204(f)) is required for two-sided levels: BASIC C, D, E and ENHANCED. */
    public boolean needsRepaymentMechanism() {
        return level.isTwoSided();
    }

    public boolean allowsSnfWaiver() {
        return GlidePath.snfWaiverAllowed(level);
    }

    public boolean isSixMonthPeriod() {
        return startsOn.getMonthValue() != 1;
    }
}
