package gov.cms.ssp.certification;

import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Objects;
import org.hibernate.envers.Audited;

/**
 * What an ACO keeps on file for compliance and public reporting (425.300, 425.308): its public
 * reporting web page, the free-text parts of that page (governing body, leadership, how shared
 * savings were used), and what CMS records about its EFT authorization and repayment mechanism.
 */
@Entity
@Table(name = "aco_compliance")
@Audited
public class ComplianceRecord {
    public enum RepaymentType {
        ESCROW("Escrow account"), LETTER_OF_CREDIT("Letter of credit"), SURETY_BOND("Surety bond");

        private final String label;

        RepaymentType(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The ACO ID as text: JPA applies no attribute converter to an identifier. */
    @Id
    @Column(name = "aco_id", length = 5)
    private String acoId;

    @Version
    private long version;

    @Size(max = 300, message = "The web address may have at most 300 characters")
    @Pattern(regexp = "^$|^https://\\S+$", message = "The public reporting page must be an https:// address")
    @Column(name = "public_url", length = 300)
    private String publicUrl;

    @Size(max = 2000, message = "Governing body may have at most 2,000 characters")
    @Column(name = "governing_body", length = 2000)
    private String governingBody;

    @Size(max = 2000, message = "Leadership may have at most 2,000 characters")
    @Column(length = 2000)
    private String leadership;

    @Size(max = 2000, message = "How savings were used may have at most 2,000 characters")
    @Column(name = "savings_use", length = 2000)
    private String savingsUse;

    @Column(name = "eft_authorized", nullable = false)
    private boolean eftAuthorized;

    @Enumerated(EnumType.STRING)
    @Column(name = "repayment_type", length = 20)
    private RepaymentType repaymentType;

    /** Who issued the repayment mechanism: the bank (escrow, letter of credit) or the surety (bond). */
    @Size(max = 200, message = "The issuer may have at most 200 characters")
    @Column(name = "repayment_issuer", length = 200)
    private String repaymentIssuer;

    /** The amount of the mechanism in place before this cycle's recomputation (seeded or last certified). */
    @Column(name = "repayment_amount", precision = 15, scale = 2)
    private BigDecimal repaymentAmount;

    protected ComplianceRecord() {
    }

    public ComplianceRecord(AcoId acoId) {
        this.acoId = Objects.requireNonNull(acoId).value();
    }

    /** The parts of the public page the ACO writes itself. */
    public void describe(String publicUrl, String governingBody, String leadership, String savingsUse) {
        this.publicUrl = blankToNull(publicUrl);
        this.governingBody = blankToNull(governingBody);
        this.leadership = blankToNull(leadership);
        this.savingsUse = blankToNull(savingsUse);
    }

    /**
     * What the ACO's own people record about their EFT authorization (CMS-588) and their repayment
     * mechanism: a mechanism on file names its issuer; with none on file there is no issuer.
     */
    public void arrangeFinancials(boolean eftAuthorized, RepaymentType repaymentType, String repaymentIssuer) {
        String issuer = blankToNull(repaymentIssuer);
        if (repaymentType != null && issuer == null) {
            throw new BusinessException("Name the bank or surety that issued the " + repaymentType.label().toLowerCase() + ".");
        }
        if (issuer != null && issuer.length() > 200) {
            throw new BusinessException("The issuer may have at most 200 characters.");
        }
        this.eftAuthorized = eftAuthorized;
        this.repaymentType = repaymentType;
        this.repaymentIssuer = repaymentType == null ? null : issuer;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public AcoId getAcoId() {
        return AcoId.of(acoId);
    }

    public long getVersion() {
        return version;
    }

    public String getPublicUrl() {
        return publicUrl;
    }

    public String getGoverningBody() {
        return governingBody;
    }

    public String getLeadership() {
        return leadership;
    }

    public String getSavingsUse() {
        return savingsUse;
    }

    public boolean isEftAuthorized() {
        return eftAuthorized;
    }

    public RepaymentType getRepaymentType() {
        return repaymentType;
    }

    public String getRepaymentIssuer() {
        return repaymentIssuer;
    }

    public BigDecimal getRepaymentAmount() {
        return repaymentAmount;
    }
}
