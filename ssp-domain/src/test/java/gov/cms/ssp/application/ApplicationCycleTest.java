package gov.cms.ssp.application;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import gov.cms.ssp.shared.BusinessException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ApplicationCycleTest {
    static ApplicationCycle cycle2027() {
        return new ApplicationCycle(2027, new ApplicationCycle.Windows(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31),
                LocalDate.of(2026, 5, 15), LocalDate.of(2026, 6, 15), LocalDate.of(2026, 7, 31), LocalDate.of(2026, 8, 31),
                LocalDate.of(2026, 10, 31)));
    }

    @Test
    void windowsIncludeTheirFirstAndLastDay() {
        ApplicationCycle c = cycle2027();
        assertDoesNotThrow(() -> c.requireSubmissionOpen(LocalDate.of(2026, 5, 15)));
        assertDoesNotThrow(() -> c.requireSubmissionOpen(LocalDate.of(2026, 6, 15)));
        BusinessException early = assertThrows(BusinessException.class, () -> c.requireSubmissionOpen(LocalDate.of(2026, 5, 14)));
        assertEquals("The Phase 1 submission window for 2027 opens on 05/15/2026.", early.getMessage());
        BusinessException late = assertThrows(BusinessException.class, () -> c.requireSubmissionOpen(LocalDate.of(2026, 6, 16)));
        assertEquals("The Phase 1 submission window for 2027 closed on 06/15/2026; late submissions are not accepted.", late.getMessage());
        assertDoesNotThrow(() -> c.requireNoiaOpen(LocalDate.of(2026, 5, 31)));
        assertThrows(BusinessException.class, () -> c.requireNoiaOpen(LocalDate.of(2026, 6, 1)));
    }

    @Test
    void agreementsStartOnJanuaryFirstOfTheCycleYear() {
        assertEquals(LocalDate.of(2027, 1, 1), cycle2027().agreementStart());
        assertEquals(LocalDate.of(2026, 7, 31), cycle2027().rfiDeadline(1));
        assertEquals(LocalDate.of(2026, 8, 31), cycle2027().rfiDeadline(2));
        assertThrows(BusinessException.class, () -> cycle2027().rfiDeadline(3));
    }

    @Test
    void datesOutOfOrderAreRefusedNamingBoth() {
        ApplicationCycle c = cycle2027();
        BusinessException e = assertThrows(BusinessException.class, () -> c.reschedule(new ApplicationCycle.Windows(
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31), LocalDate.of(2026, 5, 15), LocalDate.of(2026, 6, 15),
                LocalDate.of(2026, 6, 14), LocalDate.of(2026, 8, 31), LocalDate.of(2026, 10, 31))));
        assertEquals("RFI 1 deadline (06/14/2026) cannot be before Phase 1 submission closes (06/15/2026).", e.getMessage());
        assertThrows(BusinessException.class, () -> c.reschedule(new ApplicationCycle.Windows(LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 5, 31), LocalDate.of(2026, 5, 15), LocalDate.of(2026, 6, 15), LocalDate.of(2026, 7, 31),
                LocalDate.of(2026, 8, 31), LocalDate.of(2027, 1, 1))), "final disposition must precede the start");
        assertThrows(BusinessException.class, () -> c.reschedule(new ApplicationCycle.Windows(null, LocalDate.of(2026, 5, 31),
                LocalDate.of(2026, 5, 15), LocalDate.of(2026, 6, 15), LocalDate.of(2026, 7, 31), LocalDate.of(2026, 8, 31),
                LocalDate.of(2026, 10, 31))));
    }

    @Test
    void decisionsAfterTheFinalDispositionDateAreRefused() {
        assertDoesNotThrow(() -> cycle2027().requireDecisionOpen(LocalDate.of(2026, 10, 31)));
        assertThrows(BusinessException.class, () -> cycle2027().requireDecisionOpen(LocalDate.of(2026, 11, 1)));
    }
}
