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

    private static ListedParticipation listing(LocalDate from, LocalDate to, Integer pending) {
        return new ListedParticipation("1234567893", "A1001", "Palm Beach ACO", Track.ENHANCED, "900100101",
                "Palm Beach Family Medicine LLC", from, to, pending);
    }

    @Test
    void anOpenListingIsActiveEveryYearFromItsStartToTheCurrentYear() {
        var years = listing(LocalDate.of(2024, 7, 1), null, null).years(2026);
        assertEquals(List.of(2024, 2025, 2026), years.stream().map(y -> y.performanceYear()).toList());
        assertTrue(years.stream().allMatch(y -> y.status() == ParticipationStatus.ACTIVE));
        assertEquals(ApmClassification.ADVANCED_APM, years.get(0).classification());
    }

    @Test
    void aListingIsTerminatedInTheYearItEndsAndAbsentAfter() {
        var years = listing(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 3, 31), null).years(2026);
        assertEquals(2, years.size());
        assertEquals(ParticipationStatus.ACTIVE, years.get(0).status());
        assertEquals(ParticipationStatus.TERMINATED, years.get(1).status());
    }

    @Test
    void aFutureListingCoversItsFirstYearEvenAfterTheCurrentYear() {
        var years = listing(LocalDate.of(2027, 1, 1), null, null).years(2026);
        assertEquals(List.of(2027), years.stream().map(y -> y.performanceYear()).toList());
    }

    @Test
    void aPendingAdditionCoversOnlyThePerformanceYearItAsksFor() {
        var years = listing(LocalDate.of(2027, 1, 1), null, 2027).years(2026);
        assertEquals(1, years.size());
        assertEquals(ParticipationStatus.PENDING, years.get(0).status());
        assertEquals(2027, years.get(0).performanceYear());
    }

    @Test
    void anAcoWithoutATrackHasNoClassification() {
        var l = new ListedParticipation("1234567893", "A9999", "New ACO", null, "900100101", null,
                LocalDate.of(2026, 1, 1), null, null);
        assertNull(l.years(2026).get(0).classification());
        assertFalse(l.years(2026).isEmpty());
    }
}
