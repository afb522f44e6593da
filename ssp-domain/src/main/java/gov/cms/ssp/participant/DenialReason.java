package gov.cms.ssp.participant;

/** The reason codes a reviewer gives with a denial; the ACO sees the code and its words. */
public enum DenialReason {
    EXCLUSIVITY("Billing TIN is on another Shared Savings Program ACO's participant list"),
    OTHER_INITIATIVE("TIN takes part in another Medicare shared-savings initiative this year"),
    PROGRAM_INTEGRITY("Program integrity screening (exclusion, revocation or sanction history)"),
    NOT_ENROLLED("Not enrolled in Medicare under this TIN/NPI (PECOS)"),
    LATE_REPORTING("Reported after the 30-day deadline"),
    BILLING_TIN_NOT_LISTED("The NPI's billing TIN is not on the ACO's participant list"),
    SNF_STAR_RATING("The SNF's overall CMS star rating is below 3"),
    SNF_WAIVER_NOT_AVAILABLE("The ACO's track does not have the SNF 3-day rule waiver"),
    INCOMPLETE("Information missing or inconsistent");

    private final String label;

    DenialReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
