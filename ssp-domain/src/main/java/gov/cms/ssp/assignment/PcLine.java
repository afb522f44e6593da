package gov.cms.ssp.assignment;

/** A primary care line of a run (spec E.1) with its role and the entity it counts for (spec E.2). */
record PcLine(ClaimLine line, ServiceRole role, Entity entity) {
}
