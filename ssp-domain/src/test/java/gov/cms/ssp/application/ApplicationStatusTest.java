package gov.cms.ssp.application;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.cms.ssp.shared.BusinessException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApplicationStatusTest {
    private static final Map<ApplicationStatus, Set<ApplicationStatus>> ALLOWED = Map.of(
            ApplicationStatus.DRAFT, EnumSet.of(ApplicationStatus.SUBMITTED),
            ApplicationStatus.SUBMITTED, EnumSet.of(ApplicationStatus.IN_RFI, ApplicationStatus.APPROVED, ApplicationStatus.DENIED),
            ApplicationStatus.IN_RFI, EnumSet.of(ApplicationStatus.RESUBMITTED),
            ApplicationStatus.RESUBMITTED, EnumSet.of(ApplicationStatus.IN_RFI, ApplicationStatus.APPROVED, ApplicationStatus.DENIED),
            ApplicationStatus.APPROVED, EnumSet.noneOf(ApplicationStatus.class),
            ApplicationStatus.DENIED, EnumSet.noneOf(ApplicationStatus.class));

    @Test
    void everyPairOfStatesIsAllowedOrRefusedExactlyAsTheCycleSays() {
        int checked = 0;
        for (ApplicationStatus from : ApplicationStatus.values()) {
            for (ApplicationStatus to : ApplicationStatus.values()) {
                boolean allowed = ALLOWED.get(from).contains(to);
                assertEquals(allowed, from.canMoveTo(to), from + " -> " + to);
                if (allowed) {
                    assertDoesNotThrow(() -> from.requireMoveTo(to));
                } else {
                    BusinessException refused = assertThrows(BusinessException.class, () -> from.requireMoveTo(to));
                    assertTrue(refused.getMessage().startsWith("This application is " + from.description()), refused.getMessage());
                }
                checked++;
            }
        }
        assertEquals(36, checked);
    }

    @Test
    void refusalsSayWhereTheApplicationStandsInWords() {
        BusinessException e = assertThrows(BusinessException.class,
                () -> ApplicationStatus.APPROVED.requireMoveTo(ApplicationStatus.IN_RFI));
        assertEquals("This application is approved; it cannot be sent a request for information now.", e.getMessage());
    }

    @Test
    void onlyDraftsAndOpenRfisAreEditableByTheAco() {
        for (ApplicationStatus s : ApplicationStatus.values()) {
            assertEquals(s == ApplicationStatus.DRAFT || s == ApplicationStatus.IN_RFI, s.editableByAco(), s.name());
        }
        assertTrue(ApplicationStatus.APPROVED.isFinal());
        assertTrue(ApplicationStatus.DENIED.isFinal());
        assertFalse(ApplicationStatus.RESUBMITTED.isFinal());
    }
}
