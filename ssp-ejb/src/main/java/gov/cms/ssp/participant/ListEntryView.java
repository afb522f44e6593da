package gov.cms.ssp.participant;

import gov.cms.ssp.snf.SnfAffiliate;
import java.time.LocalDate;

/**
 * One entry of a list in force, as pages and the API show it: a participant TIN, a
 * provider/supplier NPI (billing through {@code tin}) or an SNF affiliate ({@code ccn}, its TIN and
 * star rating).
 */
public record ListEntryView(long id, ListKind kind, String tin, String npi, String ccn, String name, String specialty,
                            boolean primaryCare, Integer starRating, LocalDate effectiveDate, LocalDate terminationDate) {
    static ListEntryView of(ListEntry e) {
        if (e instanceof ParticipantTin p) {
            return new ListEntryView(p.getId(), p.kind(), p.getTin(), null, null, p.getLegalName(), null, p.isPrimaryCare(), null,
                    p.getEffectiveDate(), p.getTerminationDate());
        }
        if (e instanceof ProviderSupplier p) {
            return new ListEntryView(p.getId(), p.kind(), p.getTin(), p.getNpi(), null, p.getName(), p.getSpecialty(), false, null,
                    p.getEffectiveDate(), p.getTerminationDate());
        }
        SnfAffiliate a = (SnfAffiliate) e;
        return new ListEntryView(a.getId(), a.kind(), a.getTin(), null, a.getCcn(), a.getFacilityName(), null, false,
                a.getStarRating(), a.getEffectiveDate(), a.getTerminationDate());
    }

    public String key() {
        return String.valueOf(id);
    }

    /** The identifier people know the entry by. */
    public String identifier() {
        return kind == ListKind.PARTICIPANT ? tin : kind == ListKind.PROVIDER_SUPPLIER ? npi : ccn;
    }

    /** The entry's values in the kind's column order, as the change form starts from them. */
    public java.util.List<String> fields() {
        return kind.fields(tin, npi, ccn, name, specialty, primaryCare, starRating, effectiveDate);
    }
}
