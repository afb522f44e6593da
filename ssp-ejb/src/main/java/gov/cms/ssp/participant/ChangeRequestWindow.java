package gov.cms.ssp.participant;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * When ACOs may submit participant additions for a PY, and the day by which CMS decides the
 * requests submitted in it (its reviewers' due date), as CMS sets them.
 */
public record ChangeRequestWindow(int py, @NotNull LocalDate opensOn, @NotNull LocalDate closesOn, LocalDate decideBy) {
    /** Without a date of its own, CMS decides within this many days of the window's close. */
    public static final int DEFAULT_DAYS_TO_DECIDE = 60;

    public ChangeRequestWindow {
        if (decideBy == null && closesOn != null) {
            decideBy = closesOn.plusDays(DEFAULT_DAYS_TO_DECIDE);
        }
    }

    public boolean isOpen(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }
}
