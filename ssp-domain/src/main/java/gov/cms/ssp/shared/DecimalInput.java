package gov.cms.ssp.shared;

import java.math.BigDecimal;

/**
 * The one parser for decimal numbers that arrive from outside (JSON bodies, and through the same bounds
 * the Faces forms): a value check such as "between 0 and 1" is not enough, because {@code 1E-3000000}
 * passes it and then costs seconds of CPU and megabytes of text in every later step. So the text is
 * bounded in length, and the number in digits before and after the point, before anything computes
 * with it. The bounds are wide enough for any dollar figure of the program (trillions, in cents) and any
 * rate; fields then narrow them further with {@code @Digits}.
 */
public final class DecimalInput {
    /** Longest text accepted for one number: "-9999999999999999.9999999999" is 28 characters. */
    public static final int MAX_LENGTH = 40;
    public static final int MAX_INTEGER_DIGITS = 16;
    public static final int MAX_FRACTION_DIGITS = 10;

    private DecimalInput() {
    }

    /** The number the text says, or {@link InvalidNumberException} when it is malformed or out of bounds. */
    public static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidNumberException("A number is missing.");
        }
        String s = text.strip();
        if (s.length() > MAX_LENGTH) {
            throw new InvalidNumberException("A number may have at most " + MAX_LENGTH + " characters.");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw new InvalidNumberException("'" + s + "' is not a number.");
        }
        return requireBounded(value);
    }

    /** The value itself when its digits are within bounds (trailing zeros after the point do not count). */
    public static BigDecimal requireBounded(BigDecimal value) {
        // the scale alone says how long the number is: check it before stripTrailingZeros or precision,
        // which would otherwise work through millions of digits
        if (value.scale() > MAX_FRACTION_DIGITS + MAX_LENGTH || value.scale() < -MAX_INTEGER_DIGITS) {
            throw outOfBounds();
        }
        BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        int fraction = Math.max(stripped.scale(), 0);
        int integer = Math.max(stripped.precision() - stripped.scale(), 0);
        if (fraction > MAX_FRACTION_DIGITS || integer > MAX_INTEGER_DIGITS) {
            throw outOfBounds();
        }
        return value;
    }

    private static InvalidNumberException outOfBounds() {
        return new InvalidNumberException("A number may have at most " + MAX_INTEGER_DIGITS + " digits before the point and "
                + MAX_FRACTION_DIGITS + " after it.");
    }

    /** A number from outside that is malformed or too long or too precise. HTTP 400. */
    public static class InvalidNumberException extends BusinessException {
        public InvalidNumberException(String message) {
            super(message);
        }
    }
}
