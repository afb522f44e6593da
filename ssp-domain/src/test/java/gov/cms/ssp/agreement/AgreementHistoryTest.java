package gov.cms.ssp.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gov.cms.ssp.application.AssignmentMethod;
import gov.cms.ssp.application.MsrMlrChoice;
import gov.cms.ssp.shared.AcoId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AgreementHistoryTest {
    private static Agreement agreement(int number, LocalDate start, int years, Track entry) {
        return new Agreement(AcoId.of("A1234"), null, number, start, years, entry, Map.of(),
                entry.isTwoSided() ? MsrMlrChoice.ZERO : null, AssignmentMethod.PROSPECTIVE, "cms", start.minusMonths(1));
    }

    @Test
    void anEarlyRenewalTakesOverFromItsFirstPy() {
        Agreement first = agreement(1, LocalDate.of(2019, 7, 1), 6, Track.BASIC_A); // through 2024
        Agreement renewal = agreement(2, LocalDate.of(2023, 1, 1), 5, Track.ENHANCED); // early renewal (425.224)
        AgreementHistory h = AgreementHistory.of(List.of(first, renewal));
        assertEquals(Optional.of(Track.BASIC_B), h.levelIn(2021));
        assertEquals(Optional.of(Track.BASIC_C), h.levelIn(2022));
        assertEquals(Optional.of(Track.ENHANCED), h.levelIn(2023));
        assertEquals(2, h.termsIn(2023).orElseThrow().agreementNumber());
        assertEquals(Optional.empty(), h.levelIn(2018));
        assertEquals(Optional.empty(), h.levelIn(2028));
        assertEquals(3, h.nextAgreementNumber());
        assertEquals(1, AgreementHistory.none().nextAgreementNumber());
    }
}
