package gov.cms.ssp.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.BusinessException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An internal note: words, bounded, about the ACO or one of its records. */
class InternalNoteTest {
    private static final AcoId ACO = AcoId.of("A1001");
    private static final Instant NOW = Instant.parse("2026-12-01T15:00:00Z");

    @Test
    void aNoteOnTheAcoIsStrippedAndNamesNoRecord() {
        InternalNote n = InternalNote.write(ACO, null, 42L, "  Called the executive about the RFI.  ", "cms.reviewer", NOW);
        assertEquals("Called the executive about the RFI.", n.getText());
        assertEquals(NoteSubject.ACO, n.getSubject());
        assertNull(n.getSubjectId(), "a note on the ACO names no record");
        assertEquals("The ACO", n.subjectLabel());
    }

    @Test
    void aNoteOnAnApplicationNamesIt() {
        InternalNote n = InternalNote.write(ACO, NoteSubject.APPLICATION, 12L, "Repayment letter looks forged", "cms.reviewer", NOW);
        assertEquals("Application 12", n.subjectLabel());
        BusinessException e = assertThrows(BusinessException.class,
                () -> InternalNote.write(ACO, NoteSubject.CHANGE_REQUEST, null, "text", "cms.reviewer", NOW));
        assertTrue(e.getMessage().contains("change request"), e.getMessage());
    }

    @Test
    void theLengthIsBoundedAtItsEdge() {
        assertEquals(InternalNote.MAX_LENGTH,
                InternalNote.write(ACO, NoteSubject.ACO, null, "x".repeat(InternalNote.MAX_LENGTH), "u", NOW).getText().length());
        BusinessException e = assertThrows(BusinessException.class,
                () -> InternalNote.write(ACO, NoteSubject.ACO, null, "x".repeat(InternalNote.MAX_LENGTH + 1), "u", NOW));
        assertTrue(e.getMessage().contains("at most 2,000 characters; this one has 2,001"), e.getMessage());
    }

    @Test
    void aBlankNoteIsRefused() {
        assertThrows(BusinessException.class, () -> InternalNote.write(ACO, NoteSubject.ACO, null, "   ", "u", NOW));
        assertThrows(BusinessException.class, () -> InternalNote.write(ACO, NoteSubject.ACO, null, null, "u", NOW));
    }
}
