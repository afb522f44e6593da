package gov.cms.ssp.assignment;

/** A beneficiary's assignment for year Y: the ACO, the step, and for VA whether claims alone would have assigned it too. */
record Assignment(String acoId, AssignmentStep step, boolean cbaAlso) {
}
