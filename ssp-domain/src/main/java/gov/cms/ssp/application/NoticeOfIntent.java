package gov.cms.ssp.application;

import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.BusinessException;
import gov.cms.ssp.shared.Tin;
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
import java.util.Objects;
import org.hibernate.envers.Audited;

/**
 * The Notice of Intent to Apply: the legal entity and its contacts, one per ACO per cycle, accepted
 * only inside the window CMS set. An application can be started only after it. A prospective
 * applicant, an organisation without an ACO ID yet, files one under its executive's account
 * ({@link #prospective}): its ACO ID is empty until CMS assigns one.
 */
@Entity
@Table(name = "notice_of_intent")
@Audited
public class NoticeOfIntent {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notice_of_intent_seq")
    @SequenceGenerator(name = "notice_of_intent_seq", sequenceName = "notice_of_intent_seq", allocationSize = 50)
    private Long id;

    @Column(name = "aco_id", length = 5)
    private AcoId acoId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "cycle_pk")
    private ApplicationCycle cycle;

    @Column(name = "legal_name", nullable = false, length = 200)
    private String legalName;
    @Column(nullable = false, length = 9)
    private Tin tin;
    @Column(name = "doing_business_as", length = 200)
    private String doingBusinessAs;
    @Column(nullable = false, length = 300)
    private String address;
    @Column(name = "executive_name", nullable = false, length = 120)
    private String executiveName;
    @Column(name = "executive_email", nullable = false, length = 200)
    private String executiveEmail;
    @Column(name = "primary_name", nullable = false, length = 120)
    private String primaryName;
    @Column(name = "primary_email", nullable = false, length = 200)
    private String primaryEmail;
    @Column(name = "secondary_name", length = 120)
    private String secondaryName;
    @Column(name = "secondary_email", length = 200)
    private String secondaryEmail;
    @Column(name = "submitted_by", nullable = false, length = 100)
    private String submittedBy;
    @Column(name = "submitted_at", nullable = false)
    private LocalDateTime submittedAt;

    protected NoticeOfIntent() {
    }

    /** The details of a notice as the ACO enters them. */
    public record Details(String legalName, Tin tin, String doingBusinessAs, String address, String executiveName,
                          String executiveEmail, String primaryName, String primaryEmail, String secondaryName,
                          String secondaryEmail) {
    }

    public NoticeOfIntent(AcoId acoId, ApplicationCycle cycle, Details d, String by, LocalDateTime now) {
        this(cycle, d, by, now);
        this.acoId = Objects.requireNonNull(acoId);
    }

    /** The notice of an organisation that has no ACO ID yet, filed by its executive {@code by}. */
    public static NoticeOfIntent prospective(ApplicationCycle cycle, Details d, String by, LocalDateTime now) {
        return new NoticeOfIntent(cycle, d, by, now);
    }

    private NoticeOfIntent(ApplicationCycle cycle, Details d, String by, LocalDateTime now) {
        cycle.requireNoiaOpen(now.toLocalDate());
        Objects.requireNonNull(d);
        if (blank(d.legalName()) || d.tin() == null || blank(d.address()) || blank(d.executiveName())
                || blank(d.executiveEmail()) || blank(d.primaryName()) || blank(d.primaryEmail())) {
            throw new BusinessException("The notice needs the legal name, TIN, address, the ACO executive and the primary "
                    + "application contact (name and e-mail).");
        }
        if (blank(d.secondaryName()) != blank(d.secondaryEmail())) {
            throw new BusinessException("Give both the name and the e-mail of the secondary contact, or neither.");
        }
        this.cycle = cycle;
        this.legalName = d.legalName().strip();
        this.tin = d.tin();
        this.doingBusinessAs = blank(d.doingBusinessAs()) ? null : d.doingBusinessAs().strip();
        this.address = d.address().strip();
        this.executiveName = d.executiveName().strip();
        this.executiveEmail = d.executiveEmail().strip();
        this.primaryName = d.primaryName().strip();
        this.primaryEmail = d.primaryEmail().strip();
        this.secondaryName = blank(d.secondaryName()) ? null : d.secondaryName().strip();
        this.secondaryEmail = blank(d.secondaryEmail()) ? null : d.secondaryEmail().strip();
        this.submittedBy = by;
        this.submittedAt = now;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public Long getId() { return id; }
    /** Null for a prospective applicant's notice. */
    public AcoId getAcoId() { return acoId; }

    public boolean isProspective() {
        return acoId == null;
    }

    /** The number the filer quotes: NOIA-2027-000051 (cycle and record), known from the moment it is filed. */
    public String reference() {
        return "NOIA-" + cycle.getAgreementYear() + "-" + String.format("%06d", id);
    }
    public ApplicationCycle getCycle() { return cycle; }
    public String getLegalName() { return legalName; }
    public Tin getTin() { return tin; }
    public String getDoingBusinessAs() { return doingBusinessAs; }
    public String getAddress() { return address; }
    public String getExecutiveName() { return executiveName; }
    public String getExecutiveEmail() { return executiveEmail; }
    public String getPrimaryName() { return primaryName; }
    public String getPrimaryEmail() { return primaryEmail; }
    public String getSecondaryName() { return secondaryName; }
    public String getSecondaryEmail() { return secondaryEmail; }
    public String getSubmittedBy() { return submittedBy; }
    public LocalDateTime getSubmittedAt() { return submittedAt; }
}
