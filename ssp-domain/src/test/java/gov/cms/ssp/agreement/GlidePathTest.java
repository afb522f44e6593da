package gov.cms.ssp.agreement;

import static gov.cms.ssp.agreement.Track.BASIC_A;
import static gov.cms.ssp.agreement.Track.BASIC_B;
import static gov.cms.ssp.agreement.Track.BASIC_C;
import static gov.cms.ssp.agreement.Track.BASIC_D;
import static gov.cms.ssp.agreement.Track.BASIC_E;
import static gov.cms.ssp.agreement.Track.ENHANCED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.cms.ssp.shared.BusinessException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GlidePathTest {
    @Test
    void levelAAdvancesOneLevelEachYearToE() {
        assertEquals(List.of(BASIC_A, BASIC_B, BASIC_C, BASIC_D, BASIC_E), GlidePath.levels(BASIC_A, 5));
    }

    @Test
    void levelEIsTheEndOfThePathAndStays() {
        assertEquals(List.of(BASIC_C, BASIC_D, BASIC_E, BASIC_E, BASIC_E), GlidePath.levels(BASIC_C, 5));
        assertEquals(List.of(BASIC_E, BASIC_E, BASIC_E, BASIC_E, BASIC_E), GlidePath.levels(BASIC_E, 5));
        assertEquals(List.of(BASIC_B, BASIC_C, BASIC_D, BASIC_E, BASIC_E, BASIC_E), GlidePath.levels(BASIC_B, 6));
    }

    @Test
    void enhancedStaysEnhanced() {
        assertEquals(List.of(ENHANCED, ENHANCED, ENHANCED, ENHANCED, ENHANCED), GlidePath.levels(ENHANCED, 5));
    }

    @Test
    void anAcoMayElectToMoveUpFasterAndThePathContinuesFromThere() {
        assertEquals(List.of(BASIC_A, BASIC_D, BASIC_E, BASIC_E, BASIC_E), GlidePath.levels(BASIC_A, 5, Map.of(1, BASIC_D)));
        // electing the level the path reaches anyway changes nothing
        assertEquals(GlidePath.levels(BASIC_A, 5), GlidePath.levels(BASIC_A, 5, Map.of(1, BASIC_B)));
    }

    @Test
    void movingBackIsRefusedInWords() {
        BusinessException e = assertThrows(BusinessException.class, () -> GlidePath.levels(BASIC_A, 5, Map.of(2, BASIC_B)));
        assertEquals("In performance year 3 the ACO is at Basic Level C; it may move up faster but not back to Basic Level B.", e.getMessage());
        assertThrows(BusinessException.class, () -> GlidePath.levels(ENHANCED, 5, Map.of(1, BASIC_E)));
    }

    @Test
    void basicReachesEnhancedOnlyByRenewingEarly() {
        BusinessException e = assertThrows(BusinessException.class, () -> GlidePath.levels(BASIC_A, 5, Map.of(2, ENHANCED)));
        assertTrue(e.getMessage().contains("only by renewing early"), e.getMessage());
        assertTrue(e.getMessage().contains("425.224"), e.getMessage());
    }

    @Test
    void oldTracksAreClosedToNewAgreements() {
        for (Track t : List.of(Track.TRACK_1, Track.TRACK_1_PLUS, Track.TRACK_2, Track.TRACK_3)) {
            assertFalse(GlidePath.availableForNewAgreements(t));
            assertThrows(BusinessException.class, () -> GlidePath.levels(t, 5));
        }
    }

    @Test
    void snfWaiverIsForLevelsCToEAndEnhancedOnly() {
        assertFalse(GlidePath.snfWaiverAllowed(BASIC_A));
        assertFalse(GlidePath.snfWaiverAllowed(BASIC_B));
        assertTrue(GlidePath.snfWaiverAllowed(BASIC_C));
        assertTrue(GlidePath.snfWaiverAllowed(BASIC_E));
        assertTrue(GlidePath.snfWaiverAllowed(ENHANCED));
    }
}
