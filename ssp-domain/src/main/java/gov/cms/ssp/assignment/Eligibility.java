package gov.cms.ssp.assignment;

/**
 * Spec C (425.401): eligibility for a window, and the year-end exclusions of prospectively assigned
 * and voluntarily aligned beneficiaries.
 */
final class Eligibility {

    private final ReferenceData reference;
    /** calendar year Y, or the year to date for a quarterly report */
    private final Window exclusionMonths;

    Eligibility(ReferenceData reference, Window exclusionMonths) {
        this.reference = reference;
        this.exclusionMonths = exclusionMonths;
    }

    /** Spec C.1–C.6 for year Y on the window W12. */
    boolean isEligible(Beneficiary bene, Window w12, int year) {
        return passesEnrollmentTests(bene, w12, year) && !diedBefore(bene, Days.of(year, 1, 1));
    }

    /**
     * Year-end exclusion of year Y (spec C): no month with A and B, or an A-only/B-only month, or an MA
     * month in calendar year Y, or non-US residence at Dec 31 Y, or another initiative in Y; a quarterly report tests the year to date.
     */
    boolean isExcludedAtYearEnd(Beneficiary bene, int year) {
        return !passesEnrollmentTests(bene, exclusionMonths, year);
    }

    /** Spec C.1–C.5 on the months of a window. */
    private boolean passesEnrollmentTests(Beneficiary bene, Window window, int year) {
        int first = window.firstMonth();
        int last = window.lastMonth();
        boolean anyAandB = false;
        int latestResidenceMonth = Integer.MIN_VALUE;
        String residence = bene.stateCounty;
        for (EnrollmentMonth month : bene.months) {
            if (month.month < first || month.month > last) {
                continue;
            }
            if (month.hasOnlyOnePart() || month.maGhp) {
                return false;
            }
            anyAandB |= month.hasPartsAandB();
            if (month.stateCounty != null && month.month > latestResidenceMonth) {
                latestResidenceMonth = month.month;
                residence = month.stateCounty;
            }
        }
        return anyAandB && !bene.otherInitiativeYears.contains(year) && reference.isUsResidence(residence);
    }

    /** Spec C.6: deceased before Jan 1 Y (also when enrollment rows continue after the death date). */
    private static boolean diedBefore(Beneficiary bene, int day) {
        return bene.hasDied() && bene.deathDate < day;
    }
}
