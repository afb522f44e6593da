package gov.cms.ssp.certification;

import gov.cms.ssp.aco.ContactView;
import gov.cms.ssp.quality.PublicQuality;
import java.util.List;

/**
 * The public reporting page of an ACO in CMS's one layout (425.308). The system of record supplies
 * everything but the free-text parts; figures not yet published by CMS are said to be so. The track
 * is the level in force this PY ({@code trackLabel}) and next PY ({@code nextTrackLabel}). {@code qualityReleases}:
 * the quality results CMS released, newest PY first (none before a release).
 */
public record PublicReport(String acoId, String legalName, String doingBusinessAs, String location, String trackLabel,
                           String nextTrackLabel,
                           ContactView primaryContact, List<ContactView> leadershipContacts, List<String> participants,
                           String governingBody, String leadership, String savingsUse, String sharedSavingsOrLosses,
                           String qualityResults, String snfWaiver, String publicUrl, List<PublicQuality> qualityReleases) {
}
