package gov.cms.ssp.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A CMS Certification Number of a skilled nursing facility: two digits for the state, then a
 * facility number in the SNF range 5000–6499 (CMS State Operations Manual, section 2779A1).
 */
public final class Ccn {
    private static final Pattern FORMAT = Pattern.compile("\\d{6}");
    private final String value;

    private Ccn(String value) {
        this.value = value;
    }

    public static Ccn of(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidIdentifierException("CCN is required");
        }
        String v = raw.trim();
        if (!FORMAT.matcher(v).matches()) {
            throw new InvalidIdentifierException("CCN '" + v + "' must be exactly 6 digits");
        }
        int facility = Integer.parseInt(v.substring(2));
        if (facility < 5000 || facility > 6499) {
            throw new InvalidIdentifierException("CCN '" + v + "' is not a skilled nursing facility: its last four digits must be 5000–6499");
        }
        return new Ccn(v);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ccn other && value.equals(other.value);
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
