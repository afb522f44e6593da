package gov.cms.ssp.participant;

import gov.cms.ssp.shared.AcoId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.hibernate.envers.Audited;

/**
 * A TIN on an ACO's participant list in force: it got there by an accepted change request and
 * leaves it on its termination date. The list for a PY is every entry whose dates overlap the PY.
 */
@Entity
@Table(name = "participant_tin")
@Audited
public class ParticipantTin extends ListEntryRecord {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "participant_tin_seq")
    @SequenceGenerator(name = "participant_tin_seq", sequenceName = "participant_tin_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 9)
    private String tin;

    @Column(name = "legal_name", nullable = false, length = 200)
    private String legalName;

    @Column(name = "primary_care", nullable = false)
    private boolean primaryCare;

    protected ParticipantTin() {
    }

    public ParticipantTin(AcoId acoId, String tin, String legalName, boolean primaryCare, LocalDate effectiveDate) {
        super(acoId, effectiveDate);
        this.tin = Objects.requireNonNull(tin);
        this.legalName = Objects.requireNonNull(legalName);
        this.primaryCare = primaryCare;
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
    public Map<String, String> correctableValues() {
        return ListKind.PARTICIPANT.correctable(legalName, null, primaryCare, tin, null);
    }

    @Override
    public Long getId() { return id; }
    public String getTin() { return tin; }
    public String getLegalName() { return legalName; }
    public boolean isPrimaryCare() { return primaryCare; }
}
