package gov.cms.ssp.assignment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything the rules know of one beneficiary for a run: the row of {@code beneficiaries.csv}, the
 * enrollment months, the claim lines, voluntary-alignment designations and other-initiative years.
 * One bucket's beneficiaries are held in memory at a time.
 */
final class Beneficiary {

    final String id;
    final int birthDate;
    final int deathDate;
    final String stateCounty;
    final long sourceLine;
    final List<EnrollmentMonth> months = new ArrayList<>();
    final List<ClaimLine> lines = new ArrayList<>();
    final List<Designation> designations = new ArrayList<>();
    final Set<Integer> otherInitiativeYears = new HashSet<>();

    Beneficiary(String id, int birthDate, int deathDate, String stateCounty, long sourceLine) {
        this.id = id;
        this.birthDate = birthDate;
        this.deathDate = deathDate;
        this.stateCounty = stateCounty;
        this.sourceLine = sourceLine;
    }

    boolean hasDied() {
        return deathDate != Days.NONE;
    }

    /** Disabled in the month: the flag, else the PD of spec A.2 (not ESRD and under 65 on the 1st of the month). */
    boolean isDisabled(EnrollmentMonth month) {
        if (month.disabled != null) {
            return month.disabled;
        }
        if (month.esrd || birthDate == Days.NONE) {
            return false;
        }
        return Days.toDate(birthDate).plusYears(65).isAfter(Days.toDate(Months.firstDay(month.month)));
    }
}
