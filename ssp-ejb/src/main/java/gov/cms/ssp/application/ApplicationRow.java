package gov.cms.ssp.application;

import gov.cms.ssp.agreement.Track;
import java.time.LocalDate;

/** One line of the CMS review queue. */
public record ApplicationRow(long id, String acoId, String legalName, int cycleYear, ApplicationStatus status,
                             String statusLabel, Track track, String reviewer, LocalDate deadline, LocalDate submittedOn) {
    static ApplicationRow of(Application a) {
        LocalDate deadline = switch (a.getStatus()) {
            case DRAFT -> a.getCycle().windows().submissionCloses();
            case IN_RFI -> a.getRfiDeadline();
            case SUBMITTED, RESUBMITTED -> a.getCycle().windows().finalDisposition();
            case APPROVED, DENIED -> null;
        };
        return new ApplicationRow(a.getId(), a.getAcoId().value(), a.getLegalName(), a.getCycle().getAgreementYear(),
                a.getStatus(), a.getStatus().label(), a.getTrack(), a.getReviewer(), deadline, a.getSubmittedOn());
    }

    public String trackLabel() {
        return track == null ? "—" : track.label();
    }
}
