package gov.cms.ssp.e2e;

import static gov.cms.ssp.e2e.HttpApi.getJson;
import static gov.cms.ssp.e2e.HttpApi.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The clinician participation lookup on the shipped EAR with the demo lists: the public API (one
 * NPI, batches, limits, bad input), the public page and the clinician's own page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ParticipationLookupIT extends BrowserJourney {
    /** Listed by A1001 (ENHANCED) through TIN 900100101 in the demo lists; the demo clinician's NPI. */
    private static final String LISTED = "1234567893";
    /** Listed by A1026 (BASIC Level E). */
    private static final String LISTED_ELSEWHERE = "1000001028";
    /** A valid NPI that no ACO lists. */
    private static final String UNLISTED = "1245319599";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SspDeployment.ear();
    }

    @Test
    void oneNpiShowsItsAcoTinTrackAndAdvancedApmStatusWithoutLogin() {
        HttpResponse<String> r = getJson("api/participation/" + LISTED, null);
        assertEquals(200, r.statusCode(), r.body());
        JsonObject result = object(r);
        assertTrue(result.getBoolean("valid"));
        JsonObject first = result.getJsonArray("participations").getJsonObject(0);
        assertEquals("A1001", first.getString("acoId"));
        assertEquals("900100101", first.getString("tin"));
        assertEquals("ENHANCED", first.getString("track"));
        assertEquals("Advanced APM", first.getString("classification"));
        assertEquals("ACTIVE", first.getString("status"));
        assertTrue(r.headers().firstValue("Cache-Control").orElse("").contains("max-age"), "cacheable");
    }

    @Test
    void theYearNarrowsTheAnswerToOnePerformanceYear() {
        JsonArray in2025 = object(getJson("api/participation/" + LISTED + "?year=2025", null)).getJsonArray("participations");
        assertFalse(in2025.isEmpty());
        assertTrue(in2025.getValuesAs(JsonObject.class).stream().allMatch(p -> p.getInt("performanceYear") == 2025));
        JsonArray in2019 = object(getJson("api/participation/" + LISTED + "?year=2019", null)).getJsonArray("participations");
        assertTrue(in2019.isEmpty(), "listed from 2025 only");
    }

    @Test
    void anNpiInNoAcoSaysSoAndBadInputIs400() {
        JsonObject none = object(getJson("api/participation/" + UNLISTED, null));
        assertTrue(none.getBoolean("valid"));
        assertTrue(none.getJsonArray("participations").isEmpty());

        HttpResponse<String> bad = getJson("api/participation/1234567890", null);
        assertEquals(400, bad.statusCode());
        assertTrue(object(bad).getString("message").contains("check digit"), bad.body());
        HttpResponse<String> badYear = getJson("api/participation/" + LISTED + "?year=1999", null);
        assertEquals(400, badYear.statusCode());
        assertEquals("invalid-input", object(badYear).getString("error"));
    }

    @Test
    void aBatchAnswersEveryNpiAndReportsInvalidOnesOneByOne() {
        HttpResponse<String> r = HttpApi.postJson("api/participation/lookup", null,
                "{\"npis\":[\"" + LISTED + "\",\"" + LISTED_ELSEWHERE + "\",\"123\",\"" + UNLISTED + "\"]}");
        assertEquals(200, r.statusCode(), r.body());
        JsonArray results = HttpApi.json(r.body()).asJsonArray();
        assertEquals(4, results.size());
        assertEquals("Advanced APM", results.getJsonObject(1).getJsonArray("participations").getJsonObject(0).getString("classification"));
        assertEquals("BASIC_E", results.getJsonObject(1).getJsonArray("participations").getJsonObject(0).getString("track"));
        assertFalse(results.getJsonObject(2).getBoolean("valid"));
        assertTrue(results.getJsonObject(2).getString("problem").contains("10 digits"));
        assertTrue(results.getJsonObject(3).getJsonArray("participations").isEmpty());
    }

    @Test
    void moreThanAHundredNpisIs413AndAnEmptyBatchIs400() {
        String many = IntStream.range(0, 101).mapToObj(i -> "\"" + String.format("%010d", i) + "\"")
                .collect(Collectors.joining(","));
        HttpResponse<String> tooMany = HttpApi.postJson("api/participation/lookup", null, "{\"npis\":[" + many + "]}");
        assertEquals(413, tooMany.statusCode(), tooMany.body());
        assertTrue(object(tooMany).getString("message").contains("at most 100"));
        assertEquals(400, HttpApi.postJson("api/participation/lookup", null, "{\"npis\":[]}").statusCode());
    }

    @Test
    void thePublicPageLooksUpAPastedListAndExplainsEachLine() {
        browser.open("lookup.xhtml");
        browser.element(By.id("lookup:npis")).sendKeys(LISTED + "\n" + UNLISTED + ", 1234567890");
        browser.element(By.id("lookup:search")).click();
        browser.waitForText(By.id("lookup:results"), "Not in any Shared Savings Program ACO");
        String table = browser.text(By.id("lookup:results"));
        assertTrue(table.contains("A1001"), table);
        assertTrue(table.contains("Advanced APM"), table);
        assertTrue(table.contains("check digit"), table);
        browser.screenshot("public-participation-lookup");
        browser.element(By.cssSelector("[id='lookup:results'] a.public-page-link")).click();
        browser.waitForText(By.id("page-title"), "Palm Beach");
    }

    @Test
    void theClinicianSeesTheirOwnParticipation() {
        browser.logIn(DemoUser.CLINICIAN);
        assertEquals(LISTED, browser.text(By.id("npi")));
        String table = browser.text(By.id("participations"));
        assertTrue(table.contains("Palm Beach"), table);
        assertTrue(table.contains("Advanced APM"), table);
        browser.screenshot("clinician-my-participation");
        browser.logOut();
    }
}
