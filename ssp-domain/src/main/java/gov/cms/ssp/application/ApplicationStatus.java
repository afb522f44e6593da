package gov.cms.ssp.application;

import gov.cms.ssp.shared.BusinessException;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where an application stands. The allowed moves are the program's cycle (rules section 7): the ACO
 * submits, CMS either decides or sends a request for information (RFI), the ACO answers and
 * resubmits, CMS decides or sends the second RFI. Approved and denied are final.
 */
public enum ApplicationStatus {
    DRAFT("Draft", "a draft"),
    SUBMITTED("Submitted", "submitted and waiting for review"),
    IN_RFI("Request for information", "waiting for the ACO's answers to a request for information"),
    RESUBMITTED("Resubmitted", "resubmitted and waiting for review"),
    APPROVED("Approved", "approved"),
    DENIED("Denied", "denied");

    private final String label;
    private final String description;

    ApplicationStatus(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public Set<ApplicationStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED);
            case SUBMITTED, RESUBMITTED -> EnumSet.of(IN_RFI, APPROVED, DENIED);
            case IN_RFI -> EnumSet.of(RESUBMITTED);
            case APPROVED, DENIED -> EnumSet.noneOf(ApplicationStatus.class);
        };
    }

    public boolean canMoveTo(ApplicationStatus target) {
        return next().contains(target);
    }

    /** The ACO may change its answers only while the application is in its hands. */
    public boolean editableByAco() {
        return this == DRAFT || this == IN_RFI;
    }

    public boolean underReview() {
        return this == SUBMITTED || this == RESUBMITTED;
    }

    public boolean isFinal() {
        return this == APPROVED || this == DENIED;
    }

    /** Refuses a move the cycle does not allow, saying in words where the application stands. */
    public void requireMoveTo(ApplicationStatus target) {
        if (!canMoveTo(target)) {
            throw new BusinessException("This application is " + description + "; it cannot be "
                    + target.asTarget() + " now.");
        }
    }

    private String asTarget() {
        return switch (this) {
            case DRAFT -> "reopened as a draft";
            case SUBMITTED -> "submitted";
            case IN_RFI -> "sent a request for information";
            case RESUBMITTED -> "resubmitted";
            case APPROVED -> "approved";
            case DENIED -> "denied";
        };
    }

    public String description() {
        return description;
    }
}
