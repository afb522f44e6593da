package gov.cms.ssp.application;

import gov.cms.ssp.shared.DisplayFormat;
import java.time.LocalDateTime;

/**
 * A Notice of Intent to Apply as the ACO and CMS see it: its reference number, who filed it and
 * when, and where the application it led to stands ({@code applicationId} null: not started). A
 * prospective applicant's notice has no ACO ID ({@code acoId} null) until CMS assigns one.
 */
public record NoticeView(String reference, String acoId, int cycleYear, String legalName, String tin, String executiveName,
                         String primaryName, String secondaryName, String submittedBy, LocalDateTime submittedAt,
                         Long applicationId, String applicationStatus) {
    static NoticeView of(NoticeOfIntent n, Application application) {
        return new NoticeView(n.reference(), n.isProspective() ? null : n.getAcoId().value(), n.getCycle().getAgreementYear(),
                n.getLegalName(), n.getTin().value(), n.getExecutiveName(), n.getPrimaryName(), n.getSecondaryName(),
                n.getSubmittedBy(), n.getSubmittedAt(), application == null ? null : application.getId(),
                application != null ? "Application: " + application.getStatus().label()
                        : n.isProspective() ? "New applicant: CMS assigns the ACO ID before the application" : "Application not started");
    }

    /** "Received 12/01/2026 at 9:14 AM EST from aco.staff": the notice's status. */
    public String status() {
        return "Received " + DisplayFormat.dateTime(submittedAt) + " from " + submittedBy;
    }

    /** The ACO ID, or what stands for it while a new applicant has none. */
    public String acoLabel() {
        return acoId == null ? "No ACO ID yet (new applicant)" : acoId;
    }
}
