package gov.cms.ssp.assignment;

/**
 * An assignment window (spec B) with its data cut-off: a line is in the window when its from_date is
 * and it was processed by the last day of the third month after the window ends (spec J).
 */
record Window(int start, int end) {

    int cutoff() {
        return Days.endOfThirdMonthAfter(end);
    }

    boolean containsService(ClaimLine line) {
        return line.from >= start && line.from <= end && line.processed <= cutoff();
    }

    int firstMonth() {
        return Days.monthOf(start);
    }

    int lastMonth() {
        return Days.monthOf(end);
    }

    /** Calendar year Y: the retrospective W12 and the year of expenditures. */
    static Window calendarYear(int year) {
        return new Window(Days.of(year, 1, 1), Days.of(year, 12, 31));
    }

    /** W12 of year Y (spec B): calendar year Y, or Oct 1 Y−2 – Sep 30 Y−1 for prospective assignment. */
    static Window w12(AssignmentMethod method, int year) {
        return method == AssignmentMethod.RETROSPECTIVE ? calendarYear(year)
                : new Window(Days.of(year - 2, 10, 1), Days.of(year - 1, 9, 30));
    }

    /** W24 of year Y (spec B): Jan 1 Y−1 – Dec 31 Y, or Oct 1 Y−3 – Sep 30 Y−1 for prospective assignment. */
    static Window w24(AssignmentMethod method, int year) {
        return method == AssignmentMethod.RETROSPECTIVE ? new Window(Days.of(year - 1, 1, 1), Days.of(year, 12, 31))
                : new Window(Days.of(year - 3, 10, 1), Days.of(year - 1, 9, 30));
    }
}
