package gov.cms.ssp.shared.rest;

import gov.cms.ssp.shared.DecimalInput;
import gov.cms.ssp.shared.DecimalInput.InvalidNumberException;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.math.BigDecimal;

/**
 * Every BigDecimal, Integer and Long of every JSON body goes through {@link DecimalInput}: a quality score
 * of {@code 1E-3000000} is refused while the body is read, before any service computes with it, and a
 * count of {@code 1E+3000000} is refused instead of silently becoming 0 (what JSON-B does by itself).
 */
final class BoundedNumbers {
    private BoundedNumbers() {
    }

    static JsonbDeserializer<?>[] all() {
        return new JsonbDeserializer<?>[] {new Decimals(), new Integers(), new Longs()};
    }

    /** The number as written (a JSON number or a numeric string), or null for JSON null. */
    private static BigDecimal read(JsonParser parser) {
        JsonValue value = parser.getValue();
        return switch (value.getValueType()) {
            case NULL -> null;
            case NUMBER -> DecimalInput.parse(value.toString());
            case STRING -> DecimalInput.parse(((JsonString) value).getString());
            default -> throw new InvalidNumberException("A number was expected, not " + value.getValueType().name().toLowerCase() + ".");
        };
    }

    private static BigDecimal whole(JsonParser parser) {
        BigDecimal n = read(parser);
        if (n != null && n.signum() != 0 && n.stripTrailingZeros().scale() > 0) {
            throw new InvalidNumberException(n.toPlainString() + " is not a whole number.");
        }
        return n;
    }

    static final class Decimals implements JsonbDeserializer<BigDecimal> {
        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return read(parser);
        }
    }

    static final class Integers implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            BigDecimal n = whole(parser);
            try {
                return n == null ? null : n.intValueExact();
            } catch (ArithmeticException e) {
                throw new InvalidNumberException(n.toPlainString() + " is too large for this field.");
            }
        }
    }

    static final class Longs implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            BigDecimal n = whole(parser);
            try {
                return n == null ? null : n.longValueExact();
            } catch (ArithmeticException e) {
                throw new InvalidNumberException(n.toPlainString() + " is too large for this field.");
            }
        }
    }
}
