package gov.cms.ssp.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.cms.ssp.participant.Disposition;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldLabelsTest {
    @Test
    void camelCaseFieldsReadAsEnglishWithTheProgramsAbbreviations() {
        assertEquals("Termination date", FieldLabels.label("terminationDate"));
        assertEquals("Star rating", FieldLabels.label("starRating"));
        assertEquals("ACO ID", FieldLabels.label("acoId"));
        assertEquals("Billing TIN", FieldLabels.label("billingTin"));
        assertEquals("RFI 1 deadline", FieldLabels.label("rfi1Deadline"));
        assertEquals("NOIA closes", FieldLabels.label("noiaCloses"));
        assertEquals("Performance year", FieldLabels.label("py"));
    }

    @Test
    void versionCountersAndLastChangedStampsAreBookkeepingNotChanges() {
        assertTrue(FieldLabels.isBookkeeping("version"));
        assertTrue(FieldLabels.isBookkeeping("lastChangedAt"));
        assertFalse(FieldLabels.isBookkeeping("deadline"));
    }

    @Test
    void valuesAreWrittenForPeople() {
        assertEquals("11/01/2027", AuditValues.format(LocalDate.of(2027, 11, 1)));
        assertEquals("Yes", AuditValues.format(Boolean.TRUE));
        assertEquals("(none)", AuditValues.format(null));
        assertEquals("0.035", AuditValues.format(new BigDecimal("0.0350")));
        assertEquals(Disposition.ACCEPTED.label(), AuditValues.format(Disposition.ACCEPTED));
        assertEquals(200, AuditValues.format("x".repeat(500)).length(), "long text is cut");
    }

    @Test
    void anEventKeepsItsChangesLineByLineEvenWithTabsInTheValues() {
        AuditEvent e = new AuditEvent(java.time.Instant.EPOCH, "cms.admin", null, "Change-request window", "PY2027",
                "changed", List.of(new FieldChange("Opens on", "06/01/2027", "06/15/2027"),
                        new FieldChange("Note", "a\tb", "c\nd")));
        assertEquals(List.of(new FieldChange("Opens on", "06/01/2027", "06/15/2027"), new FieldChange("Note", "a b", "c d")),
                e.changes());
    }
}
