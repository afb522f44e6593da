package gov.cms.ssp.reconciliation;

/**
 * A figure the reconciliation of one ACO needs and its financial inputs lack. An ACO missing one is
 * set aside in its run (never stopping the run) until an analyst enters the figure or withholds it.
 */
public enum MissingFigure {
    /** 425.604(b): below 5,000 assigned beneficiaries the MSR (and MLR) is set by CMS, not read from the table */
    CMS_SET_MINIMUM_SAVINGS_RATE("Minimum savings rate set by CMS"),
    /** BASIC C–E and revenue-based Track 1+ loss limits are a share of participant revenue */
    PARTICIPANT_REVENUE("ACO participants' revenue"),
    /** Track 1+: the loss limit is revenue-based or benchmark-based, depending on the ACO's participants */
    LOSS_LIMIT_BASIS("Loss sharing limit basis"),
    /** shared losses of an agreement that ended during the year are prorated by the months before it ended */
    MONTHS_BEFORE_TERMINATION("Months before the agreement ended"),
    /** the sharing rate of the year scales with the quality score */
    QUALITY_SCORE("Quality score"),
    /** any other inconsistency of the figures that the engine refuses */
    OTHER("Financial inputs");

    private final String label;

    MissingFigure(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
