package gov.cms.ssp.aco;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.envers.Audited;

/** One person in one role at an ACO; changes are audited. */
@Entity
@Table(name = "aco_contact")
@Audited
public class AcoContact {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "aco_contact_seq")
    @SequenceGenerator(name = "aco_contact_seq", sequenceName = "aco_contact_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "aco_pk")
    private Aco aco;

    @Enumerated(EnumType.STRING)
    @Column(name = "contact_role", nullable = false, length = 30)
    private ContactRole role;

    @NotBlank(message = "Name is required")
    @Size(max = 120, message = "Name may have at most 120 characters")
    @Column(name = "full_name", nullable = false, length = 120)
    private String name;

    @Size(max = 120, message = "Title may have at most 120 characters")
    @Column(length = 120)
    private String title;

    @NotBlank(message = "E-mail is required")
    @Email(message = "E-mail must be a valid address, e.g. name@example.org")
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String email;

    @Pattern(regexp = "^$|^[0-9 ()+.-]{7,25}$", message = "Phone may contain digits, spaces and + ( ) . - only")
    @Column(length = 25)
    private String phone;

    protected AcoContact() {
    }

    AcoContact(Aco aco, ContactRole role, String name, String title, String email, String phone) {
        this.aco = aco;
        this.role = role;
        update(name, title, email, phone);
    }

    void update(String name, String title, String email, String phone) {
        this.name = trim(name);
        this.title = trim(title);
        this.email = trim(email);
        this.phone = trim(phone);
    }

    private static String trim(String s) {
        return s == null ? null : s.strip();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Aco getAco() {
        return aco;
    }

    public ContactRole getRole() {
        return role;
    }

    public String getName() {
        return name;
    }

    public String getTitle() {
        return title;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }
}
