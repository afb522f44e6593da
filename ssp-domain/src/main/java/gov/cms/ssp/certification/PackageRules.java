package gov.cms.ssp.certification;

import gov.cms.ssp.aco.ContactRole;
import gov.cms.ssp.agreement.Track;
import gov.cms.ssp.shared.DisplayFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which parts a PY's package has and whether each is complete and valid: the checks shown next to
 * every part on the ACO's page and enforced again when the executive signs.
 */
public final class PackageRules {
    static final List<ContactRole> REQUIRED_CONTACTS =
            List.of(ContactRole.EXECUTIVE, ContactRole.COMPLIANCE_OFFICIAL, ContactRole.MEDICAL_DIRECTOR);

    private PackageRules() {
    }

    /** What the system of record knows about the ACO for the PY. */
    public record Facts(Track track, long participants, long providersSuppliers, long snfAffiliates,
                        Set<ContactRole> contacts, String publicUrl, boolean eftAuthorized,
                        ComplianceRecord.RepaymentType repaymentType, String repaymentIssuer,
                        RepaymentMechanismRule.Recomputation repayment, boolean compliancePlanOnFile) {
    }

    public static List<ItemCheck> check(Facts f) {
        List<ItemCheck> checks = new ArrayList<>();
        checks.add(f.participants() > 0
                ? ItemCheck.ok(CertificationItem.PARTICIPANT_LIST, count(f.participants(), "participant TIN", "participant TINs") + " in force")
                : ItemCheck.problem(CertificationItem.PARTICIPANT_LIST, "no participant TIN is in force for the year."));
        checks.add(f.providersSuppliers() > 0
                ? ItemCheck.ok(CertificationItem.PROVIDER_SUPPLIER_LIST,
                        count(f.providersSuppliers(), "provider or supplier", "providers and suppliers") + " in force")
                : ItemCheck.problem(CertificationItem.PROVIDER_SUPPLIER_LIST, "no provider or supplier is in force for the year."));
        checks.add(ItemCheck.ok(CertificationItem.SNF_AFFILIATES, f.snfAffiliates() == 0
                ? "no SNF affiliates (the ACO does not use the SNF 3-day rule waiver)"
                : count(f.snfAffiliates(), "SNF affiliate", "SNF affiliates")));
        // the compliance certification rests on the compliance plan on file (42 CFR 425.300): without one it is not complete
        checks.add(f.compliancePlanOnFile()
                ? ItemCheck.ok(CertificationItem.COMPLIANCE_AND_DATA, "compliance plan on file; the ACO, its participants and "
                        + "providers/suppliers comply with 42 CFR Part 425 and the data it submits are accurate")
                : ItemCheck.problem(CertificationItem.COMPLIANCE_AND_DATA,
                        "no compliance plan is uploaded yet: upload it below before certifying compliance."));
        List<String> missing = new ArrayList<>();
        for (ContactRole role : REQUIRED_CONTACTS) {
            if (!f.contacts().contains(role)) {
                missing.add(role.label().toLowerCase(Locale.ROOT));
            }
        }
        if (f.publicUrl() == null || f.publicUrl().isBlank()) {
            missing.add("public reporting web address");
        }
        checks.add(missing.isEmpty()
                ? ItemCheck.ok(CertificationItem.CONTACTS, "executive, compliance official, medical director and public web page on file")
                : ItemCheck.problem(CertificationItem.CONTACTS, "missing " + String.join(", ", missing) + "."));
        checks.add(f.eftAuthorized()
                ? ItemCheck.ok(CertificationItem.EFT_AUTHORIZATION, "EFT authorization (CMS-588) on file")
                : ItemCheck.problem(CertificationItem.EFT_AUTHORIZATION, "no EFT authorization (CMS-588) is on file with CMS."));
        if (f.track() != null && f.track().isTwoSided()) {
            checks.add(repayment(f));
        }
        return checks;
    }

    private static ItemCheck repayment(Facts f) {
        if (f.repayment() == null) {
            return ItemCheck.problem(CertificationItem.REPAYMENT_MECHANISM,
                    "CMS has not recorded the expenditure and revenue figures the amount is computed from.");
        }
        if (f.repaymentType() == null) {
            return ItemCheck.problem(CertificationItem.REPAYMENT_MECHANISM,
                    "no escrow, letter of credit or surety bond is on file.");
        }
        if (f.repaymentIssuer() == null || f.repaymentIssuer().isBlank()) {
            return ItemCheck.problem(CertificationItem.REPAYMENT_MECHANISM, "the " + f.repaymentType().label().toLowerCase(Locale.ROOT)
                    + " names no issuer: enter the bank or surety that issued it.");
        }
        String detail = f.repaymentType().label() + " issued by " + f.repaymentIssuer().strip() + ", required amount "
                + dollars(f.repayment().required());
        if (f.repayment().materialIncrease()) {
            detail += "; increase of " + dollars(f.repayment().increase()) + " must be funded by "
                    + DisplayFormat.date(f.repayment().fundingDeadline());
        }
        return ItemCheck.ok(CertificationItem.REPAYMENT_MECHANISM, detail);
    }

    private static String count(long n, String one, String many) {
        return DisplayFormat.count(n, one, many);
    }

    public static String dollars(java.math.BigDecimal amount) {
        NumberFormat f = NumberFormat.getCurrencyInstance(Locale.US);
        f.setMaximumFractionDigits(0);
        return f.format(amount);
    }
}
