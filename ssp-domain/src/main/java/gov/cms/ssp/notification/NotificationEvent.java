package gov.cms.ssp.notification;

/** What happened that someone must hear about: each kind of notice the program sends. */
public enum NotificationEvent {
    RFI_SENT("Request for information"),
    RFI_ANSWERED("Request for information answered"),
    APPLICATION_DECIDED("Application decided"),
    CHANGE_REQUEST_DECIDED("Change request decided"),
    DECISION_REOPENED("Decision reopened"),
    CERTIFICATION_WINDOW_OPENED("Certification window opened"),
    EXTENSION_GRANTED("Extension granted"),
    SETTLEMENT_RELEASED("Settlement released"),
    REPAYMENT_INCREASE_DUE("Repayment mechanism increase due"),
    DEADLINE_REMINDER("Deadline reminder"),
    DEADLINE_OVERDUE("Deadline passed");

    private final String label;

    NotificationEvent(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
