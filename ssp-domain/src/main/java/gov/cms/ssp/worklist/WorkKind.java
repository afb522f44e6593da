package gov.cms.ssp.worklist;

import gov.cms.ssp.shared.Role;

/** The kinds of CMS work, each with the role whose queue it sits in. */
public enum WorkKind {
    APPLICATION("Application review", Role.CMS_REVIEWER),
    CHANGE_REQUEST("Change request review", Role.CMS_REVIEWER),
    RUN_APPROVAL("Reconciliation run to approve", Role.CMS_ANALYST);

    private final String label;
    private final String role;

    WorkKind(String label, String role) {
        this.label = label;
        this.role = role;
    }

    public String label() {
        return label;
    }

    public String role() {
        return role;
    }

    /** Whether items of this kind are assigned to a person (run approvals go to any analyst but the starter). */
    public boolean isAssignable() {
        return this != RUN_APPROVAL;
    }
}
