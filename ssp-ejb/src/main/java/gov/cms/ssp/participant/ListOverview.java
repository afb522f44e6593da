package gov.cms.ssp.participant;

import java.time.LocalDate;

/** What the ACO's list page shows at the top: the PY, the change-request window, the open draft, the lists' sizes. */
public record ListOverview(String acoId, int py, LocalDate windowOpens, LocalDate windowCloses, boolean windowOpen,
                           Long draftId, long draftRows, long participants, long providers, long snfAffiliates) {
}
