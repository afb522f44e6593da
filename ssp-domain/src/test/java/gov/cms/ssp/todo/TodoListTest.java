package gov.cms.ssp.todo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TodoListTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static AcoTask task(String title, LocalDate due) {
        return new AcoTask("A1001", "kind", title, "state", due, "aco/home.xhtml");
    }

    @Test
    void tasksAreSortedByDeadlineThoseWithoutOneLastInTheirOrder() {
        TodoList list = new TodoList(TODAY, List.of(task("report 2023", null), task("late", TODAY.plusDays(20)),
                task("report 2022", null), task("overdue", TODAY.minusDays(2)), task("soon", TODAY.plusDays(3))));
        assertEquals(List.of("overdue", "soon", "late", "report 2023", "report 2022"),
                list.tasks().stream().map(AcoTask::title).toList());
    }

    @Test
    void theDeadlineDayIsStillInTimeAndTheDayAfterIsOverdue() {
        assertFalse(task("t", TODAY).isOverdue(TODAY));
        assertTrue(task("t", TODAY).isDueSoon(TODAY));
        assertTrue(task("t", TODAY.minusDays(1)).isOverdue(TODAY));
        assertFalse(task("t", TODAY.minusDays(1)).isDueSoon(TODAY));
        assertTrue(task("t", TODAY.plusDays(AcoTask.DUE_SOON_DAYS)).isDueSoon(TODAY));
        assertFalse(task("t", TODAY.plusDays(AcoTask.DUE_SOON_DAYS + 1)).isDueSoon(TODAY));
        assertFalse(task("t", null).isOverdue(TODAY));
    }

    @Test
    void countsAndWordsForWhenATaskIsDue() {
        TodoList list = new TodoList(TODAY, List.of(task("a", TODAY.minusDays(1)), task("b", TODAY.minusDays(3)),
                task("c", TODAY), task("d", TODAY.plusDays(1)), task("e", TODAY.plusDays(30)), task("f", null)));
        assertEquals(2, list.overdue());
        assertEquals(2, list.dueSoon());
        assertEquals(List.of("Overdue by 3 days", "Overdue by 1 day", "Due today", "Due tomorrow", "Due in 30 days", ""),
                list.tasks().stream().map(list::when).toList());
    }
}
