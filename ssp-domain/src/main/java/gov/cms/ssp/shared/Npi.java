package gov.cms.ssp.shared;

import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.commons.validator.routines.checkdigit.LuhnCheckDigit;

/**
 * A National Provider Identifier: ten digits whose last digit is a Luhn check digit computed over the
 * card-issuer prefix 80840 followed by the first nine digits (CMS NPI check-digit standard).
 */
public final class Npi {
    private static final Pattern FORMAT = Pattern.compile("\\d{10}");
    private static final String ISSUER_PREFIX = "80840";
    private final String value;

    private Npi(String value) {
        this.value = value;
    }

    public static Npi of(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidIdentifierException("NPI is required");
        }
        String v = raw.trim();
        if (!FORMAT.matcher(v).matches()) {
            throw new InvalidIdentifierException("NPI '" + v + "' must be exactly 10 digits");
        }
        if (!LuhnCheckDigit.LUHN_CHECK_DIGIT.isValid(ISSUER_PREFIX + v)) {
            throw new InvalidIdentifierException("NPI '" + v + "' has a wrong check digit (last digit); please check it for typos");
        }
        return new Npi(v);
    }

    public static boolean isValid(String raw) {
        try {
            of(raw);
            return true;
        } catch (InvalidIdentifierException e) {
            return false;
        }
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Npi other && value.equals(other.value);
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
