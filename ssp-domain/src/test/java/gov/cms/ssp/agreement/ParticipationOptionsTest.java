package gov.cms.ssp.agreement;

import static gov.cms.ssp.agreement.Track.BASIC_A;
import static gov.cms.ssp.agreement.Track.BASIC_B;
import static gov.cms.ssp.agreement.Track.BASIC_C;
import static gov.cms.ssp.agreement.Track.BASIC_D;
import static gov.cms.ssp.agreement.Track.BASIC_E;
import static gov.cms.ssp.agreement.Track.ENHANCED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.cms.ssp.agreement.ParticipationOptions.Entrant;
import gov.cms.ssp.agreement.ParticipationOptions.Facts;
import gov.cms.ssp.application.AssignmentMethod;
import gov.cms.ssp.application.MsrMlrChoice;
import gov.cms.ssp.shared.AcoId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParticipationOptionsTest {
    private static final List<Track> ALL = List.of(BASIC_A, BASIC_B, BASIC_C, BASIC_D, BASIC_E, ENHANCED);

    @Test
    void anInexperiencedAcoMayChooseAnyBasicLevelOrEnhancedWhateverItsRevenue() {
        for (Boolean low : new Boolean[] {true, false, null}) {
            assertEquals(ALL, ParticipationOptions.of(new Facts(Entrant.NEW, false, low, false)).open());
        }
    }

    @Test
    void anExperiencedLowRevenueAcoEntersBasicOnlyAtLevelE() {
        ParticipationOptions o = ParticipationOptions.of(new Facts(Entrant.NEW, true, true, false));
        assertEquals(List.of(BASIC_E, ENHANCED), o.open());
        assertEquals("An ACO experienced with performance-based risk enters the Basic track only at Level E.", o.closed().get(BASIC_A));
        assertEquals(List.of(BASIC_A, BASIC_B, BASIC_C, BASIC_D), List.copyOf(o.closed().keySet()));
    }

    @Test
    void anExperiencedHighRevenueAcoMayTakePartOnlyInEnhanced() {
        ParticipationOptions o = ParticipationOptions.of(new Facts(Entrant.RENEWING, true, false, false));
        assertEquals(List.of(ENHANCED), o.open());
        assertTrue(o.closed().get(BASIC_E).contains("only in the Enhanced track"));
        assertFalse(o.isOpen(BASIC_E));
        assertFalse(o.isOpen(Track.TRACK_1), "the old tracks are no choice");
    }

    @Test
    void aHighRevenueAcoHasOneBasicAgreementPeriod() {
        ParticipationOptions again = ParticipationOptions.of(new Facts(Entrant.RE_ENTERING, false, false, true));
        assertEquals(List.of(ENHANCED), again.open());
        assertTrue(again.closed().get(BASIC_A).contains("as a re-entering ACO that had a Basic agreement"), again.closed().get(BASIC_A));
        assertEquals(ALL, ParticipationOptions.of(new Facts(Entrant.RE_ENTERING, false, true, true)).open(), "low revenue: still open");
        assertEquals(ALL, ParticipationOptions.of(new Facts(Entrant.RENEWING, false, null, true)).open(), "revenue unknown: open until entered");
    }

    @Test
    void lowRevenueIsParticipantRevenueBelow35PercentOfExpenditures() {
        BigDecimal exp = new BigDecimal("100000000");
        assertTrue(ParticipationOptions.lowRevenue(new BigDecimal("34999999.99"), exp));
        assertFalse(ParticipationOptions.lowRevenue(new BigDecimal("35000000"), exp), "35% is high revenue");
        assertNull(ParticipationOptions.lowRevenue(null, exp));
        assertNull(ParticipationOptions.lowRevenue(BigDecimal.ONE, null));
    }

    @Test
    void theAgreementsBeforeTellNewRenewingAndReEntering() {
        AcoId aco = AcoId.of("A1234");
        Agreement first = new Agreement(aco, null, 1, LocalDate.of(2019, 7, 1), 6, BASIC_A, Map.of(), null,
                AssignmentMethod.PROSPECTIVE, "cms", LocalDate.of(2019, 6, 1)); // through 2024
        AgreementHistory h = AgreementHistory.of(List.of(first));
        assertEquals(Entrant.NEW, ParticipationOptions.entrant(AgreementHistory.none(), LocalDate.of(2025, 1, 1)));
        assertEquals(Entrant.RENEWING, ParticipationOptions.entrant(h, LocalDate.of(2025, 1, 1)), "the next year");
        assertEquals(Entrant.RENEWING, ParticipationOptions.entrant(h, LocalDate.of(2023, 1, 1)), "early renewal");
        assertEquals(Entrant.RE_ENTERING, ParticipationOptions.entrant(h, LocalDate.of(2026, 1, 1)), "after a gap");
        assertEquals(Entrant.NEW, ParticipationOptions.entrant(h, LocalDate.of(2019, 1, 1)), "only earlier agreements count");
        assertTrue(ParticipationOptions.hadBasicAgreement(h, LocalDate.of(2026, 1, 1)));
        Agreement enhanced = new Agreement(aco, null, 1, LocalDate.of(2020, 1, 1), 5, ENHANCED, Map.of(), MsrMlrChoice.ZERO,
                AssignmentMethod.PROSPECTIVE, "cms", LocalDate.of(2019, 12, 1));
        assertFalse(ParticipationOptions.hadBasicAgreement(AgreementHistory.of(List.of(enhanced)), LocalDate.of(2026, 1, 1)));
    }
}
