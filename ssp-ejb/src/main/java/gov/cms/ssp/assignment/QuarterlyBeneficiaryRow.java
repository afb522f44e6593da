package gov.cms.ssp.assignment;

/**
 * One beneficiary of a quarterly report: assigned in the quarter (added since the previous quarter, or
 * still assigned), or dropped since the previous quarter (then step and TIN are the previous quarter's).
 * {@code change} is null when there is no previous quarter to compare with. Claims-level details are
 * withheld for a beneficiary who declined data sharing, as in {@link AssignedBeneficiaryRow}.
 */
public record QuarterlyBeneficiaryRow(AssignedBeneficiaryRow beneficiary, String change) {
    public static final String ADDED = "ADDED";
    public static final String DROPPED = "DROPPED";
    public static final String STILL = "STILL";

    public String changeLabel() {
        if (change == null) {
            return "";
        }
        return switch (change) {
            case ADDED -> "Added";
            case DROPPED -> "Dropped";
            default -> "Still assigned";
        };
    }
}
