package gov.cms.ssp.aco;

import gov.cms.ssp.agreement.Track;
import java.time.LocalDate;

/** One line of an ACO table or the public directory: nothing private. */
public record AcoSummary(String acoId, String legalName, String states, Track track, LocalDate agreementStart,
                         Integer agreementPeriod) {
    public static AcoSummary of(Aco a) {
        return new AcoSummary(a.getAcoId().value(), a.getLegalName(), a.getStates(), a.getTrack(), a.getAgreementStart(),
                a.getAgreementPeriod());
    }

    public String trackLabel() {
        return track == null ? "—" : track.label();
    }
}
