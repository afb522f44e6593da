package gov.cms.ssp.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The program map's counts: SSA codes turned into FIPS counties by the crosswalk, CMS's small-cell rule
 * (1 to 10 shown as "1–10", never the number) at its edges, and unknown codes counted and named.
 */
class CountyCountsTest {

    @Test
    void theCrosswalkTurnsSsaCodesIntoFipsCounties() {
        CountyCrosswalk crosswalk = CountyCrosswalk.standard();
        assertEquals("12099", crosswalk.fips("10490"), "Palm Beach, FL: SSA 10 490");
        assertEquals("12086", crosswalk.fips("10120"), "Miami-Dade keeps its old SSA code");
        assertEquals("06037", crosswalk.fips("05200"));
        assertEquals("06037", crosswalk.fips("05210"), "Los Angeles has two SSA codes");
        assertEquals("51840", crosswalk.fips("49962"), "an independent city of Virginia");
        assertEquals("72127", crosswalk.fips("40640"), "San Juan, Puerto Rico");
        assertNull(crosswalk.fips("99010"), "a foreign residence");
        assertNull(crosswalk.fips("10999"), "the statewide rows name no county");
        assertTrue(crosswalk.size() > 3_200, "every county of the source file: " + crosswalk.size());
    }

    @Test
    void countsOfOneToTenAreSuppressedAndElevenIsShown() {
        Map<String, Integer> bySsa = new HashMap<>();
        bySsa.put("10490", 11);   // Palm Beach: the smallest count shown
        bySsa.put("10050", 10);   // Broward: the largest suppressed
        bySsa.put("10120", 1);    // Miami-Dade: the smallest suppressed
        bySsa.put("05200", 6);    // Los Angeles, two codes: 6 + 6 = 12, shown
        bySsa.put("05210", 6);
        bySsa.put("99010", 250);  // unknown, large: named with its count
        bySsa.put("48010", 3);    // unknown, small: named, count suppressed
        bySsa.put(null, 12);      // no code on file
        CountyCounts map = CountyCounts.of(7L, 2026, bySsa, CountyCrosswalk.standard());
        assertEquals(Map.of("12099", 11, "06037", 12), map.byCounty());
        assertEquals(List.of("12011", "12086"), map.suppressedCounties());
        assertFalse(map.byCounty().containsValue(10) || map.byCounty().containsValue(1), "never a number from 1 to 10");
        assertEquals(List.of(new CountyCounts.CodeCount("48010", null), new CountyCounts.CodeCount("99010", 250),
                new CountyCounts.CodeCount(CountyCounts.NONE_ON_FILE, 12)), map.unknownCodes());
        assertEquals("1–10", map.unknownCodes().get(0).beneficiariesLabel());
        assertEquals(11 + 10 + 1 + 6 + 6 + 250 + 3 + 12, map.total(), "the national head count is not a county's");
    }
}
