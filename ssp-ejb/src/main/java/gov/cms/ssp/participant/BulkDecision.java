package gov.cms.ssp.participant;

/** The outcome of accepting a request's clear rows at once: how many were accepted, how many still wait (with findings). */
public record BulkDecision(long requestId, long accepted, long stillPending) {
}
