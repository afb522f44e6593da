package gov.cms.ssp.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.cms.ssp.agreement.Track;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LookupRulesTest {

    @ParameterizedTest
    @EnumSource(value = Track.class, names = {"BASIC_E", "ENHANCED", "TRACK_1_PLUS", "TRACK_2", "TRACK_3"})
    void levelEEnhancedAndTheOldTwoSidedTracksAreAdvancedApms(Track track) {
        assertEquals(ApmClassification.ADVANCED_APM, ApmClassification.of(track));
    }

    @ParameterizedTest
    @EnumSource(value = Track.class, names = {"BASIC_A", "BASIC_B", "BASIC_C", "BASIC_D", "TRACK_1"})
    void levelsAToDAndTrack1AreMipsApms(Track track) {
        assertEquals(ApmClassification.MIPS_APM, ApmClassification.of(track));
    }

    @Test
    void batchTakesLinesCommasAndSpacesAndDropsRepeats() {
        NpiBatch batch = NpiBatch.parse("1234567893\n1000001002, 1000001010;1234567893  \n\n");
        assertEquals(List.of("1234567893", "1000001002", "1000001010"),
                batch.entries().stream().map(NpiBatch.Entry::raw).toList());
        assertTrue(batch.entries().stream().allMatch(NpiBatch.Entry::valid));
    }

    @Test
    void invalidNpisAreReportedOneByOneWithoutFailingTheOthers() {
        NpiBatch batch = NpiBatch.parse("1234567893 123 1234567890 12345x7893");
        assertEquals(1, batch.validNpis().size());
        assertTrue(batch.entries().get(1).problem().contains("10 digits"));
        assertTrue(batch.entries().get(2).problem().contains("check digit"));
        assertTrue(batch.entries().get(3).problem().contains("10 digits"));
    }

    @Test
    void aHundredNpisAreAcceptedAndAHundredAndOneRefused() {
        List<String> hundred = IntStream.range(0, 100).mapToObj(i -> String.format("%010d", i)).toList();
        assertEquals(100, NpiBatch.of(hundred).entries().size());
        List<String> more = IntStream.range(0, 101).mapToObj(i -> String.format("%010d", i)).toList();
        NpiBatch.TooManyNpisException e = assertThrows(NpiBatch.TooManyNpisException.class, () -> NpiBatch.of(more));
        assertTrue(e.getMessage().contains("at most 100"), e.getMessage());
    }

    @Test
    void repeatsDoNotCountTowardsTheLimit() {
        assertEquals(1, NpiBatch.of(Collections.nCopies(150, "1234567893")).entries().size());
    }

    @Test
    void emptyInputIsAnEmptyBatch() {
        assertTrue(NpiBatch.parse("  \n ").isEmpty());
        assertTrue(NpiBatch.parse(null).isEmpty());
    }

    private static ListedParticipation listing(LocalDate from, LocalDate to, Integer signedFor) {
        return new ListedParticipation("1234567893", "A1001", "Palm Beach ACO", Track.ENHANCED, "900100101",
                "Palm Beach Family Medicine LLC", from, to, signedFor);
    }

    private static List<Integer> pys(List<ListedParticipation.YearlyParticipation> years) {
        return years.stream().map(ListedParticipation.YearlyParticipation::performanceYear).toList();
    }

    @Test
    void anOpenListingIsActiveEveryYearFromItsStartToTheLastPublishedYear() {
        var years = listing(LocalDate.of(2024, 7, 1), null, null).years(2026, Set.of());
        assertEquals(List.of(2024, 2025, 2026), pys(years));
        assertTrue(years.stream().allMatch(y -> y.status() == ParticipationStatus.ACTIVE));
        assertEquals(ApmClassification.ADVANCED_APM, years.get(0).classification());
        assertEquals(List.of(2024, 2025, 2026, 2027), pys(listing(LocalDate.of(2024, 7, 1), null, null).years(2027, Set.of())));
    }

    @Test
    void aListingIsTerminatedInTheYearItEndsAndAbsentAfter() {
        var years = listing(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 3, 31), null).years(2026, Set.of());
        assertEquals(List.of(2024, 2025), pys(years));
        assertEquals(ParticipationStatus.ACTIVE, years.get(0).status());
        assertEquals(ParticipationStatus.TERMINATED, years.get(1).status());
    }

    @Test
    void aTerminationBeyondTheLastPublishedYearShowsNoLaterYears() {
        var years = listing(LocalDate.of(2025, 1, 1), LocalDate.of(2030, 12, 31), null).years(2026, Set.of());
        assertEquals(List.of(2025, 2026), pys(years));
        assertTrue(years.stream().allMatch(y -> y.status() == ParticipationStatus.ACTIVE));
    }

    @Test
    void aFutureListingCoversItsFirstYearEvenAfterTheLastPublishedYear() {
        assertEquals(List.of(2027), pys(listing(LocalDate.of(2027, 1, 1), null, null).years(2026, Set.of())));
    }

    @Test
    void theLiveListDoesNotAnswerForAYearTheAcoSigned() {
        var years = listing(LocalDate.of(2025, 1, 1), null, null).years(2027, Set.of(2027));
        assertEquals(List.of(2025, 2026), pys(years));
    }

    @Test
    void aSignedEntryCoversExactlyTheYearItWasSignedFor() {
        var open = listing(LocalDate.of(2025, 1, 1), null, 2027).years(2027, Set.of(2027));
        assertEquals(List.of(2027), pys(open));
        assertEquals(ParticipationStatus.ACTIVE, open.get(0).status());
        var ending = listing(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 6, 30), 2027).years(2026, Set.of(2027));
        assertEquals(List.of(2027), pys(ending));
        assertEquals(ParticipationStatus.TERMINATED, ending.get(0).status());
    }

    @Test
    void theLookupReachesAPyOnceItsCertificationWindowHasOpened() {
        LocalDate today = LocalDate.of(2026, 11, 1);
        assertEquals(2026, PublishedYears.last(today, Map.of()));
        assertEquals(2026, PublishedYears.last(today, Map.of(2027, LocalDate.of(2026, 11, 2))));
        assertEquals(2027, PublishedYears.last(today, Map.of(2027, today)));
        assertEquals(2026, PublishedYears.last(today, Map.of(2025, LocalDate.of(2024, 10, 1))));
    }

    @Test
    void anAcoWithoutATrackHasNoClassification() {
        var l = new ListedParticipation("1234567893", "A9999", "New ACO", null, "900100101", null,
                LocalDate.of(2026, 1, 1), null, null);
        assertNull(l.years(2026, Set.of()).get(0).classification());
        assertFalse(l.years(2026, Set.of()).isEmpty());
    }
}
