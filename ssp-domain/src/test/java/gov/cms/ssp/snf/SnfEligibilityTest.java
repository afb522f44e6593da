package gov.cms.ssp.snf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.cms.ssp.agreement.Track;
import gov.cms.ssp.shared.Ccn;
import gov.cms.ssp.shared.InvalidIdentifierException;
import org.junit.jupiter.api.Test;

class SnfEligibilityTest {
    @Test
    void starRatingOfThreeOrMoreOnAWaiverTrackPasses() {
        assertTrue(SnfEligibility.problems(Track.ENHANCED, 3).isEmpty());
        assertTrue(SnfEligibility.problems(Track.BASIC_C, 5).isEmpty());
    }

    @Test
    void starRatingBelowThreeIsFlagged() {
        assertTrue(SnfEligibility.problems(Track.BASIC_E, 2).get(0).contains("3 stars or more"));
    }

    @Test
    void tracksWithoutTheWaiverCannotHaveAnSnfList() {
        assertEquals(1, SnfEligibility.problems(Track.BASIC_A, 4).size());
        assertTrue(SnfEligibility.problems(Track.BASIC_B, 4).get(0).contains("cannot have SNF affiliates"));
    }

    @Test
    void ccnMustBeSixDigitsInTheSnfRange() {
        assertEquals("105001", Ccn.of(" 105001 ").value());
        assertEquals("366499", Ccn.of("366499").value());
        assertThrows(InvalidIdentifierException.class, () -> Ccn.of("10500"));
        assertTrue(assertThrows(InvalidIdentifierException.class, () -> Ccn.of("100001")).getMessage().contains("5000–6499"));
    }
}
