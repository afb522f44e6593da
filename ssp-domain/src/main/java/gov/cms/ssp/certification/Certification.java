package gov.cms.ssp.certification;

import gov.cms.ssp.shared.DisplayFormat;
import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.envers.Audited;

/**
 * One ACO's certification package for one PY. It exists from the moment the ACO opens it (in
 * progress) and becomes immutable once the ACO executive signs it: who signed, with which title,
 * when, which parts were attested, and the repayment amount computed for the PY. The lists signed
 * are copied into snapshot rows by the service at the same moment.
 */
@Entity
@Table(name = "certification")
@Audited
public class Certification {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certification_seq")
    @SequenceGenerator(name = "certification_seq", sequenceName = "certification_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "aco_id", nullable = false, length = 5)
    private AcoId acoId;

    @Column(nullable = false)
    private int py;

    @Column(name = "started_by", nullable = false, length = 100)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    @Column(name = "extended_to")
    private LocalDate extendedTo;

    @Column(name = "extension_reason", length = 500)
    private String extensionReason;

    @Column(name = "extended_by", length = 100)
    private String extendedBy;

    @Column(name = "signer_name", length = 120)
    private String signerName;

    @Column(name = "signer_title", length = 120)
    private String signerTitle;

    @Column(name = "signed_by", length = 100)
    private String signedBy;

    @Column(name = "signed_at")
    private LocalDateTime signedAt;

    @Column(name = "attested_items", length = 300)
    private String attestedItems;

    @Column(name = "repayment_amount", precision = 15, scale = 2)
    private BigDecimal repaymentAmount;

    protected Certification() {
    }

    public Certification(AcoId acoId, int py, String startedBy, LocalDateTime startedAt) {
        this.acoId = Objects.requireNonNull(acoId);
        this.py = py;
        this.startedBy = Objects.requireNonNull(startedBy);
        this.startedAt = Objects.requireNonNull(startedAt);
    }

    /** The deadline that applies to this ACO: CMS's, or the extension CMS granted it. */
    public LocalDate deadline(CertificationCycle cycle) {
        return extendedTo != null && extendedTo.isAfter(cycle.getDeadline()) ? extendedTo : cycle.getDeadline();
    }

    /** CMS gives this ACO more time, with a reason that stays on record. */
    public void grantExtension(LocalDate until, String reason, String grantedBy, CertificationCycle cycle, LocalDate today) {
        if (isSigned()) {
            throw new BusinessException("The " + py + " certification of " + acoId + " is already signed; it needs no extension.");
        }
        if (until == null || !until.isAfter(cycle.getDeadline())) {
            throw new BusinessException("An extension must end after the deadline of " + DisplayFormat.date(cycle.getDeadline()) + ".");
        }
        if (until.isBefore(today)) {
            throw new BusinessException("An extension must not end in the past.");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("Give the reason for the extension; it is kept on record.");
        }
        this.extendedTo = until;
        this.extensionReason = reason.strip();
        this.extendedBy = Objects.requireNonNull(grantedBy);
    }

    /**
     * The ACO executive signs. Refused when the window has not opened or the (extended) deadline
     * has passed, when a required part is missing or invalid, when a part is not attested, or when
     * the signer's name or title is missing. Role and ACO membership are the service's checks.
     */
    public void sign(Signature signature, List<ItemCheck> checks, BigDecimal repaymentAmount, String userName,
                     CertificationCycle cycle, LocalDateTime now) {
        List<String> problems = signingProblems(signature, checks, cycle, now.toLocalDate());
        if (!problems.isEmpty()) {
            throw new BusinessException("The certification cannot be signed: " + String.join(" ", problems));
        }
        this.signerName = signature.name().strip();
        this.signerTitle = signature.title().strip();
        this.signedBy = Objects.requireNonNull(userName);
        this.signedAt = now;
        this.attestedItems = signature.attested().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.repaymentAmount = repaymentAmount;
    }

    /** Every reason the package cannot be signed now, each a sentence the page can show. */
    public List<String> signingProblems(Signature signature, List<ItemCheck> checks, CertificationCycle cycle, LocalDate today) {
        List<String> problems = new ArrayList<>();
        if (isSigned()) {
            problems.add("It was already signed by " + signerName + " on " + DisplayFormat.date(signedAt.toLocalDate()) + ".");
            return problems;
        }
        if (cycle == null || cycle.getPy() != py) {
            problems.add("CMS has not opened the certification window for " + py + ".");
            return problems;
        }
        if (!cycle.hasOpened(today)) {
            problems.add("The certification window for " + py + " opens on " + DisplayFormat.date(cycle.getOpensOn()) + ".");
        }
        if (today.isAfter(deadline(cycle))) {
            problems.add("The deadline of " + DisplayFormat.date(deadline(cycle)) + " has passed; ask CMS for an extension.");
        }
        for (ItemCheck check : checks) {
            if (!check.valid()) {
                problems.add(check.label() + ": " + check.detail());
            }
        }
        Set<CertificationItem> attested = signature == null ? Set.of() : signature.attested();
        List<String> missing = checks.stream().map(ItemCheck::item).filter(i -> !attested.contains(i))
                .map(CertificationItem::label).toList();
        if (!missing.isEmpty()) {
            problems.add("Attest each part explicitly; not attested: " + String.join(", ", missing) + ".");
        }
        if (signature == null || signature.name() == null || signature.name().isBlank()) {
            problems.add("Enter your name as the signer.");
        }
        if (signature == null || signature.title() == null || signature.title().isBlank()) {
            problems.add("Enter your title.");
        }
        return problems;
    }

    public boolean isSigned() {
        return signedAt != null;
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

    public int getPy() {
        return py;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public LocalDate getExtendedTo() {
        return extendedTo;
    }

    public String getExtensionReason() {
        return extensionReason;
    }

    public String getExtendedBy() {
        return extendedBy;
    }

    public String getSignerName() {
        return signerName;
    }

    public String getSignerTitle() {
        return signerTitle;
    }

    public String getSignedBy() {
        return signedBy;
    }

    public LocalDateTime getSignedAt() {
        return signedAt;
    }

    public BigDecimal getRepaymentAmount() {
        return repaymentAmount;
    }

    public Set<CertificationItem> getAttestedItems() {
        if (attestedItems == null || attestedItems.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(attestedItems.split(",")).map(CertificationItem::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(CertificationItem.class)));
    }

    /** What the executive puts on the signature: name, title and each part attested. */
    public record Signature(String name, String title, Set<CertificationItem> attested) {
        public Signature {
            attested = attested == null || attested.isEmpty() ? Set.of() : Set.copyOf(attested);
        }

        public static Signature of(String name, String title, Collection<CertificationItem> attested) {
            return new Signature(name, title, attested == null ? Set.of() : Set.copyOf(attested));
        }
    }
}
