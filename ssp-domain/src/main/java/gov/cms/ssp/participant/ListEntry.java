package gov.cms.ssp.participant;

import gov.cms.ssp.shared.AcoId;
import java.time.LocalDate;

/**
 * An entry on one of an ACO's lists (participant TIN, provider/supplier NPI, SNF affiliate): on the
 * list from its effective date until its termination date. Accepted change-request rows are what
 * create, correct and terminate entries ({@link ChangeRequestRow#applyTo}).
 */
public interface ListEntry {
    Long getId();

    AcoId getAcoId();

    ListKind kind();

    LocalDate getEffectiveDate();

    LocalDate getTerminationDate();

    /** The entry leaves the list on this date (never before it joined). */
    void terminate(LocalDate date);

    /** Undoes {@link #terminate}: the entry has no termination date again. */
    void reinstate();

    /** What identifies the entry to people: the TIN, the NPI or the CCN. */
    String identifier();

    /** The values a change may correct, by name ({@link ListKind#correctable}). */
    java.util.Map<String, String> correctableValues();

    /** An entry's dates overlap the PY: it is on that PY's list. */
    default boolean isOnListFor(int py) {
        return !getEffectiveDate().isAfter(LocalDate.of(py, 12, 31))
                && (getTerminationDate() == null || !getTerminationDate().isBefore(LocalDate.of(py, 1, 1)));
    }
}
