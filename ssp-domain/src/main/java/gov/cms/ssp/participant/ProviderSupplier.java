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

/** An NPI on an ACO's provider/supplier list in force, billing through one participant TIN. */
@Entity
@Table(name = "provider_supplier")
@Audited
public class ProviderSupplier implements ListEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "provider_supplier_seq")
    @SequenceGenerator(name = "provider_supplier_seq", sequenceName = "provider_supplier_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "aco_id", nullable = false, length = 5)
    private AcoId acoId;

    @Column(nullable = false, length = 10)
    private String npi;

    @Column(name = "full_name", nullable = false, length = 200)
    private String name;

    @Column(length = 200)
    private String specialty;

    @Column(nullable = false, length = 9)
    private String tin;

    @Column(name = "effective_date", nullable = false)
    private LocalDate effectiveDate;

    @Column(name = "termination_date")
    private LocalDate terminationDate;

    protected ProviderSupplier() {
    }

    public ProviderSupplier(AcoId acoId, String npi, String name, String specialty, String tin, LocalDate effectiveDate) {
        this.acoId = Objects.requireNonNull(acoId);
        this.npi = Objects.requireNonNull(npi);
        this.name = Objects.requireNonNull(name);
        this.specialty = specialty;
        this.tin = Objects.requireNonNull(tin);
        this.effectiveDate = Objects.requireNonNull(effectiveDate);
    }

    @Override
    public void terminate(LocalDate date) {
        if (date.isBefore(effectiveDate)) {
            throw new IllegalArgumentException("termination before the effective date");
        }
        this.terminationDate = date;
    }

    /** An accepted change: the clinician's name or specialty; a different billing TIN is a deletion and an addition. */
    void correct(String name, String specialty) {
        this.name = Objects.requireNonNull(name);
        this.specialty = specialty;
    }

    @Override
    public ListKind kind() { return ListKind.PROVIDER_SUPPLIER; }

    @Override
    public String identifier() { return npi; }

    @Override
    public java.util.Map<String, String> correctableValues() {
        return ListKind.PROVIDER_SUPPLIER.correctable(name, specialty, false, tin, null);
    }

    @Override
    public Long getId() { return id; }
    @Override
    public AcoId getAcoId() { return acoId; }
    public String getNpi() { return npi; }
    public String getName() { return name; }
    public String getSpecialty() { return specialty; }
    public String getTin() { return tin; }
    @Override
    public LocalDate getEffectiveDate() { return effectiveDate; }
    @Override
    public LocalDate getTerminationDate() { return terminationDate; }
}
