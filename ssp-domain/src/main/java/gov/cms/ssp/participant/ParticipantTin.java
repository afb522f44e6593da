package gov.cms.ssp.participant;

import gov.cms.ssp.shared.AcoId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import org.hibernate.envers.Audited;

/**
 * A TIN on an ACO's participant list in force: it got there by an accepted change request and
 * leaves it on its termination date. The list for a PY is every entry whose dates overlap the PY.
 */
@Entity
@Table(name = "participant_tin")
@Audited
public class ParticipantTin implements ListEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "participant_tin_seq")
    @SequenceGenerator(name = "participant_tin_seq", sequenceName = "participant_tin_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "aco_id", nullable = false, length = 5)
    private AcoId acoId;

    @Column(nullable = false, length = 9)
    private String tin;

    @Column(name = "legal_name", nullable = false, length = 200)
    private String legalName;

    @Column(name = "primary_care", nullable = false)
    private boolean primaryCare;

    @Column(name = "effective_date", nullable = false)
    private LocalDate effectiveDate;

    @Column(name = "termination_date")
    private LocalDate terminationDate;

    protected ParticipantTin() {
    }

    public ParticipantTin(AcoId acoId, String tin, String legalName, boolean primaryCare, LocalDate effectiveDate) {
        this.acoId = Objects.requireNonNull(acoId);
        this.tin = Objects.requireNonNull(tin);
        this.legalName = Objects.requireNonNull(legalName);
        this.primaryCare = primaryCare;
        this.effectiveDate = Objects.requireNonNull(effectiveDate);
    }

    /** An accepted deletion: the TIN leaves the list on this date. */
    @Override
    public void terminate(LocalDate date) {
        if (date.isBefore(effectiveDate)) {
            throw new IllegalArgumentException("termination before the effective date");
        }
        this.terminationDate = date;
    }

    /** An accepted change: the TIN's enrolled legal name or its primary-care billing changed; the TIN stays. */
    void correct(String legalName, boolean primaryCare) {
        this.legalName = Objects.requireNonNull(legalName);
        this.primaryCare = primaryCare;
    }

    @Override
    public ListKind kind() { return ListKind.PARTICIPANT; }

    @Override
    public String identifier() { return tin; }

    @Override
    public java.util.Map<String, String> correctableValues() {
        return ListKind.PARTICIPANT.correctable(legalName, null, primaryCare, tin, null);
    }

    @Override
    public Long getId() { return id; }
    @Override
    public AcoId getAcoId() { return acoId; }
    public String getTin() { return tin; }
    public String getLegalName() { return legalName; }
    public boolean isPrimaryCare() { return primaryCare; }
    @Override
    public LocalDate getEffectiveDate() { return effectiveDate; }
    @Override
    public LocalDate getTerminationDate() { return terminationDate; }
}
