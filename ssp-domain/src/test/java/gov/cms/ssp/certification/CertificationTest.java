package gov.cms.ssp.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.cms.ssp.aco.ContactRole;
import gov.cms.ssp.agreement.Track;
import gov.cms.ssp.certification.Certification.Signature;
import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.BusinessException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CertificationTest {
    private static final LocalDate OPENS = LocalDate.of(2026, 10, 20);
    private static final LocalDate DEADLINE = LocalDate.of(2026, 11, 20);
    private final CertificationCycle cycle = new CertificationCycle(2027, OPENS, DEADLINE, "cms.admin", OPENS.atStartOfDay());

    private static RepaymentMechanismRule.Recomputation repayment() {
        return RepaymentMechanismRule.recompute(Track.ENHANCED, new BigDecimal("480000000"), new BigDecimal("250000000"),
                new BigDecimal("1200000"), OPENS);
    }

    private static PackageRules.Facts complete(Track track) {
        return new PackageRules.Facts(track, 3, 3, 0,
                EnumSet.of(ContactRole.EXECUTIVE, ContactRole.COMPLIANCE_OFFICIAL, ContactRole.MEDICAL_DIRECTOR),
                "https://aco.example.org/public", true, ComplianceRecord.RepaymentType.ESCROW, "First Bank", repayment(), true);
    }

    private static Certification fresh() {
        return new Certification(AcoId.of("A1001"), 2027, "aco.staff", OPENS.atTime(9, 0));
    }

    private static Signature all(List<ItemCheck> checks) {
        return Signature.of("Ana Diaz", "Chief Executive Officer", checks.stream().map(ItemCheck::item).toList());
    }

    @Test
    void twoSidedPackagesIncludeTheRepaymentMechanismAndOneSidedDoNot() {
        assertTrue(PackageRules.check(complete(Track.ENHANCED)).stream().anyMatch(c -> c.item() == CertificationItem.REPAYMENT_MECHANISM));
        assertFalse(PackageRules.check(complete(Track.BASIC_A)).stream().anyMatch(c -> c.item() == CertificationItem.REPAYMENT_MECHANISM));
    }

    @Test
    void flagsTheMaterialRepaymentIncreaseWithItsDeadline() {
        ItemCheck repayment = PackageRules.check(complete(Track.ENHANCED)).stream()
                .filter(c -> c.item() == CertificationItem.REPAYMENT_MECHANISM).findFirst().orElseThrow();
        assertTrue(repayment.valid());
        assertEquals("Escrow account issued by First Bank, required amount $2,400,000; increase of $1,200,000 must be funded by 01/18/2027",
                repayment.detail());
    }

    @Test
    void signingRecordsWhoWhenWhatAndTheAmount() {
        Certification c = fresh();
        List<ItemCheck> checks = PackageRules.check(complete(Track.ENHANCED));
        LocalDateTime now = LocalDateTime.of(2026, 11, 2, 14, 30);
        c.sign(all(checks), checks, new BigDecimal("2400000"), "aco.executive", cycle, now);
        assertTrue(c.isSigned());
        assertEquals("Ana Diaz", c.getSignerName());
        assertEquals("Chief Executive Officer", c.getSignerTitle());
        assertEquals("aco.executive", c.getSignedBy());
        assertEquals(now, c.getSignedAt());
        assertEquals(EnumSet.allOf(CertificationItem.class), c.getAttestedItems());
        assertEquals(new BigDecimal("2400000"), c.getRepaymentAmount());
    }

    @Test
    void aSignedPackageCannotBeSignedAgainOrExtended() {
        Certification c = fresh();
        List<ItemCheck> checks = PackageRules.check(complete(Track.BASIC_A));
        c.sign(all(checks), checks, BigDecimal.ZERO, "aco.executive", cycle, LocalDateTime.of(2026, 11, 2, 9, 0));
        BusinessException again = assertThrows(BusinessException.class, () -> c.sign(all(checks), checks, BigDecimal.ZERO,
                "aco.executive", cycle, LocalDateTime.of(2026, 11, 3, 9, 0)));
        assertTrue(again.getMessage().contains("already signed by Ana Diaz on 11/02/2026"), again.getMessage());
        assertThrows(BusinessException.class, () -> c.grantExtension(LocalDate.of(2026, 12, 1), "late", "cms.admin", cycle,
                LocalDate.of(2026, 11, 3)));
    }

    @Test
    void everyPartMustBeAttestedExplicitly() {
        Certification c = fresh();
        List<ItemCheck> checks = PackageRules.check(complete(Track.ENHANCED));
        Signature partial = Signature.of("Ana Diaz", "CEO", Set.of(CertificationItem.PARTICIPANT_LIST));
        BusinessException e = assertThrows(BusinessException.class,
                () -> c.sign(partial, checks, BigDecimal.ONE, "aco.executive", cycle, LocalDateTime.of(2026, 11, 2, 9, 0)));
        assertTrue(e.getMessage().contains("not attested: Provider/supplier list, SNF affiliate list"), e.getMessage());
        assertTrue(e.getMessage().contains("Repayment mechanism."), e.getMessage());
        assertFalse(c.isSigned());
    }

    @Test
    void aMissingOrInvalidPartBlocksSigningAndSaysWhy() {
        PackageRules.Facts f = complete(Track.ENHANCED);
        PackageRules.Facts broken = new PackageRules.Facts(f.track(), 0, 3, 0, EnumSet.of(ContactRole.EXECUTIVE), null, false,
                null, null, f.repayment(), false);
        List<ItemCheck> checks = PackageRules.check(broken);
        List<String> problems = fresh().signingProblems(all(checks), checks, cycle, LocalDate.of(2026, 11, 2));
        assertEquals(List.of(
                "Participant list: no participant TIN is in force for the year.",
                "Compliance and data certification: no compliance plan is uploaded yet: upload it below before certifying compliance.",
                "ACO contacts and public reporting web page: missing compliance official, medical director, public reporting web address.",
                "EFT authorization: no EFT authorization (CMS-588) is on file with CMS.",
                "Repayment mechanism: no escrow, letter of credit or surety bond is on file."), problems);
    }

    @Test
    void aPartReadsCompleteOnlyWhenItsRecordIs() {
        PackageRules.Facts f = complete(Track.ENHANCED);
        List<ItemCheck> noPlan = PackageRules.check(new PackageRules.Facts(f.track(), 1, 1, 1, f.contacts(), f.publicUrl(), true,
                ComplianceRecord.RepaymentType.LETTER_OF_CREDIT, " ", f.repayment(), false));
        ItemCheck compliance = noPlan.stream().filter(c -> c.item() == CertificationItem.COMPLIANCE_AND_DATA).findFirst().orElseThrow();
        assertFalse(compliance.valid(), "no compliance plan uploaded: not complete");
        ItemCheck repayment = noPlan.stream().filter(c -> c.item() == CertificationItem.REPAYMENT_MECHANISM).findFirst().orElseThrow();
        assertFalse(repayment.valid(), "a mechanism without its issuer is not complete");
        assertEquals("the letter of credit names no issuer: enter the bank or surety that issued it.", repayment.detail());
        assertEquals(List.of("1 participant TIN in force", "1 provider or supplier in force", "1 SNF affiliate"),
                noPlan.subList(0, 3).stream().map(ItemCheck::detail).toList(), "counts in words, no \"(s)\"");
        assertEquals("3 participant TINs in force", PackageRules.check(f).get(0).detail());
    }

    @Test
    void needsTheSignersNameAndTitle() {
        List<ItemCheck> checks = PackageRules.check(complete(Track.BASIC_A));
        Signature unnamed = Signature.of(" ", null, checks.stream().map(ItemCheck::item).toList());
        assertEquals(List.of("Enter your name as the signer.", "Enter your title."),
                fresh().signingProblems(unnamed, checks, cycle, LocalDate.of(2026, 11, 2)));
    }

    @Test
    void onlyBetweenTheOpeningAndTheDeadline() {
        List<ItemCheck> checks = PackageRules.check(complete(Track.BASIC_A));
        assertEquals(List.of("The certification window for 2027 opens on 10/20/2026."),
                fresh().signingProblems(all(checks), checks, cycle, OPENS.minusDays(1)));
        assertTrue(fresh().signingProblems(all(checks), checks, cycle, OPENS).isEmpty());
        assertTrue(fresh().signingProblems(all(checks), checks, cycle, DEADLINE).isEmpty());
        assertEquals(List.of("The deadline of 11/20/2026 has passed; ask CMS for an extension."),
                fresh().signingProblems(all(checks), checks, cycle, DEADLINE.plusDays(1)));
    }

    @Test
    void anExtensionMovesThisAcosDeadlineOnly() {
        List<ItemCheck> checks = PackageRules.check(complete(Track.BASIC_A));
        Certification extended = fresh();
        extended.grantExtension(LocalDate.of(2026, 12, 15), "Executive changed in November", "cms.admin", cycle,
                LocalDate.of(2026, 11, 21));
        assertEquals(LocalDate.of(2026, 12, 15), extended.deadline(cycle));
        assertTrue(extended.signingProblems(all(checks), checks, cycle, LocalDate.of(2026, 12, 15)).isEmpty());
        assertEquals(DEADLINE, fresh().deadline(cycle));
    }

    @Test
    void anExtensionNeedsALaterDateAndAReason() {
        Certification c = fresh();
        assertThrows(BusinessException.class, () -> c.grantExtension(DEADLINE, "reason", "cms.admin", cycle, OPENS));
        assertThrows(BusinessException.class, () -> c.grantExtension(DEADLINE.plusDays(5), " ", "cms.admin", cycle, OPENS));
    }

    @Test
    void statusOnTheDashboard() {
        assertEquals(CertificationStatus.NOT_STARTED, CertificationStatus.of(false, false, DEADLINE, DEADLINE));
        assertEquals(CertificationStatus.IN_PROGRESS, CertificationStatus.of(true, false, DEADLINE, DEADLINE));
        assertEquals(CertificationStatus.OVERDUE, CertificationStatus.of(false, false, DEADLINE, DEADLINE.plusDays(1)));
        assertEquals(CertificationStatus.OVERDUE, CertificationStatus.of(true, false, DEADLINE, DEADLINE.plusDays(1)));
        assertEquals(CertificationStatus.SIGNED, CertificationStatus.of(true, true, DEADLINE, DEADLINE.plusDays(1)));
    }

    @Test
    void aWindowCannotCloseBeforeItOpens() {
        assertThrows(BusinessException.class, () -> new CertificationCycle(2027, DEADLINE, OPENS, "cms.admin", LocalDateTime.now()));
    }
}
