package gov.cms.ssp.assignment;

/** How a beneficiary was assigned (spec E.5): voluntary alignment or claims-based step 1, 2 or 3. */
public enum AssignmentStep {
    VA("VA"), STEP_1("1"), STEP_2("2"), STEP_3("3");

    private final String code;

    AssignmentStep(String code) {
        this.code = code;
    }

    /** The value of the {@code step} column of assignment.csv. */
    public String code() {
        return code;
    }
}
