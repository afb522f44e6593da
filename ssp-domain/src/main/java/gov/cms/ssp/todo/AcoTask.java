package gov.cms.ssp.todo;

import java.time.LocalDate;

/**
 * One thing an ACO has to do or may read, as its home page lists it: what, for which ACO, where it
 * stands, by when ({@code due} null: no deadline) and the page where it is done.
 */
public record AcoTask(String acoId, String kind, String title, String state, LocalDate due, String link) {
    /** days before its deadline from which a task counts as due soon */
    public static final int DUE_SOON_DAYS = 14;

    /** Past its deadline: the deadline day itself still counts as in time. */
    public boolean isOverdue(LocalDate today) {
        return due != null && due.isBefore(today);
    }

    public boolean isDueSoon(LocalDate today) {
        return due != null && !isOverdue(today) && !due.isAfter(today.plusDays(DUE_SOON_DAYS));
    }
}
