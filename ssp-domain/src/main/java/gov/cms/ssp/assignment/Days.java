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

    /** Month index of every day 1900–2100: the rules ask a line's month tens of millions of times. */
    private static final int TABLE_START = of(1900, 1, 1);
    private static final int[] MONTH_OF_DAY = new int[of(2100, 12, 31) - TABLE_START + 1];

    static {
        for (int i = 0; i < MONTH_OF_DAY.length; i++) {
            LocalDate date = LocalDate.ofEpochDay(TABLE_START + i);
            MONTH_OF_DAY[i] = Months.of(date.getYear(), date.getMonthValue());
        }
    }

    static int monthOf(int day) {
        int index = day - TABLE_START;
        if (index >= 0 && index < MONTH_OF_DAY.length) {
            return MONTH_OF_DAY[index];
        }
        LocalDate date = LocalDate.ofEpochDay(day);
        return Months.of(date.getYear(), date.getMonthValue());
    }

    static int yearOf(int day) {
        return Months.year(monthOf(day));
    }

    /** The last day of the third month after {@code day}'s month (the data cut-off and run-out rule). */
    static int endOfThirdMonthAfter(int day) {
        LocalDate date = LocalDate.ofEpochDay(day).withDayOfMonth(1).plusMonths(4).minusDays(1);
        return (int) date.toEpochDay();
    }
}
