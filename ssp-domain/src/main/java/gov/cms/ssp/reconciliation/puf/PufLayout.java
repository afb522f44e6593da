package gov.cms.ssp.reconciliation.puf;

/**
 * The conventions of one PUF year: how rates are written and how one-sided losses are reported.
 * Verified on PY2018 and PY2023; the other years follow the rules README and are marked where
 * they are assumptions. Cells written {@code x%} are read as percentages in any year.
 *
 * @param year                               the performance year of the file
 * @param savingsRateNotation                Sav_rate, MinSavPerc, FinalLossRate
 * @param qualityRateNotation                QualScore, FinalShareRate
 * @param oneSidedLossesReportedAsGenerated  the file reports a one-sided ACO's losses beyond its MSR in
 *                                           GenSaveLoss (PY2018: yes; PY2023: 0, as the rules have it)
 */
public record PufLayout(int year, RateNotation savingsRateNotation, RateNotation qualityRateNotation,
                        boolean oneSidedLossesReportedAsGenerated) {

    public static final int FIRST_YEAR = 2013;
    public static final int LAST_YEAR = 2024;

    public static boolean isSupported(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /** The layout of a year of the family 2013–2024. */
    public static PufLayout forYear(int year) {
        if (!isSupported(year)) {
            throw new IllegalArgumentException("year " + year + " is outside the PUF family "
                    + FIRST_YEAR + "–" + LAST_YEAR);
        }
        if (year == 2015) {
            return new PufLayout(year, RateNotation.FRACTION, RateNotation.PERCENT_NUMBER, true);
        }
        if (year <= 2018) {
            // 2013–2014 assumed like 2016–2018 (unverified)
            return new PufLayout(year, RateNotation.FRACTION, RateNotation.FRACTION, true);
        }
        if (year <= 2020) {
            // unverified: unsigned rates read as fractions, one-sided losses as in PY2023
            return new PufLayout(year, RateNotation.FRACTION, RateNotation.FRACTION, false);
        }
        if (year <= 2023) {
            return new PufLayout(year, RateNotation.PERCENT_STRING, RateNotation.PERCENT_STRING, false);
        }
        return new PufLayout(year, RateNotation.PERCENT_NUMBER, RateNotation.PERCENT_NUMBER, false);
    }

    public RateNotation notationOf(String column) {
        return column.equalsIgnoreCase(PufColumns.QUAL_SCORE) || column.equalsIgnoreCase(PufColumns.FINAL_SHARE_RATE)
                ? qualityRateNotation : savingsRateNotation;
    }
}
