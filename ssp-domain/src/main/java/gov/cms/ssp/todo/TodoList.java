package gov.cms.ssp.todo;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * An ACO's to-do list on one day: every task with a deadline by its deadline, the earliest (and so
 * every overdue one) first, then the tasks without one (reports to read) in the order given.
 */
public record TodoList(LocalDate today, List<AcoTask> tasks) {
    private static final Comparator<AcoTask> BY_DEADLINE =
            Comparator.comparing(AcoTask::due, Comparator.nullsLast(Comparator.naturalOrder()));

    public TodoList {
        tasks = tasks.stream().sorted(BY_DEADLINE).toList(); // stable: tasks due the same day keep their order
    }

    public long overdue() {
        return tasks.stream().filter(t -> t.isOverdue(today)).count();
    }

    public long dueSoon() {
        return tasks.stream().filter(t -> t.isDueSoon(today)).count();
    }

    /** "Overdue since 11/29/2026", "Due in 3 days", "Due today", "" for a task without a deadline. */
    public String when(AcoTask t) {
        if (t.due() == null) {
            return "";
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(today, t.due());
        if (days < 0) {
            return "Overdue by " + -days + (days == -1 ? " day" : " days");
        }
        return days == 0 ? "Due today" : days == 1 ? "Due tomorrow" : "Due in " + days + " days";
    }
}
