package gov.cms.ssp.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gov.cms.ssp.application.AssignmentMethod;
import gov.cms.ssp.application.MsrMlrChoice;
import gov.cms.ssp.shared.AcoId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An approved renewal is shown as a renewal; the agreement in force stays in force until the renewal's first day. */
class GlidePathViewTest {
    private static Agreement agreement(int number, LocalDate start, int years, Track entry) {
        return new Agreement(AcoId.of("A1234"), null, number, start, years, entry, Map.of(),
                entry.isTwoSided() ? MsrMlrChoice.ZERO : null, AssignmentMethod.PROSPECTIVE, "cms", start.minusMonths(1));
    }

    private static List<String> standings(LocalDate today, Agreement... agreements) {
        AgreementHistory h = AgreementHistory.of(List.of(agreements));
        return GlidePathView.of("A1234", h, today, List.of()).agreements().stream().map(GlidePathView.AgreementPath::standing).toList();
    }

    @Test
    void aRenewalApprovedForNextYearIsARenewalAndTheCurrentAgreementStaysInForce() {
        Agreement current = agreement(1, LocalDate.of(2024, 1, 1), 5, Track.BASIC_C); // 2024–2028
        Agreement renewal = agreement(2, LocalDate.of(2027, 1, 1), 5, Track.ENHANCED); // early renewal, approved in 2026
        List<String> before = standings(LocalDate.of(2026, 12, 1), current, renewal);
        assertEquals(List.of("Renewal approved: starts 01/01/2027; the 1st agreement stays in force until then",
                "In force"), before, "newest first");
        List<String> after = standings(LocalDate.of(2027, 1, 1), current, renewal);
        assertEquals(List.of("In force", "Ended early: replaced by the renewal from 01/01/2027"), after);
    }

    @Test
    void aFirstAgreementNotStartedYetAndAnEndedOne() {
        assertEquals(List.of("Approved: starts 01/01/2027"), standings(LocalDate.of(2026, 12, 31),
                agreement(1, LocalDate.of(2027, 1, 1), 5, Track.BASIC_A)));
        assertEquals(List.of("Ended 12/31/2023"), standings(LocalDate.of(2026, 12, 1),
                agreement(1, LocalDate.of(2019, 1, 1), 5, Track.BASIC_A)));
    }
}
