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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.cms.ssp.application.AssignmentMethod;
import gov.cms.ssp.application.MsrMlrChoice;
import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.BusinessException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AgreementTest {
    private static final AcoId ACO = AcoId.of("A1234");

    private static Agreement agreement(LocalDate start, int years, Track entry) {
        return new Agreement(ACO, null, 1, start, years, entry, Map.of(),
                entry.isTwoSided() ? MsrMlrChoice.ONE_PERCENT : null, AssignmentMethod.PROSPECTIVE, "cms.reviewer", start.minusMonths(1));
    }

    private static Agreement january(int year, Track entry) {
        return agreement(LocalDate.of(year, 1, 1), 5, entry);
    }

    private static List<Track> path(Agreement a) {
        return java.util.stream.IntStream.rangeClosed(a.firstPerformanceYear(), a.lastPerformanceYear()).mapToObj(a::levelIn).toList();
    }

    @Test
    void theLevelOfEachPyAdvancesOneStepAFromTheEntryLevel() {
        Agreement a = january(2026, BASIC_A);
        assertEquals(List.of(BASIC_A, BASIC_B, BASIC_C, BASIC_D, BASIC_E), path(a));
        assertEquals(2026, a.firstPerformanceYear());
        assertEquals(2030, a.lastPerformanceYear());
        BusinessException outside = assertThrows(BusinessException.class, () -> a.levelIn(2031));
        assertEquals("PY2031 is outside this agreement (PY2026–PY2030).", outside.getMessage());
        assertThrows(BusinessException.class, () -> a.levelIn(2025));
    }

    @Test
    void julyFirst2019StartsHaveASixMonthFirstPyThatSharesItsStepWith2020() {
        Agreement a = agreement(LocalDate.of(2019, 7, 1), 6, BASIC_A);
        assertEquals(List.of(BASIC_A, BASIC_A, BASIC_B, BASIC_C, BASIC_D, BASIC_E), path(a));
        AgreementTerms first = a.termsIn(2019);
        assertEquals(LocalDate.of(2019, 7, 1), first.startsOn());
        assertEquals(LocalDate.of(2019, 12, 31), first.endsOn());
        assertTrue(first.isSixMonthPeriod());
        assertEquals(LocalDate.of(2020, 1, 1), a.termsIn(2020).startsOn());
        assertFalse(a.termsIn(2020).isSixMonthPeriod());
        assertEquals(2024, a.lastPerformanceYear(), "five years and six months: through 12/31/2024");
    }

    @Test
    void julyStartsOnlyIn2019AndNoOtherDay() {
        assertThrows(BusinessException.class, () -> agreement(LocalDate.of(2020, 7, 1), 6, BASIC_A));
        assertThrows(BusinessException.class, () -> agreement(LocalDate.of(2026, 4, 1), 5, BASIC_A));
        assertThrows(BusinessException.class, () -> agreement(LocalDate.of(2026, 1, 2), 5, BASIC_A));
        BusinessException shortJuly = assertThrows(BusinessException.class, () -> agreement(LocalDate.of(2019, 7, 1), 5, BASIC_A));
        assertTrue(shortJuly.getMessage().contains("five years and six months"), shortJuly.getMessage());
        assertThrows(BusinessException.class, () -> agreement(LocalDate.of(2026, 1, 1), 4, BASIC_A));
    }

    @Test
    void anElectionMovesUpFasterAndThePathContinuesFromThere() {
        Agreement a = january(2026, BASIC_A);
        a.elect(2027, LevelChoice.moveUpTo(BASIC_D), null, "ana.diaz", LocalDate.of(2026, 7, 1));
        assertEquals(List.of(BASIC_A, BASIC_D, BASIC_E, BASIC_E, BASIC_E), path(a));
        assertEquals(1, a.getElections().size());
        assertEquals("ana.diaz", a.getElections().get(0).getElectedBy());
        // taken back within the window: automatic advancement again
        a.elect(2027, null, null, "ana.diaz", LocalDate.of(2026, 7, 2));
        assertEquals(List.of(BASIC_A, BASIC_B, BASIC_C, BASIC_D, BASIC_E), path(a));
        assertTrue(a.getElections().isEmpty());
    }

    @Test
    void electionsAreForPysNotYetBegunAndNotTheFirst() {
        Agreement a = january(2026, BASIC_A);
        BusinessException begun = assertThrows(BusinessException.class,
                () -> a.elect(2027, LevelChoice.moveUpTo(BASIC_D), null, "x", LocalDate.of(2027, 1, 1)));
        assertEquals("PY2027 has begun; elections are made before the performance year starts.", begun.getMessage());
        a.elect(2027, LevelChoice.moveUpTo(BASIC_D), null, "x", LocalDate.of(2026, 12, 31)); // the last day before
        assertThrows(BusinessException.class, () -> a.elect(2026, LevelChoice.moveUpTo(BASIC_B), null, "x", LocalDate.of(2025, 7, 1)));
        assertThrows(BusinessException.class, () -> a.elect(2031, LevelChoice.moveUpTo(BASIC_E), null, "x", LocalDate.of(2026, 7, 1)));
    }

    @Test
    void aStayIsOfferedForPy2021OnlyAndThenThePathCatchesUp() {
        Agreement a = january(2020, BASIC_A);
        a.elect(2021, LevelChoice.stay(), null, "x", LocalDate.of(2020, 9, 1));
        // 2021 stays at A; 2022 is where automatic advancement would have been: Level C
        assertEquals(List.of(BASIC_A, BASIC_A, BASIC_C, BASIC_D, BASIC_E), path(a));
        Agreement b = january(2020, BASIC_A);
        BusinessException e = assertThrows(BusinessException.class, () -> b.elect(2022, LevelChoice.stay(), null, "x", LocalDate.of(2021, 9, 1)));
        assertTrue(e.getMessage().startsWith("An ACO could elect to stay at its level only for PY2021"), e.getMessage());
    }

    @Test
    void aJuly2019LevelBEntrantStayingIn2021() {
        Agreement a = agreement(LocalDate.of(2019, 7, 1), 6, BASIC_B);
        a.elect(2021, LevelChoice.stay(), null, "x", LocalDate.of(2020, 9, 1));
        assertEquals(List.of(BASIC_B, BASIC_B, BASIC_B, BASIC_D, BASIC_E, BASIC_E), path(a));
    }

    @Test
    void movingBackAndMovingToEnhancedAreRefused() {
        Agreement a = january(2026, BASIC_B);
        BusinessException back = assertThrows(BusinessException.class,
                () -> a.elect(2028, LevelChoice.moveUpTo(BASIC_C), null, "x", LocalDate.of(2026, 7, 1)));
        assertEquals("In PY2028 the ACO is at Basic Level D; it may move up faster but not back to Basic Level C.", back.getMessage());
        BusinessException enhanced = assertThrows(BusinessException.class,
                () -> a.elect(2027, LevelChoice.moveUpTo(ENHANCED), null, "x", LocalDate.of(2026, 7, 1)));
        assertTrue(enhanced.getMessage().contains("renewing early"), enhanced.getMessage());
        assertEquals(List.of(BASIC_B, BASIC_C, BASIC_D, BASIC_E, BASIC_E), path(a), "a refused election changes nothing");
        Agreement en = january(2026, ENHANCED);
        assertThrows(BusinessException.class, () -> en.elect(2027, LevelChoice.moveUpTo(BASIC_E), null, "x", LocalDate.of(2026, 7, 1)));
        assertEquals(List.of(ENHANCED, ENHANCED, ENHANCED, ENHANCED, ENHANCED), path(en));
    }

    @Test
    void theMsrMlrIsChosenWhenTheAcoFirstEntersTwoSidedRisk() {
        Agreement a = january(2026, BASIC_A);
        assertNull(a.termsIn(2027).msrMlr());
        assertEquals(Optional.of(2028), a.firstTwoSidedYear(), "a Level A entrant reaches Level C in its third PY");
        assertFalse(a.msrMlrDueFor(2027));
        assertTrue(a.msrMlrDueFor(2028));
        BusinessException early = assertThrows(BusinessException.class, () -> a.chooseMsrMlr(MsrMlrChoice.ZERO, 2027));
        assertTrue(early.getMessage().contains("one-sided"), early.getMessage());
        a.chooseMsrMlr(MsrMlrChoice.HALF_PERCENT, 2028);
        assertEquals(MsrMlrChoice.HALF_PERCENT, a.termsIn(2028).msrMlr());
        assertNull(a.termsIn(2027).msrMlr(), "one-sided PYs have no MLR");
        assertFalse(a.msrMlrDueFor(2028));
        assertThrows(BusinessException.class, () -> a.chooseMsrMlr(MsrMlrChoice.ZERO, 2029), "chosen once for the agreement");
    }

    @Test
    void theAssignmentMethodMayChangeBeforeEachPy() {
        Agreement a = january(2026, BASIC_C);
        a.elect(2028, null, AssignmentMethod.PRELIMINARY_PROSPECTIVE, "x", LocalDate.of(2027, 7, 1));
        assertEquals(AssignmentMethod.PROSPECTIVE, a.termsIn(2027).assignmentMethod());
        assertEquals(AssignmentMethod.PRELIMINARY_PROSPECTIVE, a.termsIn(2028).assignmentMethod());
        assertEquals(AssignmentMethod.PRELIMINARY_PROSPECTIVE, a.termsIn(2030).assignmentMethod());
        assertEquals(List.of(BASIC_C, BASIC_D, BASIC_E, BASIC_E, BASIC_E), path(a), "the level is untouched");
    }

    @Test
    void twoSidedTermsNeedTheRepaymentMechanismAndOpenTheSnfWaiver() {
        Agreement a = january(2026, BASIC_A);
        assertFalse(a.termsIn(2027).needsRepaymentMechanism());
        assertFalse(a.termsIn(2027).allowsSnfWaiver());
        assertTrue(a.termsIn(2028).needsRepaymentMechanism(), "Level C is two-sided");
        assertTrue(a.termsIn(2028).allowsSnfWaiver());
    }

    @Test
    void aPathRecordedBeforeElectionsWereKeptIsReadBackAsElections() {
        GlidePathRules rules = GlidePathRules.standard();
        assertEquals(Map.of(2027, LevelChoice.moveUpTo(BASIC_D)),
                GlidePath.electionsIn(List.of(BASIC_A, BASIC_D, BASIC_E, BASIC_E, BASIC_E), LocalDate.of(2026, 1, 1), rules));
        assertEquals(Map.of(2021, LevelChoice.stay()),
                GlidePath.electionsIn(List.of(BASIC_A, BASIC_A, BASIC_C, BASIC_D, BASIC_E), LocalDate.of(2020, 1, 1), rules));
        assertEquals(Map.of(), GlidePath.electionsIn(List.of(BASIC_A, BASIC_A, BASIC_B, BASIC_C, BASIC_D, BASIC_E),
                LocalDate.of(2019, 7, 1), rules));
    }
}
