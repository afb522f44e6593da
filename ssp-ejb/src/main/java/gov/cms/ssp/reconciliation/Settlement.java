package gov.cms.ssp.reconciliation;

import java.time.Instant;

/** One ACO's result in one run, with the run's facts: a settlement report once released. */
public record Settlement(long runId, String acoId, String acoName, RunStatus runStatus, Instant releasedAt,
                         int revision, String revisionReason, ReconciledFigures figures) {

    /** The day CMS released it (UTC), null before. */
    public java.time.LocalDate releasedOn() {
        return releasedAt == null ? null : java.time.LocalDate.ofInstant(releasedAt, java.time.ZoneOffset.UTC);
    }
}
