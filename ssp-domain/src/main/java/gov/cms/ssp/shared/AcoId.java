package gov.cms.ssp.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/** An ACO identifier as CMS issues it: the letter A followed by four digits, e.g. {@code A1001}. */
public final class AcoId implements Comparable<AcoId> {
    private static final Pattern FORMAT = Pattern.compile("A\\d{4}");
    private final String value;

    private AcoId(String value) {
        this.value = value;
    }

    public static AcoId of(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidIdentifierException("ACO ID is required");
        }
        String v = raw.trim().toUpperCase();
        if (!FORMAT.matcher(v).matches()) {
            throw new InvalidIdentifierException("ACO ID '" + raw.trim() + "' must be the letter A followed by four digits, e.g. A1001");
        }
        return new AcoId(v);
    }

    public static boolean isValid(String raw) {
        return raw != null && FORMAT.matcher(raw.trim().toUpperCase()).matches();
    }

    public String value() {
        return value;
    }

    @Override
    public int compareTo(AcoId o) {
        return value.compareTo(o.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AcoId other && value.equals(other.value);
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
