package gov.cms.ssp.participant;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** When ACOs may submit participant additions for a PY, as CMS sets it. */
public record ChangeRequestWindow(int py, @NotNull LocalDate opensOn, @NotNull LocalDate closesOn) {
    public boolean isOpen(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }
}
