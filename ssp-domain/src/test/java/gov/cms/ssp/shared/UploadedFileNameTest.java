package gov.cms.ssp.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UploadedFileNameTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "plan.pdf|plan.pdf",
            "C:\\Users\\ana\\Compliance plan.pdf|Compliance plan.pdf",
            "../../etc/passwd|passwd",
            "..\\..\\windows\\win.ini|win.ini",
            "a\"b;c:d.pdf|a_b_c_d.pdf",
            "plan<b>.pdf|plan_b_.pdf",
            "résumé.pdf|r_sum_.pdf"})
    void onlyTheLastSegmentInPlainCharactersIsKept(String raw, String kept) {
        assertEquals(kept, UploadedFileName.of(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "/", "dir/", "..", "C:\\temp\\"})
    void aMissingOrEmptyNameIsRefusedInWords(String raw) {
        BusinessException e = assertThrows(BusinessException.class, () -> UploadedFileName.of(raw));
        assertTrue(e.getMessage().contains("name"), e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void lineBreaksCannotSplitTheDownloadHeader() {
        assertEquals("x.pdf__Set-Cookie_ a_b.pdf", UploadedFileName.of("x.pdf\r\nSet-Cookie: a=b.pdf"));
    }

    @org.junit.jupiter.api.Test
    void aNullNameIsRefusedAndTwoHundredCharactersIsTheEdge() {
        assertThrows(BusinessException.class, () -> UploadedFileName.of(null));
        String at = "a".repeat(196) + ".pdf";
        assertEquals(at, UploadedFileName.of(at));
        BusinessException over = assertThrows(BusinessException.class, () -> UploadedFileName.of("a" + at));
        assertTrue(over.getMessage().contains("201 characters") && over.getMessage().contains("at most 200"), over.getMessage());
    }
}
