package gov.cms.ssp.participant;

import java.time.LocalDate;
import java.util.List;

/**
 * One change-request row with its disposition, for the ACO (what CMS decided) and for the reviewer
 * (with {@code screening}: what screening finds now, against the whole program). A change
 * ({@code UPDATE}) says what it changes in {@code correction} ("overall star rating: 4 → 5").
 */
public record ChangeRowView(long id, long requestId, String acoId, int py, ChangeRequestStatus requestStatus, ListKind kind,
                            ChangeAction action, String tin, String npi, String ccn, String name, String specialty,
                            boolean primaryCare, Integer starRating, String correction,
                            LocalDate effectiveDate, LocalDate terminationDate, Disposition disposition,
                            DenialReason reason, String reasonNote, String decidedBy, List<String> screening) {
    static ChangeRowView of(ChangeRequestRow r, List<String> screening) {
        ChangeRequest c = r.getRequest();
        return new ChangeRowView(r.getId(), c.getId(), c.getAcoId().value(), c.getPy(), c.getStatus(), r.getKind(), r.getAction(),
                r.getTin(), r.getNpi(), r.getCcn(), r.getName(), r.getSpecialty(), r.isPrimaryCare(), r.getStarRating(),
                r.getCorrection(), r.getEffectiveDate(), r.getTerminationDate(), r.getDisposition(),
                r.getReason(), r.getReasonNote(), r.getDecidedBy(), screening);
    }

    public String key() {
        return String.valueOf(id);
    }

    public String reasonLabel() {
        return reason == null ? "" : reason.name() + ": " + reason.label() + (reasonNote == null ? "" : " — " + reasonNote);
    }

    /** The identifier people know the entry by: the TIN, the NPI or the CCN. */
    public String identifier() {
        return kind == ListKind.PARTICIPANT ? tin : kind == ListKind.PROVIDER_SUPPLIER ? npi : ccn;
    }

    /**
     * The date the change takes effect: an addition's effective date, a deletion's termination date;
     * null for a correction, which applies when CMS accepts it.
     */
    public LocalDate takesEffect() {
        return switch (action) {
            case ADD -> effectiveDate;
            case DELETE -> terminationDate;
            case UPDATE -> null;
        };
    }

    /** The row's values in the kind's column order, as the form that fixes a draft row starts from them. */
    public List<String> fields() {
        return kind.fields(tin, npi, ccn, name, specialty, primaryCare, starRating, effectiveDate);
    }

    public boolean flagged() {
        return screening != null && !screening.isEmpty();
    }
}
