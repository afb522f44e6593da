package gov.cms.ssp.certification;

import gov.cms.ssp.aco.ContactView;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * An ACO's certification package for a PY: the parts with their checks, the contacts under review,
 * the repayment recomputation (two-sided ACOs), and — once signed — who signed what and when.
 * {@code signingProblems} lists every reason signing would be refused now apart from the
 * attestations and signer's name the executive has yet to give.
 */
public record CertificationPackage(String acoId, String legalName, String trackLabel, int py, LocalDate opensOn,
                                   LocalDate deadline, LocalDate extendedTo, String extensionReason,
                                   CertificationStatus status, List<ItemCheck> items, List<String> signingProblems,
                                   List<ContactView> contacts, String publicUrl,
                                   RepaymentMechanismRule.Recomputation repayment, long participants, long providersSuppliers,
                                   String signerName, String signerTitle, String signedBy, LocalDateTime signedAt,
                                   Set<CertificationItem> attested) {
    public boolean signed() {
        return signedAt != null;
    }

    public boolean signable() {
        return !signed() && signingProblems.isEmpty();
    }

    public String statusLabel() {
        return status.label();
    }
}
