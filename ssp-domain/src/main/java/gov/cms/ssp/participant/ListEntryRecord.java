package gov.cms.ssp.participant;

import gov.cms.ssp.shared.AcoId;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import org.hibernate.envers.Audited;

/**
 * What every list entry stores the same way: its ACO, the day it joins the list and the day it
 * leaves it. A terminated entry keeps its row, so the list on any past day can still be told.
 */
@MappedSuperclass
@Audited
public abstract class ListEntryRecord implements ListEntry {
    @Version
    private long version;

    @Column(name = "aco_id", nullable = false, length = 5)
    private AcoId acoId;

    @Column(name = "effective_date", nullable = false)
    private LocalDate effectiveDate;

    @Column(name = "termination_date")
    private LocalDate terminationDate;

    protected ListEntryRecord() {
    }

    protected ListEntryRecord(AcoId acoId, LocalDate effectiveDate) {
        this.acoId = Objects.requireNonNull(acoId);
        this.effectiveDate = Objects.requireNonNull(effectiveDate);
    }

    /** An accepted deletion: the entry leaves the list on this date (never before it joined). */
    @Override
    public void terminate(LocalDate date) {
        if (date.isBefore(effectiveDate)) {
            throw new IllegalArgumentException("termination before the effective date");
        }
        this.terminationDate = date;
    }

    /** An accepted deletion undone (its row reopened before the list was in force): the entry stays on the list. */
    @Override
    public void reinstate() {
        this.terminationDate = null;
    }

    public boolean isInForce(LocalDate day) {
        return !effectiveDate.isAfter(day) && (terminationDate == null || !terminationDate.isBefore(day));
    }

    @Override
    public AcoId getAcoId() { return acoId; }

    @Override
    public LocalDate getEffectiveDate() { return effectiveDate; }

    @Override
    public LocalDate getTerminationDate() { return terminationDate; }
}
