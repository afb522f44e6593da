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
 * An NPI on an ACO's provider/supplier list, billing through one of the ACO's participant TINs. The
 * same NPI may be on several ACOs' lists through different TINs; the NPI–TIN pair is the entry.
 */
@Entity
@Table(name = "provider_supplier")
@Audited
public class ProviderSupplier extends ListEntryRecord {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "provider_supplier_seq")
    @SequenceGenerator(name = "provider_supplier_seq", sequenceName = "provider_supplier_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 10)
    private String npi;

    @Column(name = "full_name", nullable = false, length = 200)
    private String name;

    @Column(length = 200)
    private String specialty;

    @Column(nullable = false, length = 9)
    private String tin;

    protected ProviderSupplier() {
    }

    public ProviderSupplier(AcoId acoId, String npi, String name, String specialty, String tin, LocalDate effectiveDate) {
        super(acoId, effectiveDate);
        this.npi = Objects.requireNonNull(npi);
        this.name = Objects.requireNonNull(name);
        this.specialty = specialty;
        this.tin = Objects.requireNonNull(tin);
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
    public Map<String, String> correctableValues() {
        return ListKind.PROVIDER_SUPPLIER.correctable(name, specialty, false, tin, null);
    }

    @Override
    public Long getId() { return id; }
    public String getNpi() { return npi; }
    public String getName() { return name; }
    public String getSpecialty() { return specialty; }
    public String getTin() { return tin; }
}
