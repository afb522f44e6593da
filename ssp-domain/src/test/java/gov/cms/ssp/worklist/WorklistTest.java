package gov.cms.ssp.worklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorklistTest {
    private static final LocalDate TODAY = LocalDate.of(2027, 10, 1);

    private static WorkItem item(WorkKind kind, String assignee, LocalDate due) {
        return new WorkItem(kind, 1, "A1001", "x", "Submitted", assignee, due, "cms/home.xhtml");
    }

    @Test
    void anItemIsOverdueFromTheDayAfterItsDueDateAndDueSoonFourteenDaysAhead() {
        assertFalse(item(WorkKind.APPLICATION, null, TODAY).isOverdue(TODAY), "due today is not late yet");
        assertTrue(item(WorkKind.APPLICATION, null, TODAY).isDueSoon(TODAY));
        assertTrue(item(WorkKind.APPLICATION, null, TODAY.minusDays(1)).isOverdue(TODAY));
        assertFalse(item(WorkKind.APPLICATION, null, TODAY.minusDays(1)).isDueSoon(TODAY), "overdue is not 'soon'");
        assertTrue(item(WorkKind.APPLICATION, null, TODAY.plusDays(14)).isDueSoon(TODAY));
        assertFalse(item(WorkKind.APPLICATION, null, TODAY.plusDays(15)).isDueSoon(TODAY));
        assertFalse(item(WorkKind.RUN_APPROVAL, null, null).isDueSoon(TODAY), "no date, never due");
    }

    @Test
    void theListSortsItemsIntoMineUnassignedAndOthersAndCountsTheDeadlines() {
        Worklist w = new Worklist("cms.reviewer", TODAY, List.of(
                item(WorkKind.APPLICATION, "cms.reviewer", TODAY.minusDays(3)),
                item(WorkKind.CHANGE_REQUEST, null, TODAY.plusDays(5)),
                item(WorkKind.CHANGE_REQUEST, "someone.else", TODAY.plusDays(40)),
                item(WorkKind.RUN_APPROVAL, null, null)));
        assertEquals(2, w.mine().size(), "my application, and a run any analyst but its starter approves");
        assertEquals(1, w.unassigned().size());
        assertEquals(1, w.others().size());
        assertEquals(1, w.overdue());
        assertEquals(1, w.dueSoon());
    }
}
