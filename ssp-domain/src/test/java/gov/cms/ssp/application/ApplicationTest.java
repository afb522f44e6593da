package gov.cms.ssp.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.cms.ssp.agreement.Agreement;
import gov.cms.ssp.agreement.Track;
import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.BusinessException;
import gov.cms.ssp.shared.Tin;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ApplicationTest {
    static final byte[] PDF = "%PDF-1.4\n%minimal\n".getBytes(StandardCharsets.US_ASCII);
    static final LocalDateTime IN_WINDOW = LocalDateTime.of(2026, 6, 1, 10, 0);
    private final ApplicationCycle cycle = ApplicationCycleTest.cycle2027();

    private Application draft() {
        return new Application(AcoId.of("A1001"), cycle, "Palm Beach ACO, LLC", Tin.of("900000101"), null,
                "1 Main St, West Palm Beach, FL", "aco.staff", IN_WINDOW);
    }

    static void complete(Application a, Track track) {
        a.chooseTrack(track, track.isTwoSided() ? MsrMlrChoice.ONE_PERCENT : null, AssignmentMethod.PROSPECTIVE, false, "aco.staff");
        a.describeGovernance("Ana Diaz\nSam Ortiz", "Lee Park", "Dr. Maya Shah", "aco.staff");
        a.upload(DocumentKind.COMPLIANCE_PLAN, "plan.pdf", PDF, "aco.staff", IN_WINDOW);
        a.provideRepayment(RepaymentType.LETTER_OF_CREDIT, "First Bank", new BigDecimal("500000"),
                new BigDecimal("200000000"), new BigDecimal("50000000"), "aco.staff");
        a.reportEft(EftStatus.ON_FILE, "aco.staff");
        a.attest(true, true, "aco.staff");
    }

    @Test
    void anEmptyDraftListsEveryMissingThingSectionBySection() {
        Application a = new Application(AcoId.of("A1001"), cycle, null, null, null, null, "aco.staff", IN_WINDOW);
        IncompleteApplicationException e = assertThrows(IncompleteApplicationException.class, () -> a.submit("aco.executive", IN_WINDOW));
        Set<ApplicationSection> sections = e.problems().stream().map(Problem::section).collect(Collectors.toSet());
        assertEquals(Set.of(ApplicationSection.LEGAL_ENTITY, ApplicationSection.TRACK, ApplicationSection.GOVERNANCE,
                ApplicationSection.DOCUMENTS, ApplicationSection.EFT, ApplicationSection.ATTESTATIONS), sections);
        assertTrue(e.problems().size() >= 11, e.getMessage());
        assertEquals(ApplicationStatus.DRAFT, a.getStatus());
        assertTrue(e.getMessage().contains("1. Legal entity: Enter the ACO's legal name."), e.getMessage());
    }

    @Test
    void aCompleteApplicationIsSubmittedInsideTheWindow() {
        Application a = draft();
        complete(a, Track.ENHANCED);
        assertEquals(List.of(), a.problems());
        a.submit("aco.executive", IN_WINDOW);
        assertEquals(ApplicationStatus.SUBMITTED, a.getStatus());
        assertEquals(IN_WINDOW.toLocalDate(), a.getSubmittedOn());
        assertThrows(BusinessException.class, () -> a.attest(false, false, "aco.staff"), "not editable under review");
    }

    @Test
    void aLateSubmissionIsRefusedNamingTheDeadline() {
        Application a = draft();
        complete(a, Track.ENHANCED);
        BusinessException e = assertThrows(BusinessException.class, () -> a.submit("aco.executive", LocalDateTime.of(2026, 6, 16, 0, 1)));
        assertTrue(e.getMessage().contains("closed on 06/15/2026"), e.getMessage());
    }

    @Test
    void aRepaymentMechanismBelowTheMinimumIsRefusedWithTheAmounts() {
        Application a = draft();
        complete(a, Track.BASIC_E);
        a.provideRepayment(RepaymentType.ESCROW, "First Bank", new BigDecimal("499999.99"), new BigDecimal("200000000"),
                new BigDecimal("50000000"), "aco.staff");
        List<Problem> p = a.problems();
        assertEquals(1, p.size(), p.toString());
        assertEquals("The repayment mechanism of $499,999.99 is less than the required $500,000.00.", p.get(0).message());
        a.provideRepayment(RepaymentType.ESCROW, "First Bank", new BigDecimal("500000"), new BigDecimal("200000000"),
                new BigDecimal("50000000"), "aco.staff");
        assertEquals(List.of(), a.problems());
    }

    @Test
    void oneSidedLevelsNeedNoRepaymentMechanismNorMsrChoiceButCannotAskForTheSnfWaiver() {
        Application a = draft();
        complete(a, Track.BASIC_A);
        a.provideRepayment(null, null, null, null, null, "aco.staff");
        assertEquals(List.of(), a.problems());
        a.chooseTrack(Track.BASIC_A, MsrMlrChoice.ZERO, AssignmentMethod.PROSPECTIVE, true, "aco.staff");
        assertEquals(null, a.getMsrMlr(), "one-sided levels have the variable MSR by rule, no choice");
        assertEquals("snfWaiver", a.problems().get(0).field());
    }

    @Test
    void twoSidedLevelsNeedAnMsrChoice() {
        Application a = draft();
        complete(a, Track.BASIC_C);
        a.chooseTrack(Track.BASIC_C, null, AssignmentMethod.PROSPECTIVE, true, "aco.staff");
        assertEquals(List.of("msrMlr"), a.problems().stream().map(Problem::field).toList());
        assertThrows(BusinessException.class, () -> a.chooseTrack(Track.TRACK_2, MsrMlrChoice.ZERO, AssignmentMethod.PROSPECTIVE,
                false, "aco.staff"), "old tracks are closed");
    }

    @Test
    void theAcoSeesItsOwnPeopleByNameAndEveryCmsStaffMemberOnlyAsCmsReviewer() {
        Application a = draft();
        complete(a, Track.ENHANCED);
        a.submit("aco.executive", IN_WINDOW);
        a.recordDeficiency(ApplicationSection.GOVERNANCE, "Name the medical director.", "cms.analyst");
        a.issueRfi("cms.lead", IN_WINDOW);
        assertEquals("aco.staff", a.nameForAco("aco.staff"));
        assertEquals("aco.executive", a.nameForAco("aco.executive"));
        assertEquals(Application.CMS_REVIEWER, a.nameForAco("cms.analyst"), "recorded a deficiency");
        assertEquals(Application.CMS_REVIEWER, a.nameForAco("cms.lead"), "sent the RFI");
        assertEquals(null, a.nameForAco(null));

        Application denied = draft();
        complete(denied, Track.ENHANCED);
        denied.submit("aco.executive", IN_WINDOW);
        denied.deny("Repayment mechanism not in place.", "cms.reviewer", IN_WINDOW);
        assertEquals(Application.CMS_REVIEWER, denied.nameForAco("cms.reviewer"), "decided");
        assertEquals("aco.executive", denied.nameForAco("aco.executive"));
    }

    @Test
    void theRfiCycleLocksTheLegalEntityAndNeedsEveryDeficiencyAnswered() throws Exception {
        Application a = draft();
        complete(a, Track.ENHANCED);
        a.submit("aco.executive", IN_WINDOW);
        assertThrows(BusinessException.class, () -> a.issueRfi("cms.reviewer", IN_WINDOW), "no deficiency recorded yet");
        Deficiency d = a.recordDeficiency(ApplicationSection.GOVERNANCE, "The medical director must be a board-certified physician.", "cms.reviewer");
        setId(d, 7L);
        assertEquals(List.of(), a.sentDeficiencies(), "not visible to the ACO before the RFI is sent");
        a.issueRfi("cms.reviewer", IN_WINDOW);
        assertEquals(ApplicationStatus.IN_RFI, a.getStatus());
        assertEquals(LocalDate.of(2026, 7, 31), a.getRfiDeadline());
        assertEquals("cms.reviewer", a.getReviewer());

        BusinessException locked = assertThrows(BusinessException.class,
                () -> a.editLegalEntity("Other", Tin.of("111111111"), null, "x", "aco.staff"));
        assertTrue(locked.getMessage().startsWith("Section 1 (legal entity) is locked"), locked.getMessage());

        IncompleteApplicationException unanswered = assertThrows(IncompleteApplicationException.class,
                () -> a.submit("aco.executive", IN_WINDOW));
        assertEquals(ApplicationSection.GOVERNANCE, unanswered.problems().get(0).section());

        a.describeGovernance("Ana Diaz", "Lee Park", "Dr. Maya Shah, MD (board-certified)", "aco.staff");
        a.answer(7L, "Dr. Shah is board-certified in internal medicine.", "aco.staff");
        assertThrows(BusinessException.class, () -> a.submit("aco.executive", LocalDateTime.of(2026, 8, 1, 9, 0)), "after RFI deadline");
        a.submit("aco.executive", LocalDateTime.of(2026, 7, 31, 23, 0));
        assertEquals(ApplicationStatus.RESUBMITTED, a.getStatus());
    }

    @Test
    void afterTwoRfisOnlyADecisionIsLeft() throws Exception {
        Application a = draft();
        complete(a, Track.ENHANCED);
        a.submit("aco.executive", IN_WINDOW);
        for (int round = 1; round <= 2; round++) {
            setId(a.recordDeficiency(ApplicationSection.EFT, "Form CMS-588 is unsigned.", "cms.reviewer"), (long) round);
            a.issueRfi("cms.reviewer", IN_WINDOW);
            a.answer(round, "Signed copy sent.", "aco.staff");
            a.submit("aco.executive", IN_WINDOW);
        }
        assertEquals(2, a.getRfiRound());
        assertThrows(BusinessException.class, () -> a.recordDeficiency(ApplicationSection.EFT, "again", "cms.reviewer"));
        assertThrows(BusinessException.class, () -> a.issueRfi("cms.reviewer", IN_WINDOW));
    }

    @Test
    void approvalMakesAFiveYearAgreementFromJanuaryFirstOnTheGlidePath() {
        Application a = draft();
        complete(a, Track.BASIC_A);
        a.submit("aco.executive", IN_WINDOW);
        Agreement agreement = a.approve("cms.reviewer", IN_WINDOW, 1);
        assertEquals(ApplicationStatus.APPROVED, a.getStatus());
        assertEquals(LocalDate.of(2027, 1, 1), agreement.getStartDate());
        assertEquals(5, agreement.getYears());
        assertEquals(List.of(Track.BASIC_A, Track.BASIC_B, Track.BASIC_C, Track.BASIC_D, Track.BASIC_E), agreement.getLevels());
        assertEquals(Track.BASIC_C, agreement.levelIn(2029));
        assertThrows(BusinessException.class, () -> agreement.levelIn(2032));
        assertEquals(AssignmentMethod.PROSPECTIVE, agreement.getAssignmentMethod());
        assertThrows(BusinessException.class, () -> a.deny("changed my mind", "cms.reviewer", IN_WINDOW));
    }

    @Test
    void electedFasterMovesShapeTheAgreementAndMovingBackIsRefusedWhenChosen() {
        Application a = draft();
        complete(a, Track.BASIC_A);
        BusinessException back = assertThrows(BusinessException.class, () -> a.chooseTrack(Track.BASIC_A, null,
                AssignmentMethod.PROSPECTIVE, false, java.util.Map.of(1, Track.BASIC_C, 2, Track.BASIC_B), "aco.staff"));
        assertTrue(back.getMessage().contains("not back to Basic Level B"), back.getMessage());
        a.chooseTrack(Track.BASIC_A, null, AssignmentMethod.PROSPECTIVE, false, java.util.Map.of(1, Track.BASIC_D), "aco.staff");
        assertEquals(List.of(Track.BASIC_A, Track.BASIC_D, Track.BASIC_E, Track.BASIC_E, Track.BASIC_E), a.plannedLevels());
        a.submit("aco.executive", IN_WINDOW);
        assertEquals(Track.BASIC_D, a.approve("cms.reviewer", IN_WINDOW, 1).levelIn(2028));
    }

    @Test
    void approvalIsRefusedWhileRecordedDeficienciesAreUnsent() {
        Application a = draft();
        complete(a, Track.ENHANCED);
        a.submit("aco.executive", IN_WINDOW);
        a.recordDeficiency(ApplicationSection.REPAYMENT, "The letter of credit is not irrevocable.", "cms.reviewer");
        assertThrows(BusinessException.class, () -> a.approve("cms.reviewer", IN_WINDOW, 1));
    }

    @Test
    void denialNeedsAReasonAndIsFinal() {
        Application a = draft();
        complete(a, Track.ENHANCED);
        a.submit("aco.executive", IN_WINDOW);
        assertThrows(BusinessException.class, () -> a.deny(" ", "cms.reviewer", IN_WINDOW));
        a.deny("Fewer than 5,000 assigned beneficiaries.", "cms.reviewer", IN_WINDOW);
        assertEquals(ApplicationStatus.DENIED, a.getStatus());
        assertEquals("Fewer than 5,000 assigned beneficiaries.", a.getDecisionReason());
        assertThrows(BusinessException.class, () -> a.approve("cms.reviewer", IN_WINDOW, 1));
        assertTrue(a.getHistory().size() >= 3);
    }

    @Test
    void documentsMustBePdfsOfAcceptableSize() {
        Application a = draft();
        BusinessException notPdf = assertThrows(BusinessException.class, () -> a.upload(DocumentKind.COMPLIANCE_PLAN, "plan.docx",
                "PK\u0003\u0004 word".getBytes(StandardCharsets.ISO_8859_1), "aco.staff", IN_WINDOW));
        assertEquals("'plan.docx' is not a PDF; upload documents as PDF files.", notPdf.getMessage());
        byte[] big = new byte[ApplicationDocument.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        BusinessException tooBig = assertThrows(BusinessException.class, () -> a.upload(DocumentKind.COMPLIANCE_PLAN, "plan.pdf",
                big, "aco.staff", IN_WINDOW));
        assertTrue(tooBig.getMessage().contains("at most 5 MB"), tooBig.getMessage());
        byte[] exact = new byte[ApplicationDocument.MAX_BYTES];
        System.arraycopy(PDF, 0, exact, 0, PDF.length);
        a.upload(DocumentKind.COMPLIANCE_PLAN, "plan.pdf", exact, "aco.staff", IN_WINDOW);
        a.upload(DocumentKind.COMPLIANCE_PLAN, "plan-v2.pdf", PDF, "aco.staff", IN_WINDOW);
        assertEquals(List.of("plan-v2.pdf"), a.getDocuments().stream().map(ApplicationDocument::getFileName).toList(),
                "a new compliance plan replaces the old one");
    }

    @Test
    void theApplicationOffersOnlyTheTracksTheAcoMayChooseAndSaysWhy() {
        Application a = draft();
        complete(a, Track.BASIC_A);
        assertEquals(List.of(Track.BASIC_A, Track.BASIC_B, Track.BASIC_C, Track.BASIC_D, Track.BASIC_E, Track.ENHANCED),
                a.participationOptions().open(), "inexperienced: every choice");
        a.declareExperience(true);
        // 50,000,000 of revenue against 200,000,000 of expenditures: low revenue, so BASIC E or ENHANCED
        assertEquals(List.of(Track.BASIC_E, Track.ENHANCED), a.participationOptions().open());
        assertTrue(a.problems().stream().anyMatch(p -> p.section() == ApplicationSection.TRACK
                && p.message().equals("Basic Level A is closed to this ACO: An ACO experienced with performance-based risk enters "
                + "the Basic track only at Level E.")), a.problems().toString());
        BusinessException closed = assertThrows(BusinessException.class, () -> a.chooseTrack(Track.BASIC_C, MsrMlrChoice.ZERO,
                AssignmentMethod.PROSPECTIVE, false, "aco.staff"));
        assertTrue(closed.getMessage().startsWith("Basic Level C is closed to this ACO"), closed.getMessage());
        a.provideRepayment(RepaymentType.LETTER_OF_CREDIT, "First Bank", new BigDecimal("1000000"),
                new BigDecimal("200000000"), new BigDecimal("70000000"), "aco.staff"); // 35%: high revenue
        assertEquals(List.of(Track.ENHANCED), a.participationOptions().open());
        a.chooseTrack(Track.ENHANCED, MsrMlrChoice.ONE_PERCENT, AssignmentMethod.PROSPECTIVE, false, "aco.staff");
        assertTrue(a.problems().isEmpty(), a.problems().toString());
    }

    @Test
    void aHighRevenueAcoThatHadABasicAgreementIsOfferedEnhancedOnly() {
        Application a = draft();
        complete(a, Track.ENHANCED);
        a.provideRepayment(RepaymentType.LETTER_OF_CREDIT, "First Bank", new BigDecimal("500000"),
                new BigDecimal("200000000"), new BigDecimal("90000000"), "aco.staff");
        a.knowProgramHistory(gov.cms.ssp.agreement.ParticipationOptions.Entrant.RENEWING, true);
        assertEquals(List.of(Track.ENHANCED), a.participationOptions().open());
        a.knowProgramHistory(gov.cms.ssp.agreement.ParticipationOptions.Entrant.NEW, false);
        assertEquals(6, a.participationOptions().open().size());
    }

    private static void setId(Object entity, Long id) throws Exception {
        Field f = entity.getClass().getDeclaredField("id");
        f.setAccessible(true);
        f.set(entity, id);
    }

    @Test
    void aSupervisorReopensADenialWithAReasonAndTheApplicationIsUnderReviewAgain() {
        Application a = draft();
        complete(a, Track.ENHANCED);
        a.submit("aco.executive", IN_WINDOW);
        assertThrows(BusinessException.class, () -> a.reopen("too early", "cms.admin", IN_WINDOW), "nothing decided yet");
        a.deny("Fewer than 5,000 assigned beneficiaries.", "cms.reviewer", IN_WINDOW);
        assertThrows(BusinessException.class, () -> a.reopen("  ", "cms.admin", IN_WINDOW), "a reason is required");
        assertThrows(BusinessException.class, () -> a.reopen("x".repeat(Application.MAX_REOPEN_REASON + 1), "cms.admin", IN_WINDOW));
        a.reopen("The count excluded the July additions; " + "x".repeat(400), "cms.admin", IN_WINDOW);
        assertEquals(ApplicationStatus.RESUBMITTED, a.getStatus(), "under review again");
        assertEquals("cms.reviewer", a.getReviewer(), "back in its reviewer's queue");
        assertEquals(null, a.getDecisionReason());
        assertTrue(a.getHistory().stream().anyMatch(e -> e.getDescription().startsWith("Reopened the decision: The count excluded")));
        assertEquals(Application.CMS_REVIEWER, a.nameForAco("cms.admin"), "the supervisor is CMS to the ACO");
        a.deny("Still fewer than 5,000.", "cms.reviewer", IN_WINDOW);
        assertEquals(ApplicationStatus.DENIED, a.getStatus(), "and can be decided again");
    }

    @Test
    void anApprovalIsReopenedOnlyBeforeItsAgreementStartsAndBeforeAnythingStandsOnIt() {
        Application a = draft();
        complete(a, Track.ENHANCED);
        a.submit("aco.executive", IN_WINDOW);
        a.approve("cms.reviewer", IN_WINDOW, 1);
        LocalDate start = LocalDate.of(2027, 1, 1);
        assertTrue(a.approvalReopenRefusal(start.minusDays(1), false, false).isEmpty(), "the day before the agreement starts");
        assertTrue(a.approvalReopenRefusal(start, false, false).orElseThrow().contains("started on 01/01/2027"));
        assertTrue(a.approvalReopenRefusal(start.minusDays(1), true, false).orElseThrow().contains("signed a certification"));
        assertTrue(a.approvalReopenRefusal(start.minusDays(1), false, true).orElseThrow().contains("reconciled"));
        BusinessException e = assertThrows(BusinessException.class,
                () -> a.reopen("oops", "cms.admin", start.atTime(9, 0), false, false));
        assertTrue(e.getMessage().contains("terminat"), e.getMessage());
        a.reopen("The repayment mechanism was for the wrong amount.", "cms.admin", IN_WINDOW, false, false);
        assertEquals(ApplicationStatus.RESUBMITTED, a.getStatus(), "under review again");
        assertEquals("cms.reviewer", a.getReviewer());
        assertTrue(a.approvalReopenRefusal(start, false, false).isEmpty(), "no longer an approval");
    }
}
