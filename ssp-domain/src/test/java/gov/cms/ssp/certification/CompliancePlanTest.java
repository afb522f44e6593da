package gov.cms.ssp.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.BusinessException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class CompliancePlanTest {
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private static String refusal(String name, byte[] content) {
        return assertThrows(BusinessException.class, () -> CompliancePlan.check(name, content)).getMessage();
    }

    @Test
    void acceptsAPdfAndKeepsOnlyASafeFileName() {
        CompliancePlan plan = new CompliancePlan(AcoId.of("A1001"), 2, "C:\\Users\\lee\\Compliance \"plan\" 2027.PDF", PDF,
                "aco.staff", LocalDateTime.of(2026, 11, 2, 9, 0));
        assertEquals("Compliance _plan_ 2027.PDF", plan.getFileName());
        assertEquals(PDF.length, plan.getSizeBytes());
        assertEquals(2, plan.getVersionNo());
    }

    @Test
    void refusesEmptyFiles() {
        assertTrue(refusal("plan.pdf", new byte[0]).startsWith("The file is empty"));
        assertTrue(refusal("plan.pdf", null).startsWith("The file is empty"));
    }

    @Test
    void refusesOtherTypesByNameAndByContent() {
        assertEquals("The compliance plan must be a PDF file (.pdf).", refusal("plan.docx", PDF));
        assertTrue(refusal("plan.pdf", "<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8)).contains("is not a PDF document"));
        assertTrue(refusal("plan.pdf", "%PD".getBytes(StandardCharsets.US_ASCII)).contains("is not a PDF document"));
    }

    @Test
    void refusesFilesOverTenMegabytesButAcceptsExactlyTen() {
        byte[] limit = new byte[CompliancePlan.MAX_BYTES];
        System.arraycopy(PDF, 0, limit, 0, PDF.length);
        CompliancePlan.check("plan.pdf", limit);
        byte[] over = new byte[CompliancePlan.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, over, 0, PDF.length);
        assertTrue(refusal("plan.pdf", over).contains("at most 10 MB"));
    }
}
