package gov.cms.ssp.e2e;

import static gov.cms.ssp.e2e.HttpApi.getJson;
import static gov.cms.ssp.e2e.HttpApi.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static gov.cms.ssp.e2e.DemoUser.ACO_EXECUTIVE;
import static gov.cms.ssp.e2e.DemoUser.ACO_STAFF;
import static gov.cms.ssp.e2e.DemoUser.CMS_ADMIN;
import static gov.cms.ssp.e2e.DemoUser.CMS_REVIEWER;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.commons.validator.routines.checkdigit.CheckDigitException;
import org.apache.commons.validator.routines.checkdigit.LuhnCheckDigit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The clinician participation lookup on the shipped EAR with the demo lists: the public API (one
 * NPI, batches, limits, bad input), the public page and the clinician's own page; that it answers
 * only from the lists in force (never an undecided addition; the signed list of a signed PY), and
 * at once after a list changes (its cache is never stale).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ParticipationLookupIT extends BrowserJourney {
    /** Listed by A1001 (ENHANCED) through TIN 900100101 in the demo lists; the demo clinician's NPI. */
    private static final String LISTED = "1234567893";
    /** Listed by A1026 (Basic Level E). */
    private static final String LISTED_ELSEWHERE = "1000001028";
    /** A valid NPI that no ACO lists. */
    private static final String UNLISTED = "1245319599";
    /** The PY A1026 signed in the demo program, with 1000001028 and 1000001036 on its signed list. */
    private static final int DEMO_SIGNED_PY = 2027;
    /** A PY of this test's own, which it opens a certification window for and signs A1001 in. */
    private static final int SIGNED_HERE_PY = 2033;
    private static final Random RANDOM = new Random();

    /** A valid NPI (Luhn check digit over the prefix 80840) that no other test uses. */
    private static String newNpi() {
        String nine = "18" + String.format("%07d", RANDOM.nextInt(10_000_000));
        try {
            return nine + new LuhnCheckDigit().calculate("80840" + nine);
        } catch (CheckDigitException e) {
            throw new AssertionError(e);
        }
    }

    private static HttpResponse<String> ifNoneMatch(String npi, String tag) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(SspDeployment.appUrl() + "api/participation/" + npi))
                    .header("Accept", "application/json").header("If-None-Match", tag).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static JsonArray participations(String npi, int year) {
        HttpResponse<String> r = getJson("api/participation/" + npi + "?year=" + year, null);
        assertEquals(200, r.statusCode(), r.body());
        return object(r).getJsonArray("participations");
    }

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
        // this year's row: later PYs follow whatever agreements other tests approve for A1001
        int thisYear = LocalDate.now().getYear();
        JsonObject first = result.getJsonArray("participations").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getInt("performanceYear") == thisYear).findFirst()
                .orElseThrow(() -> new AssertionError("no " + thisYear + " row in " + result));
        assertEquals("A1001", first.getString("acoId"));
        assertEquals("900100101", first.getString("tin"));
        assertEquals("ENHANCED", first.getString("track"));
        assertEquals("Advanced APM", first.getString("classification"));
        assertEquals("ACTIVE", first.getString("status"));
        String cacheControl = r.headers().firstValue("Cache-Control").orElse("");
        assertTrue(cacheControl.contains("no-cache") && !cacheControl.contains("max-age"), "kept only if revalidated: " + cacheControl);
        String tag = r.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, ifNoneMatch(LISTED, tag).statusCode(), "unchanged lists: nothing to send again");
    }

    /**
     * The one-NPI GET is answered before JAX-RS (OneNpiLookupFilter, issue 17): it must give what the
     * resource gives for the same NPI, behind the same security headers and budget; what it does not
     * recognise still reaches the resource.
     */
    @Test
    void theOneNpiAnswerIsTheBatchAnswerWithTheSameHeaders() {
        for (String query : List.of("", "?year=2026")) {
            HttpResponse<String> one = getJson("api/participation/" + LISTED + query, null);
            assertEquals(200, one.statusCode(), one.body());
            String year = query.isEmpty() ? "" : ",\"year\":2026";
            HttpResponse<String> batch = HttpApi.postJson("api/participation/lookup", null, "{\"npis\":[\"" + LISTED + "\"]" + year + "}");
            assertEquals(HttpApi.json(batch.body()).asJsonArray().getJsonObject(0), object(one), "GET " + query + " and POST agree");
            assertTrue(one.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            assertTrue(one.headers().firstValue("Content-Security-Policy").isPresent(), "the security headers come first");
            assertTrue(one.headers().firstValue("ETag").orElse("").startsWith("W/\""), one.headers().toString());
        }
        // a year written another way than four digits is the resource's to read: the same answer
        assertEquals(object(getJson("api/participation/" + LISTED + "?year=2026", null)),
                object(getJson("api/participation/" + LISTED + "?year=02026", null)));
        assertEquals(304, ifNoneMatch(LISTED, "\"x\", *").statusCode(), "If-None-Match: * matches any answer");
        assertEquals(200, ifNoneMatch(LISTED, "W/\"not-this-version\"").statusCode());
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
    void anUndecidedAdditionIsNotPublicAndEveryAcceptedChangeIsAnsweredAtOnce() {
        int py = LocalDate.now().getYear() + 1;
        String lists = "api/participant-lists/A1001/" + py + "/";
        assertEquals(204, HttpApi.putJson("api/reference/change-request-windows/" + py, CMS_ADMIN,
                "{\"opensOn\":\"" + LocalDate.now().minusDays(1) + "\",\"closesOn\":\"" + LocalDate.now().plusDays(60) + "\"}").statusCode());
        String tin = "8" + String.format("%08d", RANDOM.nextInt(100_000_000));
        String npi = newNpi();
        assertEquals(200, HttpApi.post(lists + "participants", ACO_STAFF, "text/csv",
                ("TIN,Legal business name,Bills primary care (Y/N)\n" + tin + ",Lookup Undecided Clinic,N\n")
                        .getBytes(StandardCharsets.UTF_8)).statusCode());
        HttpResponse<String> upload = HttpApi.post(lists + "providers-suppliers", ACO_STAFF, "text/csv",
                ("NPI,Name,Specialty,Participant TIN,Effective date\n" + npi + ",Dr. Not Yet Decided,Family Medicine," + tin + ",\n")
                        .getBytes(StandardCharsets.UTF_8));
        assertEquals(200, upload.statusCode(), upload.body());
        assertTrue(participations(npi, py).isEmpty(), "a draft is not public");
        long id = submit(lists);

        HttpResponse<String> pending = getJson("api/participation/" + npi, null);
        assertTrue(object(pending).getJsonArray("participations").isEmpty(), "submitted but undecided: not public");
        assertFalse(pending.body().contains("A1001") || pending.body().contains(tin) || pending.body().contains("Lookup Undecided"),
                "no ACO, TIN or participant of an undecided request: " + pending.body());
        String batch = HttpApi.postJson("api/participation/lookup", null, "{\"npis\":[\"" + npi + "\"]}").body();
        assertFalse(batch.contains("A1001"), batch);
        String tagBefore = pending.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> accepted = HttpApi.post("api/change-requests/" + id + "/acceptance-of-clear-rows", CMS_REVIEWER,
                "application/json", new byte[0]);
        assertEquals(200, accepted.statusCode(), accepted.body());
        assertEquals(2, object(accepted).getJsonNumber("accepted").longValue(), accepted.body());
        // at once: the answer read before the acceptance must not be served from the cache
        JsonArray listed = participations(npi, py);
        assertEquals(1, listed.size(), listed.toString());
        assertEquals("A1001", listed.getJsonObject(0).getString("acoId"));
        assertEquals(tin, listed.getJsonObject(0).getString("tin"));
        assertEquals("Lookup Undecided Clinic", listed.getJsonObject(0).getString("participantName"));
        assertEquals("ACTIVE", listed.getJsonObject(0).getString("status"));
        assertTrue(participations(npi, py - 1).isEmpty(), "an addition takes effect on January 1 of its PY");
        HttpResponse<String> revalidated = ifNoneMatch(npi, tagBefore);
        assertEquals(200, revalidated.statusCode(), "a kept copy from before the acceptance is stale: " + revalidated.body());
        assertTrue(revalidated.body().contains(tin), revalidated.body());

        // a correction of the participant the NPI bills through: its new name at once
        long entryId = object(getJson(lists + "participants?tin=" + tin, ACO_STAFF)).getJsonArray("rows").getJsonObject(0)
                .getJsonNumber("id").longValue();
        HttpResponse<String> correction = HttpApi.putJson(lists + "participants/" + entryId, ACO_STAFF,
                "{\"name\":\"Lookup Renamed Clinic\",\"primaryCare\":\"N\"}");
        assertEquals(200, correction.statusCode(), correction.body());
        long corrected = submit(lists);
        assertEquals("Lookup Undecided Clinic", participations(npi, py).getJsonObject(0).getString("participantName"),
                "an undecided correction changes nothing");
        assertEquals(200, HttpApi.post("api/change-requests/" + corrected + "/acceptance-of-clear-rows", CMS_REVIEWER,
                "application/json", new byte[0]).statusCode());
        assertEquals("Lookup Renamed Clinic", participations(npi, py).getJsonObject(0).getString("participantName"));
    }

    private static long submit(String lists) {
        HttpResponse<String> submitted = HttpApi.post(lists + "submission", ACO_EXECUTIVE, "application/json", new byte[0]);
        assertEquals(200, submitted.statusCode(), submitted.body());
        return object(submitted).getJsonNumber("id").longValue();
    }

    @Test
    void eachNpiOfTheListsAnAcoSignedForAPyIsAnsweredWithThatAcoAndTinForThatPy() {
        // the demo program: A1026 signed PY 2027; A1001's list of 2027 is in force (window open, not signed)
        for (String npi : List.of(LISTED_ELSEWHERE, "1000001036")) {
            JsonArray in2027 = participations(npi, DEMO_SIGNED_PY);
            assertEquals(1, in2027.size(), npi + ": " + in2027);
            assertEquals("A1026", in2027.getJsonObject(0).getString("acoId"));
        }
        JsonArray mine = participations(LISTED, DEMO_SIGNED_PY);
        assertEquals("A1001", mine.getJsonObject(0).getString("acoId"), mine.toString());
        assertEquals("900100101", mine.getJsonObject(0).getString("tin"));

        // A1001 signs a PY of its own: every NPI on the list it signed is answered for that PY
        int py = SIGNED_HERE_PY;
        assertEquals(200, HttpApi.putJson("api/certifications/" + py, CMS_ADMIN, "{\"opensOn\":\"" + LocalDate.now().minusDays(1)
                + "\",\"deadline\":\"" + LocalDate.now().plusDays(30) + "\"}").statusCode());
        String pkgPath = "api/certifications/" + py + "/acos/A1001";
        List<String> items = object(getJson(pkgPath, ACO_STAFF)).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> "\"" + i.getString("item") + "\"").toList();
        HttpResponse<String> signed = HttpApi.post(pkgPath + "/signature", ACO_EXECUTIVE, "application/json",
                ("{\"name\":\"Ana Diaz\",\"title\":\"Chief Executive Officer\",\"attested\":[" + String.join(",", items) + "]}")
                        .getBytes(StandardCharsets.UTF_8));
        assertEquals(200, signed.statusCode(), signed.body());
        List<JsonObject> signedList = object(getJson(pkgPath + "/providers-suppliers?max=500", CMS_REVIEWER)).getJsonArray("rows")
                .getValuesAs(JsonObject.class);
        assertFalse(signedList.isEmpty());
        assertTrue(signedList.size() <= 100, "one batch lookup takes them all");
        String npis = signedList.stream().map(e -> "\"" + e.getString("npi") + "\"").collect(Collectors.joining(","));
        HttpResponse<String> r = HttpApi.postJson("api/participation/lookup", null, "{\"npis\":[" + npis + "],\"year\":" + py + "}");
        assertEquals(200, r.statusCode(), r.body());
        List<JsonObject> results = HttpApi.json(r.body()).asJsonArray().getValuesAs(JsonObject.class);
        for (JsonObject entry : signedList) {
            JsonObject result = results.stream().filter(x -> x.getString("npi").equals(entry.getString("npi"))).findFirst().orElseThrow();
            List<JsonObject> rows = result.getJsonArray("participations").getValuesAs(JsonObject.class);
            assertTrue(rows.stream().anyMatch(p -> p.getInt("performanceYear") == py && p.getString("acoId").equals("A1001")
                    && p.getString("tin").equals(entry.getString("tin"))), entry + " signed, but the lookup says " + rows);
        }
    }

    @Test
    void thePublicPageLooksUpAPastedListAndExplainsEachLine() {
        browser.open("lookup.xhtml");
        // the lines that explain first: the listed NPI answers one line per PY, as many as the windows reach
        browser.element(By.id("lookup:npis")).sendKeys(UNLISTED + ", 1234567890\n" + LISTED);
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
        assertTrue(table.contains(String.valueOf(DEMO_SIGNED_PY)), "the PY whose lists are certified now: " + table);
        browser.screenshot("clinician-my-participation");
        browser.logOut();
    }
}
