package gov.cms.ssp.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import gov.cms.ssp.agreement.Track;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The cache's rules of forgetting, without a container (the transaction end is {@code apply}). */
class ListsInForceCacheTest {
    private final ListsInForceCache cache = new ListsInForceCache();

    private static NpiListings listed(String npi, String acoId, String tin) {
        return new NpiListings(List.of(new ListedParticipation(npi, acoId, "ACO " + acoId, Track.ENHANCED, tin, "Practice " + tin,
                LocalDate.of(2025, 1, 1), null, null)), Map.of());
    }

    @Test
    void whatWasReadIsServedUntilAChangeConcernsIt() {
        NpiListings one = listed("1000000004", "A5000", "800000000");
        cache.put("1000000004", cache.generation(), one);
        assertSame(one, cache.get("1000000004"));
        ListsInForceCache.Changes other = new ListsInForceCache.Changes();
        other.npis.add("1000000012");
        cache.apply(other);
        assertSame(one, cache.get("1000000004"), "a change of another NPI leaves it");
        ListsInForceCache.Changes mine = new ListsInForceCache.Changes();
        mine.npis.add("1000000004");
        cache.apply(mine);
        assertNull(cache.get("1000000004"));
    }

    @Test
    void anAnswerReadBeforeAChangeEndedIsNotKept() {
        long readIn = cache.generation();
        cache.apply(new ListsInForceCache.Changes()); // a change commits while the database is read
        cache.put("1000000004", readIn, listed("1000000004", "A5000", "800000000"));
        assertNull(cache.get("1000000004"), "it may be what the change replaced");
        cache.put("1000000004", cache.generation(), NpiListings.NONE);
        assertSame(NpiListings.NONE, cache.get("1000000004"), "read after the change: kept");
    }

    @Test
    void aTinOrAcoChangeForgetsEveryNpiBillingThroughItAndNoOther() {
        long g = cache.generation();
        cache.put("1000000004", g, listed("1000000004", "A5000", "800000000"));
        cache.put("1000000012", g, listed("1000000012", "A5000", "800000001"));
        cache.put("1000000020", g, listed("1000000020", "A5001", "800000030"));
        ListsInForceCache.Changes tin = new ListsInForceCache.Changes();
        tin.acoTins.add("A5000/800000000");
        cache.apply(tin);
        assertNull(cache.get("1000000004"));
        assertEquals("800000001", cache.get("1000000012").listings().get(0).tin());
        ListsInForceCache.Changes aco = new ListsInForceCache.Changes();
        aco.acos.add("A5000");
        cache.apply(aco);
        assertNull(cache.get("1000000012"));
        assertEquals("A5001", cache.get("1000000020").listings().get(0).acoId());
    }

    @Test
    void everyChangeForgetsTheWindowsAndMovesTheEntityTagOn() {
        LocalDate today = LocalDate.of(2026, 12, 1);
        cache.putWindows(cache.generation(), Map.of(2027, LocalDate.of(2026, 10, 1)));
        String before = cache.version(today);
        assertEquals(Map.of(2027, LocalDate.of(2026, 10, 1)), cache.windows());
        cache.apply(new ListsInForceCache.Changes());
        assertNull(cache.windows());
        assertNotEquals(before, cache.version(today));
        assertNotEquals(cache.version(today), cache.version(today.plusDays(1)), "a new day may open a window");
    }
}
