package gov.cms.ssp.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DisplayFormatTest {
    @Test
    void datesAreMonthDayYearAndEntryAcceptsWhatIsDisplayed() {
        LocalDate d = LocalDate.of(2027, 11, 1);
        assertEquals("11/01/2027", DisplayFormat.date(d));
        assertEquals(d, DisplayFormat.parseDate("11/01/2027"));
        assertEquals(d, DisplayFormat.parseDate("11/1/2027"));
        assertEquals(d, DisplayFormat.parseDate(" 2027-11-01 "));
    }

    @Test
    void impossibleDatesAreRefusedInWords() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DisplayFormat.parseDate("02/30/2027"));
        assertTrue(e.getMessage().contains("MM/DD/YYYY"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DisplayFormat.parseDate("2027-13-01"));
        assertThrows(IllegalArgumentException.class, () -> DisplayFormat.parseDate(""));
    }

    @Test
    void timesCarryTheirTimeZone() {
        assertEquals("12/01/2026 4:15 AM EST", DisplayFormat.dateTime(Instant.parse("2026-12-01T09:15:00Z")));
        assertEquals("07/01/2026 5:15 AM EDT", DisplayFormat.dateTime(Instant.parse("2026-07-01T09:15:00Z")));
    }
}
