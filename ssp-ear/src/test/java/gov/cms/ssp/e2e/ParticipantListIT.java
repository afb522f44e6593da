package gov.cms.ssp.e2e;

import static gov.cms.ssp.e2e.DemoUser.ACO_EXECUTIVE;
import static gov.cms.ssp.e2e.DemoUser.ACO_STAFF;
import static gov.cms.ssp.e2e.DemoUser.ATLANTIC_STAFF;
import static gov.cms.ssp.e2e.DemoUser.CMS_ADMIN;
import static gov.cms.ssp.e2e.DemoUser.CMS_REVIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.apache.commons.validator.routines.checkdigit.CheckDigitException;
import org.apache.commons.validator.routines.checkdigit.LuhnCheckDigit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Participant lists end to end on the shipped EAR: bad uploads, each screening rule against the
 * whole database, role and ACO scoping, the change request from upload to the list in force over the
 * API, and the same journey in a browser. Each test makes its own TINs (random, 8xxxxxxxx) and
 * relies only on the demo program (A1026's primary-care TIN 900100201).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ParticipantListIT {
    private static final int PY = LocalDate.now().getYear() + 1;
    private static final String LISTS = "api/participant-lists/A1001/" + PY + "/";
    private static final String HEADER = "TIN,Legal business name,Bills primary care (Y/N)\n";
    private static final Random RANDOM = new Random();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SspDeployment.ear();
    }

    /** CMS opens the change-request window for next year, around today. */
    @BeforeAll
    static void openTheWindow() {
        HttpResponse<String> r = HttpApi.putJson("api/reference/change-request-windows/" + PY, CMS_ADMIN,
                "{\"opensOn\":\"" + LocalDate.now().minusDays(1) + "\",\"closesOn\":\"" + LocalDate.now().plusDays(60) + "\"}");
        assertEquals(204, r.statusCode(), r.body());
    }

    private static String newTin() {
        return "8" + String.format("%08d", RANDOM.nextInt(100_000_000));
    }

    /** A valid NPI (Luhn check digit over the prefix 80840) that no other test uses. */
    private static String newNpi() {
        String nine = "19" + String.format("%07d", RANDOM.nextInt(10_000_000));
        try {
            return nine + new LuhnCheckDigit().calculate("80840" + nine);
        } catch (CheckDigitException e) {
            throw new AssertionError(e);
        }
    }

    private static HttpResponse<String> upload(DemoUser user, String aco, String kind, byte[] body) {
        return HttpApi.post("api/participant-lists/" + aco + "/" + PY + "/" + kind, user, "text/csv", body);
    }

    private static HttpResponse<String> uploadParticipants(String csv) {
        return upload(ACO_STAFF, "A1001", "participants", csv.getBytes(StandardCharsets.UTF_8));
    }

    private static List<JsonObject> problems(HttpResponse<String> r) {
        return HttpApi.object(r).getJsonArray("problems").getValuesAs(JsonObject.class);
    }

    private static String problemText(HttpResponse<String> r) {
        return problems(r).stream().map(p -> p.getInt("row") + "|" + p.getString("column") + "|" + p.getString("problem"))
                .collect(Collectors.joining("\n"));
    }

    private static long draftRows() {
        return HttpApi.object(HttpApi.getJson(LISTS, ACO_STAFF)).getJsonNumber("draftRows").longValue();
    }

    @Test
    void badFilesAreRefusedWithAClearMessageAndNothingIsSaved() {
        long before = draftRows();
        record Case(byte[] body, String expected) {
        }
        StringBuilder big = new StringBuilder(HEADER);
        for (int i = 0; i < 100_000; i++) {
            big.append(String.format("%09d", 700_000_000 + i)).append(",Clinic ").append(i).append(",Y\n");
        }
        byte[] huge = new byte[21 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'x');
        List<Case> cases = List.of(
                new Case(new byte[0], "The file is empty"),
                new Case(huge, "The file is 21.0 MB; one upload takes at most 20 MB"),
                new Case(HEADER.getBytes(StandardCharsets.UTF_8), "The file has a header but no rows"),
                new Case("TIN;Legal business name;Bills primary care (Y/N)\n123456789;Clinic;Y\n".getBytes(StandardCharsets.UTF_8),
                        "Columns are separated by ';'"),
                new Case((HEADER + newTin() + ",Cl\u00EDnica San Jos\u00E9,Y\n").getBytes(StandardCharsets.ISO_8859_1), "not UTF-8"),
                new Case("TIN,Legal business name\n123456789,Clinic\n".getBytes(StandardCharsets.UTF_8),
                        "Missing column: Bills primary care (Y/N)"),
                new Case("TIN,Legal business name,Bills primary care (Y/N),Notes\n123456789,Clinic,Y,x\n".getBytes(StandardCharsets.UTF_8),
                        "Unexpected column: 'Notes'"),
                new Case(new byte[]{'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0}, "not a CSV text file"),
                new Case(big.toString().getBytes(StandardCharsets.UTF_8), "has 100000 rows; one upload takes at most 50000"));
        for (Case c : cases) {
            HttpResponse<String> r = upload(ACO_STAFF, "A1001", "participants", c.body());
            assertEquals(422, r.statusCode(), r.body());
            assertFalse(HttpApi.object(r).getBoolean("saved"));
            assertTrue(problemText(r).contains(c.expected()), "expected '" + c.expected() + "' in\n" + problemText(r));
        }

        // formulas and markup in names: every row's problem, by row and column
        HttpResponse<String> r = uploadParticipants(HEADER + newTin() + ",=HYPERLINK(\"http://evil.example\"; \"click\"),Y\n"
                + newTin() + ",<script>alert(1)</script>,N\n" + newTin() + ",Good Clinic,Y\n");
        assertEquals(422, r.statusCode());
        String text = problemText(r);
        assertTrue(text.contains("2|Legal business name|Legal business name starts with '='"), text);
        assertTrue(text.contains("3|Legal business name|Legal business name contains < or >"), text);
        assertEquals(2, problems(r).size(), text);
        assertEquals(before, draftRows(), "no partial import: the good row was not saved either");
    }

    @Test
    void screeningFlagsEachRuleAgainstTheWholeProgram() {
        String reach = newTin();
        String bpci = newTin();
        HttpResponse<String> loaded = HttpApi.post("api/reference/other-initiatives", CMS_ADMIN, "text/csv",
                ("TIN,Initiative,PY\n" + reach + ",ACO REACH," + PY + "\n" + bpci + ",BPCI_ADVANCED," + PY + "\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(200, loaded.statusCode(), loaded.body());

        String fresh = newTin();
        String bad = problemText(uploadParticipants(HEADER
                + "900100201,Newark Primary Care Group,Y\n"     // on A1026's list, primary care
                + reach + ",Reach Clinic,Y\n"                     // in ACO REACH for the PY
                + "12345678,Short TIN,Y\n"                        // format
                + fresh + ",Fresh Clinic,Y\n"
                + fresh + ",Fresh Clinic again,Y\n"));            // duplicate within the file
        assertTrue(bad.contains("2|TIN|TIN 900100201 bills primary care services used in assignment and is on the participant list of ACO A1026"), bad);
        assertFalse(bad.contains("Newark Primary Care Group"), "the other ACO's private details are not shown");
        assertTrue(bad.contains("3|TIN|TIN " + reach + " takes part in ACO REACH in " + PY), bad);
        assertTrue(bad.contains("4|TIN|TIN '12345678' must be exactly 9 digits"), bad);
        assertTrue(bad.contains("6|TIN|TIN " + fresh + " is already on line 5"), bad);

        // a non-shared-savings model does not conflict; the clean file is saved (into A1026's draft, which
        // no demo user can submit, so A1001's change requests stay this class's own)
        byte[] bpciFile = (HEADER + bpci + ",Bundled Payments Clinic,Y\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> clean = upload(ATLANTIC_STAFF, "A1026", "participants", bpciFile);
        assertEquals(200, clean.statusCode(), clean.body());
        assertTrue(problemText(upload(ATLANTIC_STAFF, "A1026", "participants", bpciFile)).contains("is already in your change request"));

        // NPIs: check digit, the billing TIN must be listed, and an NPI may be in several ACOs through different TINs
        String npiHeader = "NPI,Name,Specialty,Participant TIN,Effective date\n";
        HttpResponse<String> npis = upload(ACO_STAFF, "A1001", "providers-suppliers", (npiHeader
                + "1234567890,Dr. Wrong Digit,Family Medicine,900100101,\n"
                + "1000001044,Dr. No Tin,Family Medicine," + newTin() + ",\n").getBytes(StandardCharsets.UTF_8));
        String npiText = problemText(npis);
        assertTrue(npiText.contains("2|NPI|NPI '1234567890' has a wrong check digit"), npiText);
        assertTrue(npiText.contains("3|Participant TIN|TIN"), npiText);
        assertTrue(npiText.contains("is not on your participant list for " + PY), npiText);
        HttpResponse<String> shared = upload(ATLANTIC_STAFF, "A1026", "providers-suppliers",
                (npiHeader + "1234567893,Dr. Maya Shah,Family Medicine,900100201,\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(200, shared.statusCode(), "A1001's NPI through A1026's own TIN is fine: " + shared.body());
    }

    @Test
    void acoUsersReachOnlyTheirOwnListsAndOnlyExecutivesSubmit() {
        String path = "api/participant-lists/A1026/" + PY + "/participants";
        assertEquals(403, HttpApi.getJson(path, ACO_STAFF).statusCode());
        assertEquals(403, upload(ACO_STAFF, "A1026", "participants", (HEADER + newTin() + ",X,Y\n").getBytes(StandardCharsets.UTF_8)).statusCode());
        assertEquals(403, HttpApi.getJson("api/participant-lists/A1001/" + PY + "/changes", ATLANTIC_STAFF).statusCode());
        assertEquals(403, HttpApi.get("api/participant-lists/A1001/" + PY + "/participants/export", ATLANTIC_STAFF, "text/csv").statusCode());
        assertEquals(200, HttpApi.getJson(path, ATLANTIC_STAFF).statusCode());
        assertEquals(200, HttpApi.getJson(path, CMS_REVIEWER).statusCode(), "CMS reads every ACO's list");
        assertEquals(403, upload(CMS_REVIEWER, "A1026", "participants", (HEADER + newTin() + ",X,Y\n").getBytes(StandardCharsets.UTF_8)).statusCode(),
                "CMS does not edit an ACO's list");
        assertEquals(403, HttpApi.post(LISTS + "submission", ACO_STAFF, "application/json", new byte[0]).statusCode(),
                "ACO staff prepare, the executive submits");
        assertEquals(403, HttpApi.getJson("api/change-requests", ACO_EXECUTIVE).statusCode(), "the queue is CMS's");
        assertEquals(403, HttpApi.putJson("api/change-requests/1/rows/1", CMS_ADMIN, "{\"disposition\":\"ACCEPTED\"}").statusCode(),
                "only reviewers decide");
    }

    @Test
    void aChangeRequestGoesFromUploadThroughDispositionsToTheListInForce() {
        String accepted = newTin();
        String denied = newTin();
        assertEquals(200, uploadParticipants(HEADER + accepted + ",Accepted Clinic,Y\n" + denied + ",Denied Clinic,N\n").statusCode());
        HttpResponse<String> submitted = HttpApi.post(LISTS + "submission", ACO_EXECUTIVE, "application/json", new byte[0]);
        assertEquals(200, submitted.statusCode(), submitted.body());
        long id = HttpApi.object(submitted).getJsonNumber("id").longValue();

        JsonArray rows = HttpApi.object(HttpApi.getJson("api/change-requests/" + id + "/rows?max=500", CMS_REVIEWER)).getJsonArray("rows");
        for (JsonValue v : rows) {
            JsonObject row = v.asJsonObject();
            String rowPath = "api/change-requests/" + id + "/rows/" + row.getJsonNumber("id").longValue();
            if (row.getString("tin").equals(denied)) {
                HttpResponse<String> noReason = HttpApi.putJson(rowPath, CMS_REVIEWER, "{\"disposition\":\"DENIED\"}");
                assertEquals(400, noReason.statusCode());
                assertTrue(noReason.body().contains("A denial needs a reason code"), noReason.body());
                assertEquals(200, HttpApi.putJson(rowPath, CMS_REVIEWER, "{\"disposition\":\"DENIED\",\"reason\":\"PROGRAM_INTEGRITY\"}").statusCode());
            } else {
                assertEquals(200, HttpApi.putJson(rowPath, CMS_REVIEWER, "{\"disposition\":\"ACCEPTED\"}").statusCode());
            }
        }
        assertEquals("DECIDED", HttpApi.object(HttpApi.getJson("api/change-requests/" + id, CMS_REVIEWER)).getString("status"));

        JsonObject inForce = HttpApi.object(HttpApi.getJson(LISTS + "participants?tin=" + accepted, ACO_STAFF));
        assertEquals(1, inForce.getJsonNumber("total").longValue());
        assertEquals(PY + "-01-01", inForce.getJsonArray("rows").getJsonObject(0).getString("effectiveDate"),
                "additions take effect on January 1 of the PY");
        assertEquals(0, HttpApi.object(HttpApi.getJson(LISTS + "participants?tin=" + denied, ACO_STAFF)).getJsonNumber("total").longValue());

        String changes = HttpApi.getJson(LISTS + "changes?max=500", ACO_STAFF).body();
        assertTrue(changes.contains("\"tin\":\"" + denied + "\""), changes);
        assertTrue(changes.contains("PROGRAM_INTEGRITY"), "the ACO sees the reason code");

        // the accepted TIN bills primary care: now it conflicts for every other ACO
        HttpResponse<String> other = upload(ATLANTIC_STAFF, "A1026", "participants", (HEADER + accepted + ",Accepted Clinic,Y\n").getBytes(StandardCharsets.UTF_8));
        assertTrue(problemText(other).contains("participant list of ACO A1001"), problemText(other));

        String export = HttpApi.get(LISTS + "participants/export", ACO_STAFF, "text/csv").body();
        assertTrue(export.startsWith("TIN,Legal business name,Bills primary care (Y/N),Effective date,Termination date"), export);
        assertTrue(export.contains(accepted + ",Accepted Clinic,Y,01/01/" + PY + ","), export);
        // a deletion: refused before the entry takes effect; accepted, it ends the entry on its termination date
        long entryId = inForce.getJsonArray("rows").getJsonObject(0).getJsonNumber("id").longValue();
        String deletion = LISTS + "participants/" + entryId + "/deletion?terminationDate=";
        HttpResponse<String> early = HttpApi.post(deletion + LocalDate.now(), ACO_STAFF, "application/json", new byte[0]);
        assertEquals(400, early.statusCode());
        assertTrue(early.body().contains("before the entry took effect"), early.body());
        assertEquals(204, HttpApi.post(deletion + PY + "-03-31", ACO_STAFF, "application/json", new byte[0]).statusCode());
        HttpResponse<String> deletionRequest = HttpApi.post(LISTS + "submission", ACO_EXECUTIVE, "application/json", new byte[0]);
        assertEquals(200, deletionRequest.statusCode(), deletionRequest.body());
        long deletionId = HttpApi.object(deletionRequest).getJsonNumber("id").longValue();
        for (JsonValue v : HttpApi.object(HttpApi.getJson("api/change-requests/" + deletionId + "/rows?max=500", CMS_REVIEWER)).getJsonArray("rows")) {
            assertEquals(200, HttpApi.putJson("api/change-requests/" + deletionId + "/rows/" + v.asJsonObject().getJsonNumber("id").longValue(),
                    CMS_REVIEWER, "{\"disposition\":\"ACCEPTED\"}").statusCode());
        }
        JsonObject ended = HttpApi.object(HttpApi.getJson(LISTS + "participants?tin=" + accepted, ACO_STAFF)).getJsonArray("rows").getJsonObject(0);
        assertEquals(PY + "-03-31", ended.getString("terminationDate"), "the deletion takes effect on its termination date");

        HttpResponse<String> xlsx = HttpApi.get(LISTS + "participants/export.xlsx", ACO_STAFF,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertEquals(200, xlsx.statusCode());
        assertTrue(xlsx.body().startsWith("PK"), "an Office Open XML (zip) workbook");
    }

    @Test
    void aReviewerAcceptsEveryClearRowAtOnceAndDecidesTheFlaggedOneAlone() {
        String clear1 = newTin();
        String clear2 = newTin();
        String late = newTin();
        assertEquals(200, uploadParticipants(HEADER + clear1 + ",Clear One,Y\n" + clear2 + ",Clear Two,N\n" + late + ",Late Conflict,Y\n")
                .statusCode());
        // two NPIs billing through two of the new TINs: screened clean, as their TINs are in the same request
        String npiClear = newNpi();
        String npiLate = newNpi();
        assertEquals(200, upload(ACO_STAFF, "A1001", "providers-suppliers", ("NPI,Name,Specialty,Participant TIN,Effective date\n"
                + npiClear + ",Dr. Clear,Family Medicine," + clear1 + ",\n" + npiLate + ",Dr. Late,Family Medicine," + late + ",\n")
                .getBytes(StandardCharsets.UTF_8)).statusCode());
        HttpResponse<String> submitted = HttpApi.post(LISTS + "submission", ACO_EXECUTIVE, "application/json", new byte[0]);
        assertEquals(200, submitted.statusCode(), submitted.body());
        long id = HttpApi.object(submitted).getJsonNumber("id").longValue();
        // after the submission, CMS learns that one TIN takes part in ACO REACH that year
        assertEquals(200, HttpApi.post("api/reference/other-initiatives", CMS_ADMIN, "text/csv",
                ("TIN,Initiative,PY\n" + late + ",ACO REACH," + PY + "\n").getBytes(StandardCharsets.UTF_8)).statusCode());

        String bulk = "api/change-requests/" + id + "/acceptance-of-clear-rows";
        assertEquals(403, HttpApi.post(bulk, CMS_ADMIN, "application/json", new byte[0]).statusCode(), "only reviewers decide");
        HttpResponse<String> r = HttpApi.post(bulk, CMS_REVIEWER, "application/json", new byte[0]);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(3, HttpApi.object(r).getJsonNumber("accepted").longValue());
        assertEquals(2, HttpApi.object(r).getJsonNumber("stillPending").longValue());
        assertEquals(1, total(LISTS + "participants?tin=" + clear1));
        assertEquals(1, total(LISTS + "participants?tin=" + clear2));
        assertEquals(1, total(LISTS + "providers-suppliers?npi=" + npiClear), "its TIN was accepted first");
        assertEquals(0, total(LISTS + "participants?tin=" + late), "the flagged row waits for the reviewer");
        assertEquals(0, total(LISTS + "providers-suppliers?npi=" + npiLate), "an NPI waits while the TIN it bills through waits");

        List<JsonObject> waiting = HttpApi.object(HttpApi.getJson("api/change-requests/" + id + "/rows?max=500", CMS_REVIEWER)).getJsonArray("rows")
                .getValuesAs(JsonObject.class).stream().filter(row -> row.getString("disposition").equals("PENDING")).toList();
        assertEquals(2, waiting.size());
        JsonObject flagged = waiting.stream().filter(row -> row.getString("kind").equals("PARTICIPANT")).findFirst().orElseThrow();
        assertEquals(late, flagged.getString("tin"));
        assertTrue(flagged.getJsonArray("screening").toString().contains("takes part in ACO REACH in " + PY), flagged.toString());
        assertEquals(200, HttpApi.putJson("api/change-requests/" + id + "/rows/" + flagged.getJsonNumber("id").longValue(), CMS_REVIEWER,
                "{\"disposition\":\"DENIED\",\"reason\":\"OTHER_INITIATIVE\"}").statusCode());
        JsonObject npiRow = waiting.stream().filter(row -> row.getString("kind").equals("PROVIDER_SUPPLIER")).findFirst().orElseThrow();
        assertEquals(200, HttpApi.putJson("api/change-requests/" + id + "/rows/" + npiRow.getJsonNumber("id").longValue(), CMS_REVIEWER,
                "{\"disposition\":\"DENIED\",\"reason\":\"BILLING_TIN_NOT_LISTED\"}").statusCode());
        assertEquals("DECIDED", HttpApi.object(HttpApi.getJson("api/change-requests/" + id, CMS_REVIEWER)).getString("status"));
        HttpResponse<String> again = HttpApi.post(bulk, CMS_REVIEWER, "application/json", new byte[0]);
        assertEquals(400, again.statusCode());
        assertTrue(again.body().contains("only a submitted one has rows to decide"), again.body());
    }

    @Test
    void inTheBrowserAnAcoFixesItsUploadSubmitsAndTheReviewerDecides() throws IOException {
        String first = newTin();
        String second = newTin();
        Path dir = Files.createTempDirectory("ssp-upload-");
        Path mistakes = dir.resolve("participants-with-mistakes.csv");
        Files.writeString(mistakes, HEADER + first + ",Lakeside Family Practice,Y\n" + "98765,Typo Clinic,Y\n"
                + "900100201,Newark Primary Care Group,Y\n" + second + ",=HYPERLINK(\"http://x\"),N\n" + first + ",Lakeside again,Y\n");
        Path fixed = dir.resolve("participants.csv");
        Files.writeString(fixed, HEADER + first + ",Lakeside Family Practice,Y\n" + second + ",Riverside Pediatrics,N\n");

        try (Browser browser = new Browser()) {
            browser.reset();
            browser.logIn(ACO_EXECUTIVE);
            browser.element(By.id("menu-participants")).click();
            browser.waitForText(By.id("page-title"), "Participant lists");

            browser.element(By.id("upload:file")).sendKeys(mistakes.toString());
            browser.element(By.id("upload:check")).click();
            browser.waitForText(By.id("problem-count"), "4 problems");
            String table = browser.text(By.id("problems:table"));
            assertTrue(table.contains("must be exactly 9 digits"), table);
            assertTrue(table.contains("ACO A1026"), table);
            assertTrue(table.contains("formula"), table);
            assertTrue(table.contains("is already on line 2"), table);
            scrollTo(browser, "problem-count");
            browser.screenshot("participants-upload-problems");

            browser.element(By.id("upload:file")).sendKeys(fixed.toString());
            browser.element(By.id("upload:check")).click();
            browser.waitForText(By.id("messages"), "rows of participants.csv are clean");
            assertTrue(browser.driver().findElements(By.id("problem-count")).isEmpty(), "no problems left");

            browser.element(By.xpath("//a[contains(., 'Change requests')]")).click();
            browser.waitForText(By.id("lists:tabs:changes"), second);
            browser.element(By.id("lists:tabs:submit")).click();
            browser.element(By.id("lists:confirm-yes")).click();
            browser.waitForText(By.id("messages"), "was submitted to CMS");
            browser.screenshot("participants-change-request-submitted");
            browser.logOut();

            browser.logIn(CMS_REVIEWER);
            browser.element(By.id("menu-change-requests")).click();
            browser.element(By.cssSelector(".open-request")).click();
            browser.waitForText(By.id("request:rows"), first);
            browser.waitForText(By.id("request:rows"), "No conflicts");
            scrollTo(browser, "request-title");
            browser.screenshot("cms-change-request-review");
            browser.element(By.cssSelector(".accept-row")).click();
            browser.waitForText(By.id("request:rows"), "Accepted");
            // the reason-code menu's own <select> (PrimeFaces keeps it hidden behind the styled menu)
            browser.element(By.cssSelector(".reason"));
            ((JavascriptExecutor) browser.driver()).executeScript("document.querySelector('.reason select').value = 'INCOMPLETE'");
            browser.element(By.cssSelector(".reason-note")).sendKeys("The legal name does not match PECOS");
            browser.element(By.cssSelector(".deny-row")).click();
            browser.waitForText(By.cssSelector(".ui-confirm-dialog"), "The ACO is told the reason");
            browser.element(By.id("request:confirm-yes")).click();
            browser.waitForText(By.id("request:rows"), "Denied");
            browser.waitForText(By.id("request:rows"), "The legal name does not match PECOS");
            browser.waitForText(By.id("request-status"), "Decided");
            scrollTo(browser, "request-title");
            browser.screenshot("cms-change-request-dispositions");
            browser.logOut();

            browser.logIn(ACO_STAFF);
            browser.element(By.id("menu-participants")).click();
            browser.element(By.xpath("//a[contains(., 'Change requests')]")).click();
            browser.waitForText(By.id("lists:tabs:changes"), "Denied");
            assertTrue(browser.text(By.id("lists:tabs:changes")).contains("INCOMPLETE"));
            scrollTo(browser, "lists:tabs");
            browser.screenshot("participants-dispositions");
        }
        JsonObject firstInForce = HttpApi.object(HttpApi.getJson(LISTS + "participants?tin=" + first, ACO_STAFF));
        JsonObject secondInForce = HttpApi.object(HttpApi.getJson(LISTS + "participants?tin=" + second, ACO_STAFF));
        assertEquals(1, firstInForce.getJsonNumber("total").longValue() + secondInForce.getJsonNumber("total").longValue(),
                "one row accepted, one denied: the list in force has exactly the accepted one");
    }

    @Test
    void cmsAdminLoadsTheOtherInitiativesListInTheBrowser() throws IOException {
        String reach = newTin();
        Path dir = Files.createTempDirectory("ssp-initiatives-");
        Path bad = dir.resolve("initiatives-bad.csv");
        Files.writeString(bad, "TIN,Initiative,PY\n" + reach + ",ACO REACH," + PY + "\n123,Made-up Model," + PY + "\n");
        Path good = dir.resolve("initiatives.csv");
        Files.writeString(good, "TIN,Initiative,PY\n" + reach + ",ACO REACH," + PY + "\n");
        try (Browser browser = new Browser()) {
            browser.reset();
            browser.logIn(CMS_ADMIN);
            browser.element(By.id("menu-list-reference")).click();
            browser.element(By.id("initiatives:file")).sendKeys(bad.toString());
            browser.element(By.id("initiatives:load")).click();
            browser.waitForText(By.id("initiativeProblems"), "is not a known initiative");
            assertTrue(browser.text(By.id("initiativeProblems")).contains("must be exactly 9 digits"));
            browser.screenshot("cms-list-reference-problems");
            browser.element(By.id("initiatives:file")).sendKeys(good.toString());
            browser.element(By.id("initiatives:load")).click();
            browser.waitForText(By.id("messages"), "Loaded initiatives.csv");
        }
        assertTrue(problemText(uploadParticipants(HEADER + reach + ",Reach Clinic,Y\n")).contains("takes part in ACO REACH in " + PY),
                "the loaded list screens ACO uploads at once");
    }

    private static void scrollTo(Browser browser, String id) {
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
    }

    // ---- SNF affiliates (SNF 3-day rule waiver): the same change requests, per PY ----

    private static final String SNF = LISTS + "snf-affiliates";
    private static final String SNF_HEADER = "CCN,Facility name,TIN,Overall star rating\n";

    /** A CCN in the SNF range (xx5000–xx6499) that no other test uses. */
    private static String newCcn() {
        return String.format("%02d", 11 + RANDOM.nextInt(89)) + (5000 + RANDOM.nextInt(1500));
    }

    private static long total(String path) {
        return HttpApi.object(HttpApi.getJson(path, ACO_STAFF)).getJsonNumber("total").longValue();
    }

    /** The executive submits A1001's draft and the reviewer accepts every row of it. */
    private static void submitAndAcceptAll() {
        HttpResponse<String> submitted = HttpApi.post(LISTS + "submission", ACO_EXECUTIVE, "application/json", new byte[0]);
        assertEquals(200, submitted.statusCode(), submitted.body());
        long id = HttpApi.object(submitted).getJsonNumber("id").longValue();
        for (JsonValue v : HttpApi.object(HttpApi.getJson("api/change-requests/" + id + "/rows?max=500", CMS_REVIEWER)).getJsonArray("rows")) {
            JsonObject row = v.asJsonObject();
            assertTrue(row.getJsonArray("screening").isEmpty(), "nothing flagged: " + row);
            assertEquals(200, HttpApi.putJson("api/change-requests/" + id + "/rows/" + row.getJsonNumber("id").longValue(),
                    CMS_REVIEWER, "{\"disposition\":\"ACCEPTED\"}").statusCode());
        }
    }

    @Test
    void snfUploadWithALowStarRatingAndABadCcnIsReportedRowByRowAndNothingIsSaved() {
        long before = draftRows();
        String good = newCcn();
        HttpResponse<String> r = HttpApi.post(SNF, ACO_STAFF, "text/csv", (SNF_HEADER + good + ",Good Nursing Center," + newTin() + ",4\n"
                + "101234,Not An SNF," + newTin() + ",5\n" + newCcn() + ",Two Star Care," + newTin() + ",2\n")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(422, r.statusCode(), r.body());
        assertFalse(HttpApi.object(r).getBoolean("saved"));
        String text = problemText(r);
        assertTrue(text.contains("3|CCN|CCN '101234' is not a skilled nursing facility"), text);
        assertTrue(text.contains("4|Overall star rating|The SNF has an overall star rating of 2"), text);
        assertEquals(2, problems(r).size(), text);
        assertTrue(problems(r).stream().allMatch(p -> !p.getString("fix").isBlank()));
        assertEquals(before, draftRows(), "nothing of a file with problems is saved");

        // one typed on the page/API is checked the same way
        HttpResponse<String> typed = HttpApi.postJson(SNF + "/entries", ACO_EXECUTIVE,
                "{\"ccn\":\"" + newCcn() + "\",\"name\":\"Typed SNF\",\"tin\":\"" + newTin() + "\",\"starRating\":\"1\"}");
        assertEquals(422, typed.statusCode(), typed.body());
        assertTrue(problemText(typed).contains("Overall star rating|The SNF has an overall star rating of 1"), problemText(typed));
        assertEquals(before, draftRows());
    }

    @Test
    void anSnfGoesOnThePyListThroughAChangeRequestIsCorrectedAndLeavesOnItsTerminationDate() {
        String ccn = newCcn();
        String tin = newTin();
        String csv = SNF_HEADER + ccn + ",\"Seaside Skilled Nursing, Inc.\"," + tin + ",3\n";
        HttpResponse<String> r = HttpApi.post(SNF, ACO_STAFF, "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(0, total(SNF + "?ccn=" + ccn), "an addition waits for CMS: not on the list yet");
        assertTrue(HttpApi.getJson(LISTS + "changes?max=500", ACO_STAFF).body().contains("\"ccn\":\"" + ccn + "\""));
        HttpResponse<String> again = HttpApi.post(SNF, ACO_STAFF, "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(422, again.statusCode());
        assertTrue(problemText(again).contains("2|CCN|CCN " + ccn + " is already in your change request for " + PY), problemText(again));

        submitAndAcceptAll();
        JsonObject entry = HttpApi.object(HttpApi.getJson(SNF + "?ccn=" + ccn, ACO_EXECUTIVE)).getJsonArray("rows").getJsonObject(0);
        assertEquals("Seaside Skilled Nursing, Inc.", entry.getString("name"));
        assertEquals(3, entry.getInt("starRating"));
        assertEquals(PY + "-01-01", entry.getString("effectiveDate"), "like participants, SNF additions start on January 1 of the PY");
        assertEquals(0, total("api/participant-lists/A1001/" + (PY - 1) + "/snf-affiliates?ccn=" + ccn), "not on this year's list");
        HttpResponse<String> duplicate = HttpApi.post(SNF, ACO_STAFF, "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertTrue(problemText(duplicate).contains("CCN " + ccn + " is already on your SNF affiliate list for " + PY), problemText(duplicate));

        // a correction: refused when the rating falls below 3; saved to the draft, fixed there, accepted
        long id = entry.getJsonNumber("id").longValue();
        HttpResponse<String> low = HttpApi.putJson(SNF + "/" + id, ACO_STAFF, "{\"name\":\"Seaside Skilled Nursing\",\"tin\":\"" + tin
                + "\",\"starRating\":\"2\"}");
        assertEquals(422, low.statusCode(), low.body());
        assertTrue(problemText(low).contains("overall star rating of 2"), problemText(low));
        HttpResponse<String> change = HttpApi.putJson(SNF + "/" + id, ACO_STAFF, "{\"name\":\"Seaside Skilled Nursing\",\"tin\":\"" + tin
                + "\",\"starRating\":\"5\"}");
        assertEquals(200, change.statusCode(), change.body());
        HttpResponse<String> twice = HttpApi.post(SNF + "/" + id + "/deletion?terminationDate=" + PY + "-06-30", ACO_STAFF,
                "application/json", new byte[0]);
        assertEquals(400, twice.statusCode());
        assertTrue(twice.body().contains("A change of CCN " + ccn + " is already waiting in change request"), twice.body());
        JsonObject draftRow = HttpApi.object(HttpApi.getJson(LISTS + "changes?max=500&ccn=" + ccn, ACO_STAFF)).getJsonArray("rows")
                .getValuesAs(JsonObject.class).stream().filter(c -> c.getString("action").equals("UPDATE")).findFirst().orElseThrow();
        assertEquals("facility name: Seaside Skilled Nursing, Inc. → Seaside Skilled Nursing; overall star rating: 3 → 5",
                draftRow.getString("correction"));
        HttpResponse<String> badFix = HttpApi.putJson(LISTS + "changes/" + draftRow.getJsonNumber("id").longValue(), ACO_STAFF,
                "{\"name\":\"Seaside Skilled Nursing\",\"tin\":\"" + tin + "\",\"starRating\":\"1\"}");
        assertEquals(422, badFix.statusCode(), badFix.body());
        assertTrue(HttpApi.getJson(LISTS + "changes?max=500&ccn=" + ccn, ACO_STAFF).body().contains("overall star rating: 3 → 5"),
                "a fix with problems leaves the draft row as it was");
        HttpResponse<String> fixed = HttpApi.putJson(LISTS + "changes/" + draftRow.getJsonNumber("id").longValue(), ACO_STAFF,
                "{\"name\":\"Seaside Skilled Nursing\",\"tin\":\"" + tin + "\",\"starRating\":\"4\"}");
        assertEquals(200, fixed.statusCode(), fixed.body());
        assertEquals(3, HttpApi.object(HttpApi.getJson(SNF + "?ccn=" + ccn, ACO_STAFF)).getJsonArray("rows").getJsonObject(0).getInt("starRating"),
                "nothing changes before CMS accepts");
        submitAndAcceptAll();
        JsonObject corrected = HttpApi.object(HttpApi.getJson(SNF + "?ccn=" + ccn, ACO_STAFF)).getJsonArray("rows").getJsonObject(0);
        assertEquals(4, corrected.getInt("starRating"));
        assertEquals("Seaside Skilled Nursing", corrected.getString("name"));
        JsonObject audited = HttpApi.json(HttpApi.getJson("api/audit?max=200", CMS_ADMIN).body()).asJsonArray()
                .getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("recordKey").equals("A1001 CCN " + ccn) && e.getString("change").equals("changed"))
                .findFirst().orElseThrow(() -> new AssertionError("the accepted correction is not in the audit trail"));
        assertEquals("cms.reviewer", audited.getString("userName"), "the reviewer who accepted it");
        String changes = audited.getJsonArray("changes").toString();
        assertTrue(changes.contains("\"field\":\"Star rating\"") && changes.contains("\"oldValue\":\"3\"")
                && changes.contains("\"newValue\":\"4\""),
                "the correction in words, old → new: " + changes);

        HttpResponse<String> export = HttpApi.get(SNF + "/export", CMS_REVIEWER, "text/csv");
        assertEquals(200, export.statusCode(), export.body());
        assertTrue(export.body().startsWith("CCN,Facility name,TIN,Overall star rating,Effective date,Termination date"), export.body());
        assertTrue(export.body().contains(ccn + ",Seaside Skilled Nursing," + tin + ",4,01/01/" + PY + ","), export.body());
        assertTrue(export.body().contains("105123,Palm Beach Skilled Nursing Center"), "demo affiliates of A1001 are listed");
        HttpResponse<String> xlsx = HttpApi.get(SNF + "/export.xlsx", ACO_STAFF,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertEquals(200, xlsx.statusCode());
        assertTrue(xlsx.body().startsWith("PK"), "an .xlsx is a zip file");
        HttpResponse<String> template = HttpApi.get("api/participant-list-templates/snf-affiliates.csv", ACO_STAFF, "text/csv");
        assertEquals(200, template.statusCode());
        assertTrue(template.body().startsWith("CCN,Facility name,TIN,Overall star rating"), template.body());

        // a deletion: it takes effect on its termination date, after CMS accepts it
        assertEquals(204, HttpApi.post(SNF + "/" + id + "/deletion?terminationDate=" + PY + "-06-30", ACO_STAFF,
                "application/json", new byte[0]).statusCode());
        submitAndAcceptAll();
        assertEquals(PY + "-06-30", HttpApi.object(HttpApi.getJson(SNF + "?ccn=" + ccn, ACO_STAFF)).getJsonArray("rows").getJsonObject(0)
                .getString("terminationDate"));
        assertEquals(0, total("api/participant-lists/A1001/" + (PY + 1) + "/snf-affiliates?ccn=" + ccn), "gone from the next PY's list");
    }

    @Test
    void aParticipantThatStartsBillingPrimaryCareIsScreenedForExclusivityLikeANewOne() {
        // 900100103 is a specialist TIN on A1001's and A1026's lists, billing no primary care in either
        JsonObject cardiology = HttpApi.object(HttpApi.getJson(LISTS + "participants?tin=900100103", ACO_STAFF))
                .getJsonArray("rows").getJsonObject(0);
        long before = draftRows();
        HttpResponse<String> r = HttpApi.putJson(LISTS + "participants/" + cardiology.getJsonNumber("id").longValue(), ACO_STAFF,
                "{\"name\":\"Boca Cardiology Associates\",\"primaryCare\":\"Y\"}");
        assertEquals(422, r.statusCode(), r.body());
        assertTrue(problemText(r).contains("TIN 900100103 bills primary care services used in assignment and is on the participant list of ACO A1026"),
                problemText(r));
        HttpResponse<String> nothing = HttpApi.putJson(LISTS + "participants/" + cardiology.getJsonNumber("id").longValue(), ACO_STAFF,
                "{\"name\":\"Boca Cardiology Associates\",\"primaryCare\":\"N\"}");
        assertEquals(400, nothing.statusCode());
        assertTrue(nothing.body().contains("Nothing was changed"), nothing.body());
        HttpResponse<String> otherTin = HttpApi.putJson(LISTS + "participants/" + cardiology.getJsonNumber("id").longValue(), ACO_STAFF,
                "{\"tin\":\"" + newTin() + "\",\"name\":\"Boca Cardiology\",\"primaryCare\":\"N\"}");
        assertEquals(400, otherTin.statusCode());
        assertTrue(otherTin.body().contains("delete the entry and add the new one"), otherTin.body());
        assertEquals(before, draftRows(), "nothing was saved");
        assertEquals(404, HttpApi.putJson("api/participant-lists/A1026/" + PY + "/participants/" + cardiology.getJsonNumber("id").longValue(),
                ATLANTIC_STAFF, "{\"name\":\"Mine now\",\"primaryCare\":\"N\"}").statusCode(),
                "another ACO's entry is not found under one's own ACO");
    }

    @Test
    void anAcoWithoutTheSnfWaiverIsRefusedAndEachAcoSeesOnlyItsOwnSnfList() {
        JsonObject basicA = HttpApi.object(HttpApi.getJson("api/participant-lists/A4678/" + PY + "/snf-waiver", CMS_REVIEWER));
        assertFalse(basicA.getBoolean("mayHaveAffiliates"));
        assertTrue(basicA.getString("refusal").contains("cannot have SNF affiliates"), basicA.toString());
        assertFalse(HttpApi.object(HttpApi.getJson("api/participant-lists/A1247/" + PY + "/snf-waiver", CMS_ADMIN)).getBoolean("mayHaveAffiliates"));
        assertTrue(HttpApi.object(HttpApi.getJson(LISTS + "snf-waiver", ACO_STAFF)).getBoolean("mayHaveAffiliates"));

        // atlantic.staff (A1026) can neither read nor change A1001's SNF list; CMS reads but does not change it
        long id = HttpApi.object(HttpApi.getJson(SNF + "?ccn=105123", ACO_STAFF)).getJsonArray("rows").getJsonObject(0)
                .getJsonNumber("id").longValue();
        byte[] csv = (SNF_HEADER + newCcn() + ",Any SNF," + newTin() + ",5\n").getBytes(StandardCharsets.UTF_8);
        assertEquals(403, HttpApi.getJson(SNF, ATLANTIC_STAFF).statusCode());
        assertEquals(403, HttpApi.get(SNF + "/export", ATLANTIC_STAFF, "text/csv").statusCode());
        assertEquals(403, HttpApi.post(SNF, ATLANTIC_STAFF, "text/csv", csv).statusCode());
        assertEquals(403, HttpApi.post(SNF + "/" + id + "/deletion?terminationDate=" + LocalDate.now(), ATLANTIC_STAFF,
                "application/json", new byte[0]).statusCode());
        assertEquals(404, HttpApi.post("api/participant-lists/A1026/" + PY + "/snf-affiliates/" + id + "/deletion?terminationDate="
                        + LocalDate.now(), ATLANTIC_STAFF, "application/json", new byte[0]).statusCode(),
                "another ACO's affiliate id is not found under one's own ACO");
        assertEquals(403, HttpApi.post(SNF, CMS_ADMIN, "text/csv", csv).statusCode());
        HttpResponse<String> basic = HttpApi.post("api/participant-lists/A4678/" + PY + "/snf-affiliates", ACO_STAFF, "text/csv", csv);
        assertEquals(403, basic.statusCode(), "not A1001's own ACO");
        assertEquals(1, total(SNF + "?ccn=105123"), "the demo affiliate is still on A1001's list");
        // SNF additions, like participant additions, go to CMS only in the change-request window of their PY
        String later = "api/participant-lists/A1001/" + (PY + 1) + "/";
        assertEquals(200, HttpApi.post(later + "snf-affiliates", ACO_STAFF, "text/csv", csv).statusCode());
        HttpResponse<String> outside = HttpApi.post(later + "submission", ACO_EXECUTIVE, "application/json", new byte[0]);
        assertEquals(400, outside.statusCode(), outside.body());
        assertTrue(outside.body().contains("Participant and SNF additions for " + (PY + 1)
                + " can only be submitted during the change-request window, which CMS has not set yet"), outside.body());
        for (JsonObject row : HttpApi.object(HttpApi.getJson(later + "changes?max=500", ACO_STAFF)).getJsonArray("rows").getValuesAs(JsonObject.class)) {
            assertEquals(204, HttpApi.delete(later + "changes/" + row.getJsonNumber("id").longValue(), ACO_STAFF).statusCode());
        }
        // A1026 is BASIC E: its own people may keep a list
        assertTrue(HttpApi.object(HttpApi.getJson("api/participant-lists/A1026/" + PY + "/snf-waiver", ATLANTIC_STAFF))
                .getBoolean("mayHaveAffiliates"));
    }

    @Test
    void inTheBrowserAnAcoFixesItsSnfUploadFixesADraftRowAndAsksForACorrection() throws IOException {
        String ccn = newCcn();
        Path dir = Files.createTempDirectory("ssp-snf-");
        Path mistakes = dir.resolve("snf-affiliates.csv");
        Files.writeString(mistakes, SNF_HEADER + ccn + ",Harbor View Nursing," + newTin() + ",4\n"
                + "101234,Not An SNF," + newTin() + ",5\n" + newCcn() + ",Two Star Care," + newTin() + ",2\n");
        Path fixed = dir.resolve("snf-affiliates-fixed.csv");
        Files.writeString(fixed, SNF_HEADER + ccn + ",Harbour View Nursing," + newTin() + ",4\n");
        Path huge = dir.resolve("all-our-claims.csv");
        Files.write(huge, new byte[21 * 1024 * 1024]);
        long before = draftRows();

        try (Browser browser = new Browser()) {
            browser.reset();
            browser.logIn(ACO_STAFF);
            browser.element(By.id("menu-participants")).click();
            browser.waitForText(By.id("page-title"), "Participant lists");
            // a file too big for any list is refused in the browser, in words, before it is sent
            browser.element(By.id("upload:file")).sendKeys(huge.toString());
            browser.waitForText(By.id("upload:file-size"), "all-our-claims.csv is 21.0 MB; one upload takes at most 20 MB");

            chooseUploadKind(browser, "SNF_AFFILIATE");
            browser.element(By.id("upload:file")).sendKeys(mistakes.toString());
            browser.element(By.id("upload:check")).click();
            browser.waitForText(By.id("problem-count"), "2 problems");
            String table = browser.text(By.id("problems:table"));
            assertTrue(table.contains("not a skilled nursing facility") && table.contains("3 stars or more"), table);
            scrollTo(browser, "problem-count");
            browser.screenshot("snf-upload-problems");

            chooseUploadKind(browser, "SNF_AFFILIATE");
            browser.element(By.id("upload:file")).sendKeys(fixed.toString());
            browser.element(By.id("upload:check")).click();
            browser.waitForText(By.id("messages"), "added to your draft change request for " + PY);

            // a typo found after the upload: fixed in the draft, before it goes to CMS
            browser.element(By.xpath("//a[contains(., 'Change requests')]")).click();
            browser.waitForText(By.id("lists:tabs:changes"), "Harbour View Nursing");
            browser.element(By.xpath("//tr[contains(., '" + ccn + "')]//button[contains(@class, 'fix-draft-row')]")).click();
            browser.waitForText(By.id("change-subject"), ccn);
            WebElement name = browser.element(By.xpath("//form[@id='changeForm']//input[contains(@id, ':1:changeValue')]"));
            name.clear();
            name.sendKeys("Harbor View Nursing");
            browser.element(By.id("changeForm:saveChange")).click();
            browser.waitForText(By.id("messages"), "The draft row was fixed");
            browser.waitForText(By.id("lists:tabs:changes"), "Harbor View Nursing");

            // a correction of an SNF in force: a rating below 3 is refused in the dialog, 5 goes to the draft
            browser.element(By.xpath("//a[contains(., 'SNF affiliates in force')]")).click();
            browser.waitForText(By.id("lists:tabs:snfs"), "Palm Beach Skilled Nursing Center");
            browser.element(By.xpath("//tr[contains(., '105123')]//button[contains(@class, 'change-entry')]")).click();
            browser.waitForText(By.id("change-subject"), "105123");
            WebElement stars = browser.element(By.xpath("//form[@id='changeForm']//input[contains(@id, ':3:changeValue')]"));
            stars.clear();
            stars.sendKeys("2");
            browser.element(By.id("changeForm:saveChange")).click();
            browser.waitForText(By.id("changeForm:changeMessages"), "overall star rating of 2");
            browser.screenshot("list-change-dialog");
            stars = browser.element(By.xpath("//form[@id='changeForm']//input[contains(@id, ':3:changeValue')]"));
            stars.clear();
            stars.sendKeys("5");
            browser.element(By.id("changeForm:saveChange")).click();
            browser.waitForText(By.id("messages"), "applies when CMS accepts it");
            browser.element(By.xpath("//a[contains(., 'Change requests')]")).click();
            browser.waitForText(By.id("lists:tabs:changes"), "overall star rating: 4 → 5");
            scrollTo(browser, "lists");
            browser.screenshot("snf-affiliates");

            // leave A1001's draft as it was: remove both rows again
            for (String key : List.of(ccn, "105123")) {
                browser.element(By.xpath("//tr[contains(., '" + key + "')]//button[contains(., 'Remove')]")).click();
                browser.waitForText(By.id("messages"), "from the draft");
                // the message of the first removal is still on the page: wait for this row to go
                browser.waitUntilTextLacks(By.id("lists:tabs:changes"), key);
            }
            assertEquals(before, draftRows());
        } finally {
            discardDraftRows(ccn, "105123"); // whatever happened above, the class's other tests start from the same draft
        }
        assertEquals(4, HttpApi.object(HttpApi.getJson(SNF + "?ccn=105123", ACO_STAFF)).getJsonArray("rows").getJsonObject(0).getInt("starRating"),
                "the demo SNF's rating changes only when CMS accepts a correction");
    }

    /** Takes this test's rows out of A1001's draft through the API. */
    private static void discardDraftRows(String... identifiers) {
        for (JsonObject row : HttpApi.object(HttpApi.getJson(LISTS + "changes?max=500", ACO_STAFF)).getJsonArray("rows")
                .getValuesAs(JsonObject.class)) {
            String id = row.containsKey("ccn") && !row.isNull("ccn") ? row.getString("ccn") : row.getString("tin");
            if (row.getString("requestStatus").equals("DRAFT") && List.of(identifiers).contains(id)) {
                assertEquals(204, HttpApi.delete(LISTS + "changes/" + row.getJsonNumber("id").longValue(), ACO_STAFF).statusCode());
            }
        }
    }

    /** The list menu's own <select> (PrimeFaces keeps it hidden behind the styled menu); the upload is not Ajax, so it is posted. */
    private static void chooseUploadKind(Browser browser, String kind) {
        browser.element(By.id("upload:kind"));
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('upload:kind_input').value = arguments[0]", kind);
    }
}
