package gov.cms.ssp.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.cms.ssp.agreement.Track;
import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.Tin;
import java.lang.reflect.Field;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every submission leaves a receipt with a reference number and a copy of what was submitted, frozen at that moment. */
class ApplicationReceiptTest {
    private final ApplicationCycle cycle = ApplicationCycleTest.cycle2027();

    private Application submitted() throws Exception {
        Application a = new Application(AcoId.of("A1001"), cycle, "Palm Beach ACO, LLC", Tin.of("900000101"), null,
                "1 Main St, West Palm Beach, FL", "aco.staff", ApplicationTest.IN_WINDOW);
        Field id = Application.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(a, 42L);
        ApplicationTest.complete(a, Track.ENHANCED);
        a.submit("aco.executive", ApplicationTest.IN_WINDOW);
        return a;
    }

    private static String value(List<SubmittedCopy.Line> lines, String label) {
        return lines.stream().filter(l -> l.label().equals(label)).findFirst().orElseThrow(() -> new AssertionError(label)).value();
    }

    @Test
    void aSubmissionLeavesAReceiptWithItsReferenceTimeAndSubmitter() throws Exception {
        Application a = submitted();
        assertEquals(1, a.getReceipts().size());
        ApplicationReceipt r = a.getReceipts().get(0);
        assertEquals("SSP-2027-A1001-42-1", r.getReference());
        assertEquals(ApplicationTest.IN_WINDOW, r.getSubmittedAt());
        assertEquals("aco.executive", r.getSubmittedBy());
        assertEquals("Submitted the application.", r.getDescription());
    }

    @Test
    void theCopyShowsEveryAnswerInWordsAndSurvivesItsStorage() throws Exception {
        List<SubmittedCopy.Line> lines = submitted().getReceipts().get(0).submittedCopy();
        assertEquals("Palm Beach ACO, LLC", value(lines, "Legal name"));
        assertEquals("900000101", value(lines, "ACO TIN"));
        assertEquals("Enhanced", value(lines, "Track and entry level"));
        assertEquals("Ana Diaz; Sam Ortiz", value(lines, "Governing body members"), "one member per line becomes a list");
        assertEquals("$500,000.00", value(lines, "Amount"));
        assertEquals("$500,000.00", value(lines, "Required minimum"));
        assertEquals("First Bank", value(lines, "Issuer"));
        assertEquals("plan.pdf (18 bytes)", value(lines, DocumentKind.COMPLIANCE_PLAN.label()));
        assertEquals("Yes", value(lines, "The information in this application is accurate, complete and truthful"));
        assertEquals(ApplicationSection.LEGAL_ENTITY.label(), lines.get(0).section(), "in form order");
        List<SubmittedCopy.Line> withQuotes = List.of(new SubmittedCopy.Line("s", "a \"label\", with a comma", "two\nlines"));
        assertEquals(withQuotes, SubmittedCopy.decode(SubmittedCopy.encode(withQuotes)));
    }

    @Test
    void aResubmissionGetsItsOwnReceiptAndTheFirstCopyStaysAsSubmitted() throws Exception {
        Application a = submitted();
        Deficiency d = a.recordDeficiency(ApplicationSection.GOVERNANCE, "Name the medical director in full.", "cms.reviewer");
        Field id = Deficiency.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(d, 7L);
        a.issueRfi("cms.reviewer", ApplicationTest.IN_WINDOW);
        a.describeGovernance("Ana Diaz\nSam Ortiz", "Lee Park", "Dr. Maya Shah, MD", "aco.staff");
        a.answer(7L, "Dr. Maya Shah, MD.", "aco.staff");
        a.submit("aco.executive", LocalDateTime.of(2026, 7, 1, 9, 0));
        assertEquals(2, a.getReceipts().size());
        ApplicationReceipt second = a.getReceipts().get(1);
        assertEquals("SSP-2027-A1001-42-2", second.getReference());
        assertTrue(second.getDescription().contains("answers to RFI 1"), second.getDescription());
        assertEquals("Dr. Maya Shah, MD", value(second.submittedCopy(), "Medical director"));
        assertEquals("Dr. Maya Shah, MD.", value(second.submittedCopy(), "3. Governance: Name the medical director in full."));
        assertEquals("Dr. Maya Shah", value(a.getReceipts().get(0).submittedCopy(), "Medical director"), "the first copy is unchanged");
    }

    @Test
    void anRfiAnswerCarriesPdfsCheckedLikeEveryDocument() throws Exception {
        Application a = submitted();
        Deficiency d = a.recordDeficiency(ApplicationSection.GOVERNANCE, "Send the board's charter.", "cms.reviewer");
        Field id = Deficiency.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(d, 9L);
        gov.cms.ssp.shared.BusinessException early = org.junit.jupiter.api.Assertions.assertThrows(
                gov.cms.ssp.shared.BusinessException.class, () -> a.attachToAnswer(9L, "charter.pdf", ApplicationTest.PDF, "aco.staff",
                        ApplicationTest.IN_WINDOW));
        assertTrue(early.getMessage().contains("only while a request for information is open"), early.getMessage());
        a.issueRfi("cms.reviewer", ApplicationTest.IN_WINDOW);
        ApplicationDocument doc = a.attachToAnswer(9L, "../../board charter.pdf", ApplicationTest.PDF, "aco.staff", ApplicationTest.IN_WINDOW);
        assertEquals("board charter.pdf", doc.getFileName(), "only the file name, safe characters");
        assertEquals(DocumentKind.RFI_ANSWER, doc.getKind());
        gov.cms.ssp.shared.BusinessException notPdf = org.junit.jupiter.api.Assertions.assertThrows(
                gov.cms.ssp.shared.BusinessException.class, () -> a.attachToAnswer(9L, "charter.docx", "PK zip".getBytes(),
                        "aco.staff", ApplicationTest.IN_WINDOW));
        assertTrue(notPdf.getMessage().contains("is not a PDF"), notPdf.getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(gov.cms.ssp.shared.NotFoundException.class,
                () -> a.attachToAnswer(99L, "x.pdf", ApplicationTest.PDF, "aco.staff", ApplicationTest.IN_WINDOW), "not a deficiency of this RFI");
        org.junit.jupiter.api.Assertions.assertThrows(gov.cms.ssp.shared.BusinessException.class,
                () -> a.upload(DocumentKind.RFI_ANSWER, "x.pdf", ApplicationTest.PDF, "aco.staff", ApplicationTest.IN_WINDOW));
        a.attachToAnswer(9L, "minutes.pdf", ApplicationTest.PDF, "aco.staff", ApplicationTest.IN_WINDOW);
        assertEquals(2, a.getDocuments().stream().filter(x -> x.getKind() == DocumentKind.RFI_ANSWER).count(), "several per answer");
    }
}
