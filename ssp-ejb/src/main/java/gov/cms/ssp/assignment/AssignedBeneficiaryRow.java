package gov.cms.ssp.assignment;

import java.math.BigDecimal;

/**
 * One assigned beneficiary as the ACO sees it. {@code expenditure} (the claims-level figure) is null
 * when the beneficiary declined data sharing: such a beneficiary still counts, but no details are shown.
 */
public record AssignedBeneficiaryRow(String beneId, String step, String participantTin, String enrollmentType, int months,
                                     BigDecimal expenditure, boolean declinedSharing) {

    /** The step in words. */
    public String stepLabel() {
        return switch (step) {
            case "VA" -> "Voluntary alignment";
            case "1" -> "Step 1 (primary care physicians)";
            case "2" -> "Step 2 (specialists)";
            case "3" -> "Step 3 (expanded window)";
            default -> step;
        };
    }

    public String enrollmentTypeLabel() {
        return enrollmentLabel(enrollmentType);
    }

    public static String enrollmentLabel(String type) {
        if (type == null) {
            return "";
        }
        return switch (type) {
            case "ESRD" -> "ESRD";
            case "DIS" -> "Disabled";
            case "AGDU" -> "Aged, dual";
            case "AGND" -> "Aged, non-dual";
            default -> type;
        };
    }
}
