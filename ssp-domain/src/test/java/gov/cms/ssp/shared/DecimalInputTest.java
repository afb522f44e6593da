package gov.cms.ssp.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import gov.cms.ssp.shared.DecimalInput.InvalidNumberException;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalInputTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.85", "-12.5", "1234567890123456", "0.0000000001", "9999999999999999.9999999999",
            "1.50000000000000000000", "1E+15", "0E-5", " 42 "})
    void numbersWithinTheBoundsAreTheirValue(String text) {
        assertEquals(0, new BigDecimal(text.strip()).compareTo(DecimalInput.parse(text)));
    }

    /** The edges: 16 digits before the point and 10 after are allowed, one more is not. */
    @ParameterizedTest
    @ValueSource(strings = {"12345678901234567", "0.00000000001", "1E+16", "1E-11", "1E-3000000", "1E-400000000",
            "1E+400000000", "1E999999999999", "0E-3000000", "12345678901234567890123456789012345678901"})
    void numbersOutsideTheBoundsAreRefused(String text) {
        assertTimeoutPreemptively(Duration.ofMillis(500), () -> assertThrows(InvalidNumberException.class,
                () -> DecimalInput.parse(text)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "abc", "1,000", "--1", "0x10", "NaN", "Infinity"})
    void malformedTextIsRefusedInWords(String text) {
        InvalidNumberException e = assertThrows(InvalidNumberException.class, () -> DecimalInput.parse(text));
        assertEquals(false, e.getMessage().isBlank());
    }

    @Test
    void anAlreadyParsedBombIsRefusedWithoutWorkingThroughItsDigits() {
        BigDecimal bomb = new BigDecimal("1E-400000000");
        assertTimeoutPreemptively(Duration.ofMillis(500), () -> assertThrows(InvalidNumberException.class,
                () -> DecimalInput.requireBounded(bomb)));
        assertEquals(new BigDecimal("2.50"), DecimalInput.requireBounded(new BigDecimal("2.50")));
    }
}
