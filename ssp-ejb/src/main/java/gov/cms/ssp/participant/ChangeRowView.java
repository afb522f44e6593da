package gov.cms.ssp.participant;

import java.time.LocalDate;
import java.util.List;

/**
 * One change-request row with its disposition, for the ACO (what CMS decided) and for the reviewer
 * (with {@code screening}: what screening finds now, against the whole program).
 */
public record ChangeRowView(long id, long requestId, String acoId, int py, ChangeRequestStatus requestStatus, ListKind kind,
                            ChangeAction action, String tin, String npi, String name, String specialty, boolean primaryCare,
                            LocalDate effectiveDate, LocalDate terminationDate, Disposition disposition,
                            DenialReason reason, String decidedBy, List<String> screening) {
    static ChangeRowView of(ChangeRequestRow r, List<String> screening) {
        ChangeRequest c = r.getRequest();
        return new ChangeRowView(r.getId(), c.getId(), c.getAcoId().value(), c.getPy(), c.getStatus(), r.getKind(), r.getAction(),
                r.getTin(), r.getNpi(), r.getName(), r.getSpecialty(), r.isPrimaryCare(), r.getEffectiveDate(),
                r.getTerminationDate(), r.getDisposition(), r.getReason(), r.getDecidedBy(), screening);
    }

    public String key() {
        return String.valueOf(id);
    }

    public String reasonLabel() {
        return reason == null ? "" : reason.name() + ": " + reason.label();
    }

    /** The date the change takes effect: an addition's effective date, a deletion's termination date. */
    public LocalDate takesEffect() {
        return action == ChangeAction.ADD ? effectiveDate : terminationDate;
    }

    public boolean flagged() {
        return screening != null && !screening.isEmpty();
    }
}
