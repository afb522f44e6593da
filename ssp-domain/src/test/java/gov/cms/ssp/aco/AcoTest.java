package gov.cms.ssp.aco;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.cms.ssp.agreement.Track;
import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.Tin;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AcoTest {
    private final Aco aco = new Aco(AcoId.of("A1001"), "Palm Beach ACO, LLC", Tin.of("123456789"));

    @Test
    void oneContactPerRoleIsKeptAndReassigningReplacesThePerson() {
        AcoContact first = aco.assignContact(ContactRole.EXECUTIVE, " Ana Diaz ", "CEO", "ana@pbaco.org", "561-555-0100");
        AcoContact second = aco.assignContact(ContactRole.EXECUTIVE, "Ben Cole", "President", "ben@pbaco.org", null);

        assertSame(first, second);
        assertEquals(1, aco.getContacts().size());
        assertEquals("Ben Cole", aco.contact(ContactRole.EXECUTIVE).orElseThrow().getName());
    }

    @Test
    void contactNamesAreTrimmed() {
        aco.assignContact(ContactRole.PRIMARY_CONTACT, "  Ana Diaz ", null, " ana@pbaco.org ", null);
        AcoContact c = aco.contact(ContactRole.PRIMARY_CONTACT).orElseThrow();
        assertEquals("Ana Diaz", c.getName());
        assertEquals("ana@pbaco.org", c.getEmail());
    }

    @Test
    void contactsCannotBeChangedBehindTheAggregatesBack() {
        assertThrows(UnsupportedOperationException.class, () -> aco.getContacts().clear());
    }

    @Test
    void enteringAnAgreementRecordsTrackAndStart() {
        aco.enterAgreement(Track.BASIC_C, LocalDate.of(2024, 1, 1), 1);
        assertEquals(Track.BASIC_C, aco.getTrack());
        assertTrue(aco.getTrack().isTwoSided());
    }

    @Test
    void advancedApmClassificationFollowsTheLevel() {
        assertTrue(Track.BASIC_E.isAdvancedApm());
        assertTrue(Track.ENHANCED.isAdvancedApm());
        assertEquals(false, Track.BASIC_D.isAdvancedApm());
    }
}
