package gov.cms.ssp.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersTest {

    @Test
    void acoIdIsNormalisedToUpperCase() {
        assertEquals("A1001", AcoId.of(" a1001 ").value());
        assertEquals(AcoId.of("A1001"), AcoId.of("a1001"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1001", "A101", "A10011", "B1001", "A1O01"})
    void acoIdRejectsOtherShapes(String raw) {
        InvalidIdentifierException e = assertThrows(InvalidIdentifierException.class, () -> AcoId.of(raw));
        assertTrue(e.getMessage().contains("letter A followed by four digits"), e.getMessage());
    }

    @Test
    void tinAcceptsDashesAndMasksForOthers() {
        Tin tin = Tin.of("12-3456789");
        assertEquals("123456789", tin.value());
        assertEquals("*****6789", tin.masked());
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678", "1234567890", "12345678a", ""})
    void tinMustBeNineDigits(String raw) {
        assertThrows(InvalidIdentifierException.class, () -> Tin.of(raw));
    }

    @Test
    void npiWithCorrectLuhnCheckDigitOverPrefix80840IsValid() {
        // 1234567893 is CMS's worked example of the NPI check digit.
        assertEquals("1234567893", Npi.of("1234567893").value());
        assertTrue(Npi.isValid("1234567893"));
    }

    @Test
    void npiWithWrongCheckDigitIsRefusedWithAnExplanation() {
        InvalidIdentifierException e = assertThrows(InvalidIdentifierException.class, () -> Npi.of("1234567890"));
        assertTrue(e.getMessage().contains("check digit"), e.getMessage());
        assertFalse(Npi.isValid("1234567890"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789", "12345678931", "12345a7893"})
    void npiMustBeTenDigits(String raw) {
        InvalidIdentifierException e = assertThrows(InvalidIdentifierException.class, () -> Npi.of(raw));
        assertTrue(e.getMessage().contains("10 digits"), e.getMessage());
    }

    @Test
    void roleLabelsAreReadable() {
        assertEquals("CMS reviewer", Role.label(Role.CMS_REVIEWER));
        assertEquals(6, Role.ALL.size());
    }

    /** The forms' check of a typed TIN says yes exactly where the TIN itself is made. */
    @ParameterizedTest
    @ValueSource(strings = {"123456789", " 12-3456789 ", "123-45-6789", "12345678", "1234567890", "12345678a", "TIN"})
    void theFormsTinPatternAgreesWithTin(String typed) {
        boolean accepted = typed.matches(Tin.ENTRY_PATTERN);
        boolean made;
        try {
            Tin.of(typed);
            made = true;
        } catch (InvalidIdentifierException e) {
            made = false;
        }
        assertEquals(made, accepted, typed);
    }
}
