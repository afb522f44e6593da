package gov.cms.ssp.reconciliation.puf;

import gov.cms.ssp.agreement.Track;
import gov.cms.ssp.reconciliation.PerformancePeriod;
import org.apache.commons.csv.CSVRecord;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one record of a PUF; every problem names the file, this row and the column. */
final class PufRowReader {

    private static final Pattern THOUSANDS = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)");
    /** 01/01/2016, 1/1/16, 1/1/16 00:00, 01/01/2016 12:00:00 AM */
    private static final Pattern US_DATE = Pattern.compile(
            "(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})(\\s+\\d{1,2}:\\d{2}(:\\d{2})?(\\s*[AaPp][Mm])?)?");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})([T\\s][\\d:.]*)?");
    private static final BigDecimal HALF_DOLLAR = new BigDecimal("0.5");
    /** Below these a percentage-notation cell is a fraction written in the wrong column (see {@link RateNotations}). */
    private static final BigDecimal SMALLEST_MSR_PERCENT = new BigDecimal("0.25");
    private static final BigDecimal SMALLEST_RATE_PERCENT = new BigDecimal("1.5");
    private static final LocalDate JULY_2019 = LocalDate.of(2019, 7, 1);

    private final String source;
    private final RateNotations notations;
    private final PufLayout layout;
    private final PufHeader header;
    private final CSVRecord record;
    private final long row;
    private final long line;

    PufRowReader(String source, RateNotations notations, PufHeader header, CSVRecord record, long row, long line) {
        this.source = source;
        this.notations = notations;
        this.layout = notations.layout();
        this.header = header;
        this.record = record;
        this.row = row;
        this.line = line;
    }

    PufRow read() {
        int year = layout.year();
        if (header.has(PufColumns.YEAR)) {
            PufNumber y = count(PufColumns.YEAR);
            if (y.isPresent() && y.value().intValue() != year) {
                throw error(PufColumns.YEAR, "row is for year " + y.raw() + ", not " + year + " (check --year)");
            }
        }
        String id = text(header.idColumn());
        if (id == null || id.isEmpty()) {
            throw error(header.idColumn(), "ACO identifier is empty");
        }
        PufNumber period = header.has(PufColumns.AGREEMENT_PERIOD_NUM)
                ? count(PufColumns.AGREEMENT_PERIOD_NUM) : PufNumber.absent(PufNumber.Presence.EMPTY, "");
        LocalDate start = date(PufColumns.CURRENT_START_DATE);
        if (start.getYear() > year) {
            throw error(PufColumns.CURRENT_START_DATE, "the agreement starts " + text(PufColumns.CURRENT_START_DATE)
                    + ", after PY" + year + ": a later year's file? (check --year)");
        }
        Track track = track();
        requireTrackInYear(track, year);
        String qualityRaw = text(PufColumns.QUAL_SCORE);
        boolean payForReporting = qualityRaw != null
                && (qualityRaw.equalsIgnoreCase("P4R") || qualityRaw.isEmpty() && year <= 2020);
        PufNumber quality = qualityRaw != null && qualityRaw.equalsIgnoreCase("P4R")
                ? PufNumber.absent(PufNumber.Presence.NOT_APPLICABLE, qualityRaw) : rate(PufColumns.QUAL_SCORE);
        Boolean termination = flag(PufColumns.IMPACT_MID_YEAR_TERMINATION);
        if (termination == null) {
            termination = flag(PufColumns.PRORATE_SHARED_LOSSES);
        }
        return new PufRow(row, line, id, track,
                period.isPresent() ? period.value().intValueExact() : null,
                start,
                performancePeriod(year, start),
                count(PufColumns.N_AB),
                money(PufColumns.AB_TOT_BNCHMK),
                money(PufColumns.AB_TOT_EXP),
                rate(PufColumns.MIN_SAV_PERC),
                money(PufColumns.DIS_ADJ),
                quality,
                payForReporting,
                flag(PufColumns.MET_QPS),
                flag(PufColumns.MET_ALT_QPS),
                flag(PufColumns.REV_LOSS_LIMIT),
                lowRevenue(),
                flag(PufColumns.REDUCED_SS),
                flag(PufColumns.GUARDRAIL),
                termination,
                money(PufColumns.ADV_PAY_RECOUP),
                new PufRow.Published(money(PufColumns.GEN_SAVE_LOSS), earned(),
                        rate(PufColumns.FINAL_SHARE_RATE), rate(PufColumns.FINAL_LOSS_RATE)));
    }

    /** EarnSaveLoss; PY2013 publishes it as two columns, Shared Savings and Shared Losses. */
    private PufNumber earned() {
        if (header.has(PufColumns.EARN_SAVE_LOSS) || !header.has(PufColumns.SHARED_SAVINGS_2013)) {
            return money(PufColumns.EARN_SAVE_LOSS);
        }
        PufNumber savings = money(PufColumns.SHARED_SAVINGS_2013);
        PufNumber losses = money(PufColumns.SHARED_LOSSES_2013);
        if (!savings.isPresent() && !losses.isPresent()) {
            return savings;
        }
        BigDecimal net = savings.valueOrZero().subtract(losses.valueOrZero().abs());
        return PufNumber.of(net, HALF_DOLLAR, net.toPlainString());
    }

    private String text(String column) {
        Integer index = header.index(column);
        if (index == null) {
            return null;
        }
        if (index >= record.size()) {
            throw error(column, "row has " + record.size() + " cells, the header " + (index + 1) + " or more");
        }
        return record.get(index).trim();
    }

    private static PufNumber absentOrNull(String raw) {
        if (raw == null || raw.isEmpty()) {
            return PufNumber.absent(PufNumber.Presence.EMPTY, raw == null ? "" : raw);
        }
        if (raw.equals("*")) {
            return PufNumber.absent(PufNumber.Presence.SUPPRESSED, raw);
        }
        if (raw.equals("-")) {
            return PufNumber.absent(PufNumber.Presence.NOT_APPLICABLE, raw);
        }
        return null;
    }

    private BigDecimal number(String column, String raw) {
        // "$1,234", "$-1,234.50" and "-$1,234" occur in some copies of older files
        String s = raw.replace("$", "").trim();
        if (s.indexOf(',') >= 0) {
            if (!THOUSANDS.matcher(s).matches()) {
                throw error(column, "malformed number '" + raw + "'");
            }
            s = s.replace(",", "");
        }
        if (!PLAIN_NUMBER.matcher(s).matches()) {
            throw error(column, "malformed number '" + raw + "'");
        }
        return new BigDecimal(s);
    }

    private PufNumber money(String column) {
        String raw = text(column);
        PufNumber absent = absentOrNull(raw);
        return absent != null ? absent : PufNumber.of(number(column, raw), HALF_DOLLAR, raw);
    }

    private PufNumber count(String column) {
        PufNumber n = money(column);
        if (n.isPresent() && n.value().stripTrailingZeros().scale() > 0) {
            throw error(column, "expected a whole number, found '" + n.raw() + "'");
        }
        return n;
    }

    private PufNumber rate(String column) {
        String raw = text(column);
        PufNumber absent = absentOrNull(raw);
        if (absent != null) {
            return absent;
        }
        int places = notations.decimalsOf(column);
        RateNotation notation = layout.notationOf(column);
        boolean signed = raw.endsWith("%");
        BigDecimal value = number(column, signed ? raw.substring(0, raw.length() - 1).trim() : raw);
        if (notation == RateNotation.FRACTION) {
            // PY2013 writes MSR fractions with a stray sign (0.0234%): the file's range decided it is a fraction.
            // A column of whole fractions (PY2013's quality score 1 or 0) is exact, not rounded to units.
            return PufNumber.of(value, places == 0 ? BigDecimal.ZERO : PufReader.halfUnit(places), raw);
        }
        if (notation == RateNotation.PERCENT_STRING && !signed && value.signum() != 0) {
            throw error(column, "'" + raw + "' lacks the % sign the other cells of this column have");
        }
        if (notation == RateNotation.PERCENT_NUMBER && value.signum() != 0
                && value.abs().compareTo(column.equals(PufColumns.MIN_SAV_PERC) ? SMALLEST_MSR_PERCENT : SMALLEST_RATE_PERCENT) < 0) {
            throw error(column, "'" + raw + "' looks like a fraction, but the other cells of this column are"
                    + " percentages (" + layout.notationOf(column).format(new BigDecimal("0.0309")) + " for 3.09%)");
        }
        return PufNumber.of(value.movePointLeft(2), PufReader.halfUnit(places + 2), raw);
    }

    private Boolean flag(String column) {
        String raw = text(column);
        if (raw == null || raw.isEmpty() || raw.equals("-") || raw.equals("*")) {
            return null;
        }
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "1", "1.0", "y", "yes", "true" -> Boolean.TRUE;
            case "0", "0.0", "n", "no", "false" -> Boolean.FALSE;
            default -> throw error(column, "expected 0 or 1, found '" + raw + "'");
        };
    }

    private Boolean lowRevenue() {
        String raw = text(PufColumns.REV_EXP_CAT);
        if (raw == null || raw.isEmpty() || raw.equals("-") || raw.equals("*")) {
            return null;
        }
        String v = raw.toLowerCase(Locale.ROOT);
        if (v.startsWith("low")) {
            return Boolean.TRUE;
        }
        if (v.startsWith("high")) {
            return Boolean.FALSE;
        }
        throw error(PufColumns.REV_EXP_CAT, "expected 'Low Revenue' or 'High Revenue', found '" + raw + "'");
    }

    private LocalDate date(String column) {
        String raw = text(column);
        if (raw == null || raw.isEmpty()) {
            throw error(column, "agreement start date is empty");
        }
        try {
            Matcher us = US_DATE.matcher(raw);
            if (us.matches()) {
                int y = Integer.parseInt(us.group(3));
                // two-digit years: the program began in 2012
                return LocalDate.of(y < 100 ? 2000 + y : y, Integer.parseInt(us.group(1)), Integer.parseInt(us.group(2)));
            }
            Matcher iso = ISO_DATE.matcher(raw);
            if (iso.matches()) {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)));
            }
        } catch (DateTimeException e) {
            throw error(column, "invalid date '" + raw + "'");
        }
        throw error(column, "malformed date '" + raw + "' (expected MM/DD/YYYY, M/D/YY or M/D/YY HH:MM)");
    }

    private Track track() {
        Track found = null;
        String foundColumn = null;
        for (String column : PufColumns.TRACK_FLAGS) {
            if (header.has(column) && Boolean.TRUE.equals(flag(column))) {
                if (found != null) {
                    throw error(column, "both " + foundColumn + " and " + column + " are 1: which track?");
                }
                found = PufReader.trackOfFlag(column);
                foundColumn = column;
            }
        }
        if (found != null) {
            return found;
        }
        if (header.has(PufColumns.CURRENT_TRACK)) {
            String raw = text(PufColumns.CURRENT_TRACK);
            Track t = PufReader.trackFromCode(raw);
            if (t == null) {
                throw error(PufColumns.CURRENT_TRACK, "unknown track '" + raw + "'");
            }
            return t;
        }
        if (header.has(PufColumns.TRACK_2_ACO)) {
            Boolean track2 = flag(PufColumns.TRACK_2_ACO);
            if (track2 == null) {
                throw error(header.spelling(PufColumns.TRACK_2_ACO), "empty: Track 1 (0) or Track 2 (1)?");
            }
            return track2 ? Track.TRACK_2 : Track.TRACK_1;
        }
        throw error(String.join("/", PufColumns.TRACK_FLAGS.stream().filter(header::has).toList()),
                "no track column is 1: unknown track");
    }

    /** Tracks and levels existed in these PYs only (425.600): a track outside them means the wrong --year. */
    private void requireTrackInYear(Track track, int year) {
        int first;
        int last;
        switch (track) {
            case TRACK_1, TRACK_2 -> { first = 2013; last = 2020; }
            case TRACK_3 -> { first = 2016; last = 2020; }
            case TRACK_1_PLUS -> { first = 2018; last = 2020; }
            default -> { first = 2019; last = PufLayout.LAST_YEAR; }
        }
        if (year < first || year > last) {
            throw error(header.has(PufColumns.CURRENT_TRACK) ? PufColumns.CURRENT_TRACK : "track columns",
                    track.label() + " was a track of PY" + first + "–" + last + ", not of PY" + year + " (check --year)");
        }
    }

    /** PY2019's six-month performance years (425.609): the file's own flag, else the July 1, 2019 starts. */
    private PerformancePeriod performancePeriod(int year, LocalDate start) {
        if (year != 2019) {
            return PerformancePeriod.FULL_YEAR;
        }
        boolean july = start.equals(JULY_2019);
        String raw = text(PufColumns.PERFORMANCE_PERIOD);
        if (raw != null && !raw.isEmpty()) {
            PerformancePeriod p = PufReader.periodFromFlag(raw, july);
            if (p == null) {
                throw error(header.spelling(PufColumns.PERFORMANCE_PERIOD), "'" + raw
                        + "' names no performance period (January–June, July–December or the whole year)");
            }
            if (p == PerformancePeriod.JULY_TO_DECEMBER_2019 && !july
                    || p == PerformancePeriod.JANUARY_TO_JUNE_2019 && july) {
                throw error(header.spelling(PufColumns.PERFORMANCE_PERIOD), p.label()
                        + " does not fit an agreement starting " + text(PufColumns.CURRENT_START_DATE));
            }
            return p;
        }
        if (july) {
            return PerformancePeriod.JULY_TO_DECEMBER_2019;
        }
        // agreements of 2016 and before ran to December 2018, or to June 2019 when extended by six months
        return start.getYear() <= 2016 ? PerformancePeriod.JANUARY_TO_JUNE_2019 : PerformancePeriod.FULL_YEAR;
    }

    private PufFormatException error(String column, String problem) {
        return new PufFormatException(source, row, line, column, problem);
    }
}
