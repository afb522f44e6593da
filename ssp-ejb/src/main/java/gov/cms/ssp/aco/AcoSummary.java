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

    /** The ACO with the terms of the agreement in force (this year's), else its latest agreement's entry. */
    public static AcoSummary inForce(Aco a, java.util.Optional<gov.cms.ssp.agreement.AgreementTerms> terms) {
        return terms.map(t -> new AcoSummary(a.getAcoId().value(), a.getLegalName(), a.getStates(), t.level(),
                t.agreementStart(), t.agreementNumber())).orElseGet(() -> of(a));
    }

    public String trackLabel() {
        return track == null ? "—" : track.label();
    }
}
