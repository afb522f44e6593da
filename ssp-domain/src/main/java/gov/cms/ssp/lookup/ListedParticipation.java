package gov.cms.ssp.lookup;

import gov.cms.ssp.agreement.Track;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One NPI billing through one participant TIN of one ACO, as a provider/supplier list or a pending
 * change request records it. {@link #years(int)} spells it out per performance year.
 *
 * @param pendingFor for a change-request addition not yet decided, the PY it asks for; else null
 */
public record ListedParticipation(String npi, String acoId, String acoName, Track track, String tin,
                                  String participantName, LocalDate effective, LocalDate termination,
                                  Integer pendingFor) {
    public ListedParticipation {
        Objects.requireNonNull(npi);
        Objects.requireNonNull(acoId);
        Objects.requireNonNull(tin);
    }

    /**
     * The performance years this listing covers, up to {@code currentYear} for a listing without an
     * end: a PY is covered when the listing's dates overlap the calendar year. A listing that ends
     * within a PY is terminated in that PY; a pending addition covers only the PY it asks for.
     */
    public List<YearlyParticipation> years(int currentYear) {
        List<YearlyParticipation> years = new ArrayList<>();
        if (pendingFor != null) {
            years.add(new YearlyParticipation(pendingFor, this, ParticipationStatus.PENDING));
            return years;
        }
        int first = effective.getYear();
        int last = termination == null ? Math.max(currentYear, first) : termination.getYear();
        for (int py = first; py <= last; py++) {
            boolean endsThisYear = termination != null && termination.getYear() == py;
            years.add(new YearlyParticipation(py, this,
                    endsThisYear ? ParticipationStatus.TERMINATED : ParticipationStatus.ACTIVE));
        }
        return years;
    }

    /** One row of a lookup: an NPI's participation through one TIN of one ACO in one PY. */
    public record YearlyParticipation(int performanceYear, ListedParticipation listing, ParticipationStatus status) {
        public ApmClassification classification() {
            return listing.track() == null ? null : ApmClassification.of(listing.track());
        }
    }
}
