package gov.cms.ssp.worklist;

import java.time.LocalDate;

/**
 * One piece of CMS work: what it is, for which ACO, whose it is (null: nobody's yet), when it is due
 * (null: no date) and the page where it is done.
 */
public record WorkItem(WorkKind kind, long id, String acoId, String title, String status, String assignedTo,
                       LocalDate due, String link) {
    /** days before its due date from which an item counts as due soon */
    public static final int DUE_SOON_DAYS = 14;

    public boolean isOverdue(LocalDate today) {
        return due != null && due.isBefore(today);
    }

    public boolean isDueSoon(LocalDate today) {
        return due != null && !isOverdue(today) && !due.isAfter(today.plusDays(DUE_SOON_DAYS));
    }

    public String kindLabel() {
        return kind.label();
    }
}
