package gov.cms.ssp.participant;

import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.NotFoundException;
import gov.cms.ssp.snf.SnfAffiliate;
import jakarta.persistence.EntityManager;
import java.util.Map;

/** Where each list kind's entries live, for the services that read and change all three lists the same way. */
final class ListEntries {
    private ListEntries() {
    }

    static Class<? extends ListEntry> type(ListKind kind) {
        return switch (kind) {
            case PARTICIPANT -> ParticipantTin.class;
            case PROVIDER_SUPPLIER -> ProviderSupplier.class;
            case SNF_AFFILIATE -> SnfAffiliate.class;
        };
    }

    static String entity(ListKind kind) {
        return type(kind).getSimpleName();
    }

    /** The attribute holding the entry's name. */
    static String nameField(ListKind kind) {
        return switch (kind) {
            case PARTICIPANT -> "legalName";
            case PROVIDER_SUPPLIER -> "name";
            case SNF_AFFILIATE -> "facilityName";
        };
    }

    /** Sort keys the pages and the API may ask for, mapped to the kind's attributes. */
    static String sortField(ListKind kind, String requested) {
        Map<String, String> sortable = switch (kind) {
            case PARTICIPANT -> Map.of("tin", "tin", "name", "legalName", "effectiveDate", "effectiveDate",
                    "terminationDate", "terminationDate");
            case PROVIDER_SUPPLIER -> Map.of("npi", "npi", "tin", "tin", "name", "name", "specialty", "specialty",
                    "effectiveDate", "effectiveDate", "terminationDate", "terminationDate");
            case SNF_AFFILIATE -> Map.of("ccn", "ccn", "tin", "tin", "name", "facilityName", "facilityName", "facilityName",
                    "starRating", "starRating", "effectiveDate", "effectiveDate", "terminationDate", "terminationDate");
        };
        return sortable.getOrDefault(requested == null ? "" : requested, kind == ListKind.PARTICIPANT ? "tin"
                : kind == ListKind.PROVIDER_SUPPLIER ? "npi" : "ccn");
    }

    /** The ACO's own entry, or 404 (another ACO's entry is not told apart from a missing one). */
    static ListEntry find(EntityManager em, ListKind kind, AcoId acoId, long id) {
        ListEntry entry = em.find(type(kind), id);
        if (entry == null || !entry.getAcoId().equals(acoId)) {
            throw new NotFoundException("That list entry does not exist.");
        }
        return entry;
    }
}
