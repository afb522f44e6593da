package gov.cms.ssp.snf;

import gov.cms.ssp.participant.ListEntryRecord;
import gov.cms.ssp.participant.ListKind;
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
 * A skilled nursing facility an ACO uses under the SNF 3-day rule waiver (42 CFR 425.612). It is
 * on the list from its effective date until its termination date, and changes like the other lists:
 * only through accepted change requests.
 */
@Entity
@Table(name = "snf_affiliate")
@Audited
public class SnfAffiliate extends ListEntryRecord {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "snf_affiliate_seq")
    @SequenceGenerator(name = "snf_affiliate_seq", sequenceName = "snf_affiliate_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 6)
    private String ccn;

    @Column(name = "facility_name", nullable = false, length = 200)
    private String facilityName;

    @Column(nullable = false, length = 9)
    private String tin;

    @Column(name = "star_rating", nullable = false)
    private int starRating;

    protected SnfAffiliate() {
    }

    /** A row that passed {@link SnfScreening}; the affiliate is in force from {@code effectiveDate}. */
    public SnfAffiliate(AcoId acoId, SnfRow row, LocalDate effectiveDate) {
        super(acoId, effectiveDate);
        this.ccn = Objects.requireNonNull(row.ccn());
        this.facilityName = Objects.requireNonNull(row.facilityName());
        this.tin = Objects.requireNonNull(row.tin());
        this.starRating = row.starRating();
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
    public Map<String, String> correctableValues() {
        return ListKind.SNF_AFFILIATE.correctable(facilityName, null, false, tin, starRating);
    }

    @Override
    public Long getId() { return id; }
    public String getCcn() { return ccn; }
    public String getFacilityName() { return facilityName; }
    public String getTin() { return tin; }
    public int getStarRating() { return starRating; }
}
