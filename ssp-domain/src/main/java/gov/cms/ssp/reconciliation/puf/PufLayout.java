package gov.cms.ssp.reconciliation.puf;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The conventions of one PUF: how its rate columns are written and how one-sided losses are
 * reported. {@link #forYear(int)} gives the year's usual conventions (rules README "Formats differ
 * by year"); the reader then learns each rate column's notation from the file itself, because
 * copies of the same year differ (the PY2014 file writes MinSavPerc as {@code 2.35}, the PY2013 one
 * as {@code 0.0234%}). A column the file leaves empty keeps the year's notation, which is also the
 * notation the command writes computed rates in.
 *
 * @param year                              the performance year of the file
 * @param notations                         notation of each rate column, by {@link PufColumns#key(String)}
 * @param oneSidedLossesReportedAsGenerated the file reports a one-sided ACO's losses beyond its MSR in
 *                                          GenSaveLoss (PY2016–2018; PY2014, 2015 and 2019+ report 0)
 */
public record PufLayout(int year, Map<String, RateNotation> notations, boolean oneSidedLossesReportedAsGenerated) {

    public static final int FIRST_YEAR = 2013;
    public static final int LAST_YEAR = 2024;

    public PufLayout {
        notations = Map.copyOf(notations);
    }

    public static boolean isSupported(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /** The usual layout of a year of the family 2013–2024. */
    public static PufLayout forYear(int year) {
        if (!isSupported(year)) {
            throw new IllegalArgumentException("year " + year + " is outside the PUF family "
                    + FIRST_YEAR + "–" + LAST_YEAR);
        }
        RateNotation savings;
        RateNotation quality;
        if (year == 2015) {
            savings = RateNotation.FRACTION;
            quality = RateNotation.PERCENT_NUMBER;
        } else if (year == 2019) {
            savings = RateNotation.FRACTION;
            quality = RateNotation.PERCENT_NUMBER;
        } else if (year <= 2020) {
            savings = RateNotation.FRACTION;
            quality = RateNotation.FRACTION;
        } else if (year <= 2023) {
            savings = RateNotation.PERCENT_STRING;
            quality = RateNotation.PERCENT_STRING;
        } else {
            savings = RateNotation.PERCENT_NUMBER;
            quality = RateNotation.PERCENT_NUMBER;
        }
        Map<String, RateNotation> notations = new HashMap<>();
        notations.put(PufColumns.key(PufColumns.SAV_RATE), savings);
        notations.put(PufColumns.key(PufColumns.MIN_SAV_PERC), savings);
        notations.put(PufColumns.key(PufColumns.FINAL_LOSS_RATE), savings);
        notations.put(PufColumns.key(PufColumns.QUAL_SCORE), quality);
        notations.put(PufColumns.key(PufColumns.FINAL_SHARE_RATE), quality);
        return new PufLayout(year, notations, year >= 2016 && year <= 2018);
    }

    /** This layout with one column's notation as the file writes it. */
    public PufLayout withNotation(String column, RateNotation notation) {
        Map<String, RateNotation> changed = new HashMap<>(notations);
        changed.put(PufColumns.key(column), notation);
        return new PufLayout(year, changed, oneSidedLossesReportedAsGenerated);
    }

    public RateNotation notationOf(String column) {
        RateNotation notation = notations.get(PufColumns.key(column));
        if (notation == null) {
            throw new IllegalArgumentException("not a rate column: " + column.toLowerCase(Locale.ROOT));
        }
        return notation;
    }
}
