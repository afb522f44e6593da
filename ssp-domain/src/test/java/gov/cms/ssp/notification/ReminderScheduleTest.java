package gov.cms.ssp.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.cms.ssp.shared.AcoId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReminderScheduleTest {
    private static final LocalDate DEADLINE = LocalDate.of(2027, 11, 1);

    @Test
    void nothingIsDueMoreThanFourteenDaysAhead() {
        assertTrue(ReminderSchedule.due(DEADLINE, DEADLINE.minusDays(15)).isEmpty());
    }

    @Test
    void fourteenDaysAheadUntilFourDaysAheadTheFirstReminderIsDue() {
        assertEquals("14-days", ReminderSchedule.due(DEADLINE, DEADLINE.minusDays(14)).orElseThrow().stage());
        assertEquals("14-days", ReminderSchedule.due(DEADLINE, DEADLINE.minusDays(4)).orElseThrow().stage());
    }

    @Test
    void threeDaysAheadUntilTheDeadlineItselfTheSecondReminderIsDue() {
        ReminderSchedule.Reminder three = ReminderSchedule.due(DEADLINE, DEADLINE.minusDays(3)).orElseThrow();
        assertEquals("3-days", three.stage());
        assertEquals("is due in 3 days (11/01/2027)", three.describe(DEADLINE));
        ReminderSchedule.Reminder today = ReminderSchedule.due(DEADLINE, DEADLINE).orElseThrow();
        assertEquals("3-days", today.stage(), "the deadline counts until the end of its day");
        assertFalse(today.overdue());
        assertEquals("is due today (11/01/2027)", today.describe(DEADLINE));
    }

    @Test
    void theDayAfterTheDeadlineItIsOverdueAndTheKeysDiffer() {
        ReminderSchedule.Reminder late = ReminderSchedule.due(DEADLINE, DEADLINE.plusDays(1)).orElseThrow();
        assertTrue(late.overdue());
        assertEquals("passed on 11/01/2027", late.describe(DEADLINE));
        assertEquals("cert:A1001:2028:overdue", late.onceKey("cert:A1001:2028"));
        assertEquals("cert:A1001:2028:3-days", ReminderSchedule.due(DEADLINE, DEADLINE.minusDays(1)).orElseThrow().onceKey("cert:A1001:2028"));
    }

    @Test
    void aNoticeKeepsWithinItsColumns() {
        assertThrows(IllegalArgumentException.class, () -> ProgramNotice.of(NotificationEvent.RFI_SENT,
                Audience.aco(AcoId.of("A1001")), "x".repeat(201), "body", null));
    }
}
