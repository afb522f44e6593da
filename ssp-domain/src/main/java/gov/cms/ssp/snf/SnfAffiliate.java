package gov.cms.ssp.snf;

import gov.cms.ssp.participant.ListEntry;
import gov.cms.ssp.participant.ListKind;
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
 * A skilled nursing facility an ACO uses under the SNF 3-day rule waiver (42 CFR 425.612). It is
 * in force from its effective date until its termination date; a removed affiliate keeps its row
 * (terminated), so the history of who was an affiliate when stays.
 */
@Entity
@Table(name = "snf_affiliate")
@Audited
public class SnfAffiliate implements ListEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "snf_affiliate_seq")
    @SequenceGenerator(name = "snf_affiliate_seq", sequenceName = "snf_affiliate_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "aco_id", nullable = false, length = 5)
    private AcoId acoId;

    @Column(nullable = false, length = 6)
    private String ccn;

    @Column(name = "facility_name", nullable = false, length = 200)
    private String facilityName;

    @Column(nullable = false, length = 9)
    private String tin;

    @Column(name = "star_rating", nullable = false)
    private int starRating;

    @Column(name = "effective_date", nullable = false)
    private LocalDate effectiveDate;

    @Column(name = "termination_date")
    private LocalDate terminationDate;

    protected SnfAffiliate() {
    }

    /** A row that passed {@link SnfScreening}; the affiliate is in force from {@code effectiveDate}. */
    public SnfAffiliate(AcoId acoId, SnfRow row, LocalDate effectiveDate) {
        this.acoId = Objects.requireNonNull(acoId);
        this.ccn = Objects.requireNonNull(row.ccn());
        this.facilityName = Objects.requireNonNull(row.facilityName());
        this.tin = Objects.requireNonNull(row.tin());
        this.starRating = row.starRating();
        this.effectiveDate = Objects.requireNonNull(effectiveDate);
    }

    /** The affiliate leaves the list on this date (never before it joined). */
    @Override
    public void terminate(LocalDate date) {
        if (date.isBefore(effectiveDate)) {
            throw new IllegalArgumentException("termination before the effective date");
        }
        this.terminationDate = date;
    }

    public boolean isInForce(LocalDate day) {
        return !effectiveDate.isAfter(day) && (terminationDate == null || !terminationDate.isBefore(day));
    }

    /** An accepted change: the facility's name, TIN or current star rating (which must stay 3 or more). */
    public void correct(String facilityName, String tin, int starRating) {
        this.facilityName = Objects.requireNonNull(facilityName);
        this.tin = Objects.requireNonNull(tin);
        this.starRating = starRating;
    }

    @Override
    public ListKind kind() { return ListKind.SNF_AFFILIATE; }

    @Override
    public String identifier() { return ccn; }

    @Override
    public java.util.Map<String, String> correctableValues() {
        return ListKind.SNF_AFFILIATE.correctable(facilityName, null, false, tin, starRating);
    }

    @Override
    public Long getId() { return id; }
    @Override
    public AcoId getAcoId() { return acoId; }
    public String getCcn() { return ccn; }
    public String getFacilityName() { return facilityName; }
    public String getTin() { return tin; }
    public int getStarRating() { return starRating; }
    @Override
    public LocalDate getEffectiveDate() { return effectiveDate; }
    @Override
    public LocalDate getTerminationDate() { return terminationDate; }
}
