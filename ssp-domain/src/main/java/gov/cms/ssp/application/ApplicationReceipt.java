package gov.cms.ssp.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * The receipt of one submission (or resubmission after an RFI): its reference number, when (UTC)
 * and by whom, and a copy of what was submitted ({@link SubmittedCopy}). Written once, never changed.
 */
@Entity
@Table(name = "application_receipt")
@Audited
public class ApplicationReceipt {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_receipt_seq")
    @SequenceGenerator(name = "application_receipt_seq", sequenceName = "application_receipt_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_pk")
    private Application application;

    /** 1 for the submission, 2 for the resubmission after RFI 1, … */
    @Column(name = "receipt_no", nullable = false)
    private int number;

    @Column(nullable = false, length = 40, unique = true)
    private String reference;

    @Column(nullable = false, length = 200)
    private String description;

    @Column(name = "submitted_at", nullable = false)
    private LocalDateTime submittedAt;

    @Column(name = "submitted_by", nullable = false, length = 100)
    private String submittedBy;

    @NotAudited
    @Column(name = "submitted_copy", nullable = false, length = 1_000_000)
    private String submittedCopy;

    protected ApplicationReceipt() {
    }

    ApplicationReceipt(Application application, int number, String description, String by, LocalDateTime now) {
        this.application = Objects.requireNonNull(application);
        this.number = number;
        this.reference = reference(application, number);
        this.description = description;
        this.submittedBy = by;
        this.submittedAt = now;
        this.submittedCopy = SubmittedCopy.encode(SubmittedCopy.of(application));
    }

    /**
     * "SSP-2028-A1001-42-1": program, first agreement year of the cycle, ACO, application number and
     * submission number — unique, and readable over the phone.
     */
    static String reference(Application a, int number) {
        return "SSP-" + a.getAgreementStart().getYear() + "-" + a.getAcoId().value() + "-" + a.getId() + "-" + number;
    }

    public Long getId() { return id; }
    public Application getApplication() { return application; }
    public int getNumber() { return number; }
    public String getReference() { return reference; }
    public String getDescription() { return description; }
    public LocalDateTime getSubmittedAt() { return submittedAt; }
    public String getSubmittedBy() { return submittedBy; }

    public List<SubmittedCopy.Line> submittedCopy() {
        return SubmittedCopy.decode(submittedCopy);
    }
}
