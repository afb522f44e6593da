package gov.cms.ssp.shared;

/**
 * Values written to CSV files that people open in spreadsheets: a cell that starts with = + - @
 * (or a tab or carriage return) would run as a formula (CSV injection, e.g. =HYPERLINK(...)), so it
 * is prefixed with an apostrophe, which spreadsheets show as plain text.
 */
public final class ExportCell {
    private ExportCell() {
    }

    public static boolean looksLikeFormula(String v) {
        if (v == null || v.isEmpty()) {
            return false;
        }
        char c = v.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    public static String neutralised(Object value) {
        if (value == null) {
            return "";
        }
        String v = value.toString();
        return looksLikeFormula(v) ? "'" + v : v;
    }
}
