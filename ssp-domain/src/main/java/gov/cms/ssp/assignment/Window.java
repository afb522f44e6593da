package gov.cms.ssp.assignment;

/**
 * An assignment window (spec B) with its data cut-off: a line is in the window when its from_date is
 * and it was processed by the last day of the third month after the window ends (spec J).
 */
final class Window {

    private final int start;
    private final int end;
    private final int cutoff;
    private final int firstMonth;
    private final int lastMonth;

    Window(int start, int end) {
        this.start = start;
        this.end = end;
        this.cutoff = Days.endOfThirdMonthAfter(end);
        this.firstMonth = Days.monthOf(start);
        this.lastMonth = Days.monthOf(end);
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    int cutoff() {
        return cutoff;
    }

    boolean containsService(ClaimLine line) {
        return line.from >= start && line.from <= end && line.processed <= cutoff;
    }

    int firstMonth() {
        return firstMonth;
    }

    int lastMonth() {
        return lastMonth;
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
