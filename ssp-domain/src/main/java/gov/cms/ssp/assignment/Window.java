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

    /**
     * The quarterly report's rolling window (spec B, "retrospective, preliminary and quarterly"; 42 CFR
     * 425.400(a)(2)(ii): assignment "updated quarterly based on the most recent 12 months of data"): the
     * {@code months} calendar months ending on the last day of quarter {@code quarter} (1–4) of year Y. Q4
     * of Y with 12 months is calendar year Y, the final retrospective window.
     */
    static Window endingWithQuarter(int year, int quarter, int months) {
        if (quarter < 1 || quarter > 4 || months < 1) {
            throw new IllegalArgumentException("quarter 1-4 and at least one month: " + quarter + ", " + months);
        }
        int lastMonth = Months.of(year, quarter * 3);
        return new Window(Months.firstDay(lastMonth - months + 1), Months.firstDay(lastMonth + 1) - 1);
    }

    /** W24 of year Y (spec B): Jan 1 Y−1 – Dec 31 Y, or Oct 1 Y−3 – Sep 30 Y−1 for prospective assignment. */
    static Window w24(AssignmentMethod method, int year) {
        return method == AssignmentMethod.RETROSPECTIVE ? new Window(Days.of(year - 1, 1, 1), Days.of(year, 12, 31))
                : new Window(Days.of(year - 3, 10, 1), Days.of(year - 1, 9, 30));
    }
}
