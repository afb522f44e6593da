package gov.cms.ssp.worklist;

import java.time.LocalDate;
import java.util.List;

/** A CMS user's work on one day: theirs, waiting for someone in their queues, due soon, overdue. */
public record Worklist(String me, LocalDate today, List<WorkItem> items) {
    public List<WorkItem> mine() {
        return items.stream().filter(i -> me.equals(i.assignedTo()) || !i.kind().isAssignable()).toList();
    }

    public List<WorkItem> unassigned() {
        return items.stream().filter(i -> i.kind().isAssignable() && i.assignedTo() == null).toList();
    }

    /** Items someone else holds: a supervisor's view. */
    public List<WorkItem> others() {
        return items.stream().filter(i -> i.assignedTo() != null && !me.equals(i.assignedTo())).toList();
    }

    public long dueSoon() {
        return items.stream().filter(i -> i.isDueSoon(today)).count();
    }

    public long overdue() {
        return items.stream().filter(i -> i.isOverdue(today)).count();
    }
}
