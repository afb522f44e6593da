package gov.cms.ssp.lookup;

import gov.cms.ssp.agreement.Track;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One NPI billing through one participant TIN of one ACO, as a list in force records it: either an
 * entry of the ACO's provider/supplier list as CMS's decisions made it, or an entry of the list the
 * ACO executive signed for one PY. {@link #years} spells it out per performance year. Change-request
 * additions CMS has not decided are never a listing: only the lists in force are public.
 *
 * @param signedFor for an entry of a signed certification, the PY it was signed for; else null
 */
public record ListedParticipation(String npi, String acoId, String acoName, Track track, String tin,
                                  String participantName, LocalDate effective, LocalDate termination,
                                  Integer signedFor) {
    public ListedParticipation {
        Objects.requireNonNull(npi);
        Objects.requireNonNull(acoId);
        Objects.requireNonNull(tin);
        Objects.requireNonNull(effective);
    }

    /**
     * Lists in force per PY: a PY is covered when the listing's dates overlap the calendar year.
     * An entry of a signed list covers exactly the PY it was signed for. An entry of the live list
     * covers every PY from its effective date to its termination (an open one up to {@code lastPy},
     * the latest PY CMS has opened) except the PYs the ACO signed ({@code signedPys}), whose answer
     * is the signed list. A listing that ends within a PY is terminated in that PY.
     */
    public List<YearlyParticipation> years(int lastPy, Set<Integer> signedPys) {
        List<YearlyParticipation> years = new ArrayList<>();
        if (signedFor != null) {
            years.add(new YearlyParticipation(signedFor, this, statusIn(signedFor)));
            return years;
        }
        int first = effective.getYear();
        int horizon = Math.max(lastPy, first);
        int last = termination == null ? horizon : Math.min(termination.getYear(), horizon);
        for (int py = first; py <= last; py++) {
            if (!signedPys.contains(py)) {
                years.add(new YearlyParticipation(py, this, statusIn(py)));
            }
        }
        return years;
    }

    private ParticipationStatus statusIn(int py) {
        return termination != null && termination.getYear() == py ? ParticipationStatus.TERMINATED : ParticipationStatus.ACTIVE;
    }

    /** One row of a lookup: an NPI's participation through one TIN of one ACO in one PY. */
    public record YearlyParticipation(int performanceYear, ListedParticipation listing, ParticipationStatus status) {
        /** Advanced or MIPS APM, from the ACO's track (null while it has none). */
        public ApmClassification classification() {
            return listing.track() == null ? null : ApmClassification.of(listing.track());
        }
    }
}
