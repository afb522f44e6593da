package gov.cms.ssp.assignment;

/** Calendar months as one int, {@code year * 12 + month - 1}, so that ranges are plain comparisons. */
final class Months {

    private Months() {
    }

    static int of(int year, int month) {
        return year * 12 + month - 1;
    }

    static int year(int month) {
        return Math.floorDiv(month, 12);
    }

    static int firstDay(int month) {
        return Days.of(year(month), Math.floorMod(month, 12) + 1, 1);
    }

    static String format(int month) {
        return String.format("%04d-%02d", year(month), Math.floorMod(month, 12) + 1);
    }
}
