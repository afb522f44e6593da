package gov.cms.ssp.participant;

import java.time.LocalDate;

/** One entry of a list in force, as pages and the API show it. */
public record ListEntryView(long id, String tin, String npi, String name, String specialty, boolean primaryCare,
                            LocalDate effectiveDate, LocalDate terminationDate) {
    static ListEntryView of(ParticipantTin p) {
        return new ListEntryView(p.getId(), p.getTin(), null, p.getLegalName(), null, p.isPrimaryCare(),
                p.getEffectiveDate(), p.getTerminationDate());
    }

    static ListEntryView of(ProviderSupplier p) {
        return new ListEntryView(p.getId(), p.getTin(), p.getNpi(), p.getName(), p.getSpecialty(), false,
                p.getEffectiveDate(), p.getTerminationDate());
    }

    public String key() {
        return String.valueOf(id);
    }
}
