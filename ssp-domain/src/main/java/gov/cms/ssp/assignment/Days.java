package gov.cms.ssp.assignment;

import java.time.LocalDate;

/** Dates are kept as epoch days (ints) so that millions of claim lines fit a bucket in memory. */
final class Days {

    /** An empty date cell. */
    static final int NONE = Integer.MIN_VALUE;

    private Days() {
    }

    static int of(int year, int month, int day) {
        return (int) LocalDate.of(year, month, day).toEpochDay();
    }

    static int of(LocalDate date) {
        return (int) date.toEpochDay();
    }

    static LocalDate toDate(int day) {
        return LocalDate.ofEpochDay(day);
    }

    static int monthOf(int day) {
        LocalDate date = LocalDate.ofEpochDay(day);
        return Months.of(date.getYear(), date.getMonthValue());
    }

    static int yearOf(int day) {
        return LocalDate.ofEpochDay(day).getYear();
    }

    /** The last day of the third month after {@code day}'s month (the data cut-off and run-out rule). */
    static int endOfThirdMonthAfter(int day) {
        LocalDate date = LocalDate.ofEpochDay(day).withDayOfMonth(1).plusMonths(4).minusDays(1);
        return (int) date.toEpochDay();
    }
}
