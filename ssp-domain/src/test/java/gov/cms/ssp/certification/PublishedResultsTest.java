package gov.cms.ssp.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublishedResultsTest {

    @Test
    void nothingReleasedIsNotYetPublished() {
        assertEquals("Not yet published", PublishedResults.savingsOrLosses(List.of()));
        assertEquals("Not yet published", PublishedResults.quality(List.of()));
    }

    @Test
    void eachReleasedYearIsSaidNewestFirstInWholeDollars() {
        List<PublishedResults.Year> years = List.of(
                new PublishedResults.Year(2024, new BigDecimal("-1250000"), "NOT_MET", new BigDecimal("0.41")),
                new PublishedResults.Year(2023, new BigDecimal("73426268"), "MET", new BigDecimal("0.8755")),
                new PublishedResults.Year(2022, BigDecimal.ZERO, "ALTERNATIVE", null));
        assertEquals("PY 2024: shared losses of $1,250,000 owed; PY 2023: shared savings of $73,426,268 earned;"
                + " PY 2022: no shared savings or losses", PublishedResults.savingsOrLosses(years));
        assertEquals("PY 2024: quality score 41%, quality performance standard not met;"
                + " PY 2023: quality score 87.55%, quality performance standard met;"
                + " PY 2022: alternative quality performance standard met (no quality score reported)", PublishedResults.quality(years));
    }

    @Test
    void aSettlementFromBeforeQualityWasKeptSaysSo() {
        assertEquals("PY 2021: quality result not recorded with this settlement",
                PublishedResults.quality(List.of(new PublishedResults.Year(2021, BigDecimal.ONE, null, null))));
    }
}
