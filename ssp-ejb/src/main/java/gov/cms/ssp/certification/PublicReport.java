package gov.cms.ssp.certification;

import gov.cms.ssp.aco.ContactView;
import java.util.List;

/**
 * The public reporting page of an ACO in CMS's one layout (425.308). The system of record supplies
 * everything but the free-text parts; figures not yet published by CMS are said to be so.
 */
public record PublicReport(String acoId, String legalName, String doingBusinessAs, String location, String trackLabel,
                           ContactView primaryContact, List<ContactView> leadershipContacts, List<String> participants,
                           String governingBody, String leadership, String savingsUse, String sharedSavingsOrLosses,
                           String qualityResults, String snfWaiver, String publicUrl) {
}
