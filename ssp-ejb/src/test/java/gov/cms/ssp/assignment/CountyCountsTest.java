package gov.cms.ssp.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A publishable county map leaves out counties of 1 to 10 beneficiaries and says how many it left out. */
class CountyCountsTest {

    @Test
    void countsBelowElevenAreLeftOutOfAPublication() {
        CountyCounts all = new CountyCounts(7L, 2026, Map.of("12099", 11, "12011", 10, "12086", 1, "34013", 250), 0, 272);
        CountyCounts published = all.publishable();
        assertEquals(Map.of("12099", 11, "34013", 250), published.byCounty());
        assertEquals(2, published.suppressed());
        assertEquals(272, published.total(), "the total is not a county's count");
    }
}
