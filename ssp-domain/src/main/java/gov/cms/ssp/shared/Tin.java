package gov.cms.ssp.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/** A Taxpayer Identification Number: nine digits; dashes (12-3456789) are accepted on input and dropped. */
public final class Tin {
    private static final Pattern FORMAT = Pattern.compile("\\d{9}");
    /** What {@link #of} accepts, for a form's bean validation (blank is the form's own question). */
    public static final String ENTRY_PATTERN = "\\s*(-*(\\d-*){9})?\\s*";
    private final String value;

    private Tin(String value) {
        this.value = value;
    }

    public static Tin of(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidIdentifierException("TIN is required");
        }
        String v = raw.trim().replace("-", "");
        if (!FORMAT.matcher(v).matches()) {
            throw new InvalidIdentifierException("TIN '" + raw.trim() + "' must be exactly 9 digits");
        }
        return new Tin(v);
    }

    public String value() {
        return value;
    }

    /** Shows only the last four digits, for pages other organisations may see. */
    public String masked() {
        return "*****" + value.substring(5);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tin other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
