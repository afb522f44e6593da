package gov.cms.ssp.shared;

import java.math.BigDecimal;
import java.text.NumberFormat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

/**
 * The one way dates and times are written for people (pages, messages, exports, PDFs): dates
 * MM/DD/YYYY, times with their time zone (US Eastern, where CMS works). Timestamps without a zone
 * ({@link LocalDateTime}) are the server's UTC clock.
 */
public final class DisplayFormat {
    public static final String DATE_PATTERN = "MM/dd/yyyy";
    public static final ZoneId CMS_ZONE = ZoneId.of("America/New_York");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern(DATE_PATTERN, Locale.US);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("MM/dd/yyyy h:mm a z", Locale.US);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm:ss a z", Locale.US);
    /** Accepted on entry: what is displayed, with or without leading zeros, and ISO for pasted values. */
    private static final DateTimeFormatter ENTRY = DateTimeFormatter.ofPattern("M/d/uuuu", Locale.US)
            .withResolverStyle(ResolverStyle.STRICT);

    private DisplayFormat() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(CMS_ZONE));
    }

    public static String dateTime(LocalDateTime utc) {
        return utc == null ? "" : dateTime(utc.toInstant(ZoneOffset.UTC));
    }

    /** "1 participant TIN", "3 participant TINs", "1,200 rows": a count in words, never "TIN(s)". */
    public static String count(long n, String one, String many) {
        return java.text.NumberFormat.getIntegerInstance(Locale.US).format(n) + " " + (n == 1 ? one : many);
    }

    /** The date, in CMS's time zone, of a UTC timestamp: the day a receipt says something happened. */
    public static String dateOf(LocalDateTime utc) {
        return utc == null ? "" : DATE.format(utc.toInstant(ZoneOffset.UTC).atZone(CMS_ZONE));
    }

    /** The time with its zone, to the second, of a UTC timestamp: "2:05:09 PM EST". */
    public static String timeOf(LocalDateTime utc) {
        return utc == null ? "" : TIME.format(utc.toInstant(ZoneOffset.UTC).atZone(CMS_ZONE));
    }

    /**
     * Reads a date as a person types it: {@code 11/01/2027} or {@code 11/1/2027} (also
     * {@code 2027-11-01}); anything else is an {@link IllegalArgumentException} in words.
     */
    public static LocalDate parseDate(String text) {
        String t = text == null ? "" : text.trim();
        try {
            return t.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(t) : LocalDate.parse(t, ENTRY);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + t + "' is not a date: write it as MM/DD/YYYY, e.g. 11/01/2027");
        }
    }

    /** Dollars as people read them: {@code $1,234,567}, cents only where there are any, losses {@code -$1,234}. */
    public static String dollars(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getCurrencyInstance(Locale.US);
        boolean cents = amount.stripTrailingZeros().scale() > 0;
        f.setMinimumFractionDigits(cents ? 2 : 0);
        f.setMaximumFractionDigits(cents ? 2 : 0);
        return f.format(amount);
    }

    /** A rate (0.0909) as a percentage with up to two decimals: {@code 9.09%}. */
    public static String percent(BigDecimal rate) {
        if (rate == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getPercentInstance(Locale.US);
        f.setMaximumFractionDigits(2);
        return f.format(rate);
    }

    /** A count with thousands separators: {@code 78,364}. */
    public static String count(Number n) {
        return n == null ? "" : NumberFormat.getIntegerInstance(Locale.US).format(n);
    }
}
