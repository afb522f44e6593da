package gov.cms.ssp.notification;

import gov.cms.ssp.shared.DisplayFormat;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * When a deadline is worth a reminder: 14 days before it, 3 days before it, and once it has passed
 * (a deadline counts until the end of its day). Each reminder has a stable key, so a timer that runs
 * every hour, or on two servers, sends it once.
 */
public final class ReminderSchedule {
    /** days before a deadline at which people are reminded, from the earliest */
    public static final List<Integer> DAYS_BEFORE = List.of(14, 3);

    private ReminderSchedule() {
    }

    /** The reminder that is due on {@code today} for a deadline, if any. */
    public static Optional<Reminder> due(LocalDate deadline, LocalDate today) {
        long daysLeft = ChronoUnit.DAYS.between(today, deadline);
        if (daysLeft < 0) {
            return Optional.of(new Reminder("overdue", true, daysLeft));
        }
        // the latest reminder point already reached: a timer that missed a day still sends it, once
        for (int i = DAYS_BEFORE.size() - 1; i >= 0; i--) {
            int point = DAYS_BEFORE.get(i);
            if (daysLeft <= point) {
                return Optional.of(new Reminder(point + "-days", false, daysLeft));
            }
        }
        return Optional.empty();
    }

    /** One reminder: its part of the once-key, whether the deadline has passed, and the days left. */
    public record Reminder(String stage, boolean overdue, long daysLeft) {
        public String onceKey(String deadlineKey) {
            return deadlineKey + ":" + stage;
        }

        /** "is due in 3 days (11/01/2027)", "passed on 11/01/2027" */
        public String describe(LocalDate deadline) {
            if (overdue) {
                return "passed on " + DisplayFormat.date(deadline);
            }
            String when = daysLeft == 0 ? "today" : daysLeft == 1 ? "tomorrow" : "in " + daysLeft + " days";
            return "is due " + when + " (" + DisplayFormat.date(deadline) + ")";
        }
    }
}
