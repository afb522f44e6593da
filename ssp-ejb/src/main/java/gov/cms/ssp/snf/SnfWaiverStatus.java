package gov.cms.ssp.snf;

/** Whether an ACO may keep SNF affiliates (its track has the SNF 3-day rule waiver); {@code refusal} says why not. */
public record SnfWaiverStatus(String acoId, String track, boolean mayHaveAffiliates, String refusal) {
}
