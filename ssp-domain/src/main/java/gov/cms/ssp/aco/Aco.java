package gov.cms.ssp.aco;

import gov.cms.ssp.agreement.Track;
import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.Tin;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.envers.Audited;

/**
 * An Accountable Care Organization: the legal entity with its CMS-issued ACO ID, its current track
 * or level and the people CMS deals with. Audited: every change records who, when and what.
 */
@Entity
@Table(name = "aco")
@Audited
public class Aco {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "aco_seq")
    @SequenceGenerator(name = "aco_seq", sequenceName = "aco_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @NotNull
    @Column(name = "aco_id", nullable = false, unique = true, length = 5)
    private AcoId acoId;

    @NotBlank
    @Column(name = "legal_name", nullable = false, length = 200)
    private String legalName;

    @Column(name = "doing_business_as", length = 200)
    private String doingBusinessAs;

    @NotNull
    @Column(nullable = false, length = 9)
    private Tin tin;

    @Column(name = "state_codes", length = 60)
    private String states;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Track track;

    @Column(name = "agreement_start")
    private LocalDate agreementStart;

    @Column(name = "agreement_period")
    private Integer agreementPeriod;

    @Valid
    @OneToMany(mappedBy = "aco", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("role")
    private List<AcoContact> contacts = new ArrayList<>();

    protected Aco() {
    }

    public Aco(AcoId acoId, String legalName, Tin tin) {
        this.acoId = Objects.requireNonNull(acoId);
        this.legalName = Objects.requireNonNull(legalName).strip();
        this.tin = Objects.requireNonNull(tin);
    }

    /**
     * Records the person in a contact role, replacing whoever held it. There is one person per role,
     * so the ACO always knows whom CMS should call.
     */
    public AcoContact assignContact(ContactRole role, String name, String title, String email, String phone) {
        Optional<AcoContact> existing = contact(role);
        if (existing.isPresent()) {
            existing.get().update(name, title, email, phone);
            return existing.get();
        }
        AcoContact created = new AcoContact(this, role, name, title, email, phone);
        contacts.add(created);
        return created;
    }

    public Optional<AcoContact> contact(ContactRole role) {
        return contacts.stream().filter(c -> c.getRole() == role).findFirst();
    }

    public void enterAgreement(Track track, LocalDate start, int agreementPeriod) {
        this.track = Objects.requireNonNull(track);
        this.agreementStart = Objects.requireNonNull(start);
        this.agreementPeriod = agreementPeriod;
    }

    /** Its only agreement was withdrawn before it started (its approval reopened): the ACO is in no agreement. */
    public void leaveAgreement() {
        this.track = null;
        this.agreementStart = null;
        this.agreementPeriod = null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public AcoId getAcoId() {
        return acoId;
    }

    public String getLegalName() {
        return legalName;
    }

    public String getDoingBusinessAs() {
        return doingBusinessAs;
    }

    public Tin getTin() {
        return tin;
    }

    public String getStates() {
        return states;
    }

    public Track getTrack() {
        return track;
    }

    public LocalDate getAgreementStart() {
        return agreementStart;
    }

    public Integer getAgreementPeriod() {
        return agreementPeriod;
    }

    public List<AcoContact> getContacts() {
        return Collections.unmodifiableList(contacts);
    }
}
