package gov.cms.ssp.e2e;

import static gov.cms.ssp.e2e.DemoUser.ACO_EXECUTIVE;
import static gov.cms.ssp.e2e.DemoUser.ACO_STAFF;
import static gov.cms.ssp.e2e.DemoUser.ATLANTIC_STAFF;
import static gov.cms.ssp.e2e.DemoUser.CLINICIAN;
import static gov.cms.ssp.e2e.DemoUser.CMS_REVIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;

/**
 * The attack suite (docs/security.md), table-driven through real Keycloak tokens and a real browser
 * session: another ACO's records × every verb answered like missing ones, CSRF with the session cookie
 * alone on every state-changing endpoint, numeric bombs and oversized bodies on every JSON endpoint,
 * markup in free text, odd upload names.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityAttackIT {
    private static final String JSON = "application/json";
    /** Numbers that pass a value check yet would cost minutes of CPU or gigabytes of text, or silently become 0. */
    private static final List<String> BOMBS = List.of("1E-3000000", "1E-400000000", "-1E+400000000", "1E+3000000",
            "0." + "0".repeat(3000) + "1", "123456789012345678901234567890");
    private static String acoSession;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SspDeployment.ear();
    }

    /** The application cycles this class's fixtures made are removed with all they led to (ApplicationFixture). */
    @AfterAll
    static void removeTheFixturesCycles() {
        ApplicationFixture.removeFarFutureCycles();
    }

    @BeforeAll
    static void logInWithABrowser() {
        try (Browser browser = new Browser()) {
            browser.reset();
            browser.logIn(ACO_EXECUTIVE);
            Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
            acoSession = "JSESSIONID=" + session.getValue();
        }
    }

    /** A state-changing call: method, path, the content type it takes and a body of that type. */
    record Change(String method, String path, String type, String body) {
    }

    static List<Change> stateChangingEndpoints() {
        String json = "{}";
        return List.of(
                new Change("POST", "api/participant-lists/A1001/2027/participants", "text/csv", "TIN,Legal business name\n"),
                new Change("POST", "api/participant-lists/A1001/2027/participants/entries", JSON, json),
                new Change("PUT", "api/participant-lists/A1001/2027/participants/1", JSON, json),
                new Change("POST", "api/participant-lists/A1001/2027/participants/1/deletion", JSON, ""),
                new Change("PUT", "api/participant-lists/A1001/2027/changes/1", JSON, json),
                new Change("DELETE", "api/participant-lists/A1001/2027/changes/1", JSON, null),
                new Change("POST", "api/participant-lists/A1001/2027/submission", JSON, ""),
                new Change("POST", "api/change-requests/1/acceptance-of-clear-rows", JSON, ""),
                new Change("PUT", "api/change-requests/1/rows/1", JSON, "{\"disposition\":\"ACCEPT\"}"),
                new Change("PUT", "api/reference/change-request-windows/2027", JSON, json),
                new Change("POST", "api/reference/other-initiatives", "text/csv", "NPI\n"),
                new Change("PUT", "api/public-pages/A1001", JSON, json),
                new Change("PUT", "api/certifications/2031", JSON, json),
                new Change("POST", "api/certifications/2027/acos/A1001/signature", JSON, json),
                new Change("POST", "api/certifications/2027/acos/A1001/extension", JSON, json),
                new Change("POST", "api/compliance-plans/A1001?fileName=plan.pdf", "application/pdf", "%PDF-1.4\n"),
                new Change("PUT", "api/financial-arrangements/A1001", JSON, "{\"eftAuthorized\":false,\"version\":-1}"),
                new Change("POST", "api/reconciliation/estimate", JSON, json),
                new Change("POST", "api/reconciliation/runs?year=2023", JSON, ""),
                new Change("POST", "api/reconciliation/runs/1/resume", JSON, ""),
                new Change("POST", "api/reconciliation/runs/1/approve", JSON, ""),
                new Change("POST", "api/reconciliation/runs/1/release", JSON, ""),
                new Change("POST", "api/reconciliation/financial-inputs/2023", "text/csv", "ACO_ID\n"),
                new Change("POST", "api/reconciliation/financial-inputs/2023/entries", JSON, json),
                new Change("POST", "api/reconciliation/runs/1/set-aside/A1001/figures", JSON, "{\"cmsSetMinimumSavingsRate\":0.03}"),
                new Change("POST", "api/reconciliation/runs/1/set-aside/A1001/withhold", JSON, "{\"reason\":\"x\"}"),
                new Change("PUT", "api/aco-profiles/A1001/contacts", JSON, json),
                new Change("POST", "api/aco-overviews/A1001/notes", JSON, "{\"text\":\"x\"}"),
                new Change("PUT", "api/application-cycles/2099", JSON, json),
                new Change("POST", "api/application-cycles/2099/notices/A1001", JSON, json),
                new Change("POST", "api/application-cycles/2099/applications/A1001", JSON, ""),
                new Change("PUT", "api/applications/1/sections/GOVERNANCE", JSON, json),
                new Change("POST", "api/applications/1/documents/COMPLIANCE_PLAN?fileName=x.pdf", "application/pdf", "%PDF-1.4\n"),
                new Change("POST", "api/applications/1/submit", JSON, ""),
                new Change("POST", "api/applications/1/deficiencies/1/answer", JSON, "{\"response\":\"x\"}"),
                new Change("POST", "api/applications/1/deficiencies", JSON, json),
                new Change("POST", "api/applications/1/rfi", JSON, ""),
                new Change("POST", "api/applications/1/approve", JSON, ""),
                new Change("POST", "api/applications/1/deny", JSON, "{\"reason\":\"x\"}"),
                new Change("POST", "api/applications/1/reopen", JSON, "{\"reason\":\"x\"}"),
                new Change("POST", "api/change-requests/1/rows/1/reopen", JSON, "{\"reason\":\"x\"}"),
                new Change("POST", "api/quality/2023/reports/A1001/measures", "text/csv", "measure_id\n"),
                new Change("POST", "api/quality/2023/reports/A1001/submission", JSON, ""),
                new Change("POST", "api/quality/2023/cms-files/cahps", "text/csv", "aco_id\n"),
                new Change("POST", "api/quality/2023/reference/benchmarks.csv", "text/csv", "measure_id\n"),
                new Change("PUT", "api/quality/2023/window", JSON, json),
                new Change("PUT", "api/quality/2023/determinations/A1001", JSON, "{\"improvementPoints\":\"0\",\"eucAffected\":\"N\"}"),
                new Change("POST", "api/quality/2023/release", JSON, ""));
    }

    private static HttpResponse<String> withSession(Change c, String contentType, Map<String, String> extra) {
        Map<String, String> headers = new java.util.HashMap<>(Map.of("Cookie", acoSession, "Accept", "text/html,*/*"));
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        headers.putAll(extra);
        return HttpApi.request(c.method(), c.path(), headers, c.body() == null ? null : c.body().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theSessionCookieAloneChangesNothingThroughTheApiWhateverTheContentType() {
        List<String> wrong = new ArrayList<>();
        for (Change c : stateChangingEndpoints()) {
            // as the endpoint expects it, and as an HTML form on another page could send it
            for (String type : new String[] {c.type(), "text/plain", "application/x-www-form-urlencoded"}) {
                HttpResponse<String> r = withSession(c, type, Map.of());
                if (r.statusCode() != 403 || !r.body().contains("X-Requested-With")) {
                    wrong.add(c.method() + " " + c.path() + " as " + type + ": " + r.statusCode() + " " + r.body());
                }
            }
            HttpResponse<String> crossSite = withSession(c, c.type(), Map.of("X-Requested-With", "XMLHttpRequest",
                    "Sec-Fetch-Site", "same-site"));
            if (crossSite.statusCode() != 403) {
                wrong.add(c.method() + " " + c.path() + " from another site of the host: " + crossSite.statusCode());
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void theSessionWithTheHeaderAndBearerTokensWithoutItStillWork() {
        String estimate = "{\"performanceYear\":2024,\"assignedBeneficiaries\":10000,\"totalBenchmark\":100000000,"
                + "\"totalExpenditures\":95000000,\"qualityStandard\":\"MET\",\"qualityScore\":0.9}";
        Change call = new Change("POST", "api/reconciliation/estimate", JSON, estimate);
        HttpResponse<String> page = withSession(call, JSON, Map.of("X-Requested-With", "XMLHttpRequest",
                "Sec-Fetch-Site", "same-origin"));
        assertEquals(200, page.statusCode(), "the application's own pages may use the API: " + page.body());
        assertEquals(200, HttpApi.postJson("api/reconciliation/estimate", ACO_STAFF, estimate).statusCode(),
                "an API client with a token needs no header");

        // and a refused forgery changed nothing
        String path = "api/financial-arrangements/A1001";
        String before = HttpApi.getJson(path, CMS_REVIEWER).body();
        HttpResponse<String> forged = withSession(new Change("PUT", path, JSON,
                "{\"eftAuthorized\":true,\"repaymentType\":\"ESCROW\",\"repaymentIssuer\":\"Mallory Bank\",\"version\":-1}"), JSON, Map.of());
        assertEquals(403, forged.statusCode());
        assertEquals(before, HttpApi.getJson(path, CMS_REVIEWER).body());
    }

    @Test
    void facesFormsRefuseAPostWithoutTheViewStateOfTheUsersOwnPage() {
        Map<String, String> browser = Map.of("Cookie", acoSession, "Accept", "text/html",
                "Content-Type", "application/x-www-form-urlencoded");
        HttpResponse<String> page = HttpApi.request("GET", "aco/certification.xhtml", browser, null);
        assertEquals(200, page.statusCode());
        String viewState = viewState(page.body());
        assertTrue(viewState.length() >= 20, "the view state is an unguessable id: " + viewState);
        assertFalse(viewState.equals(viewState(HttpApi.request("GET", "aco/certification.xhtml", browser, null).body())),
                "each view has its own");
        HttpResponse<String> forged = HttpApi.request("POST", "aco/certification.xhtml", browser,
                ("sign=sign&sign%3Asign-button=&jakarta.faces.ViewState=" + "1234567890:-987654321").getBytes(StandardCharsets.UTF_8));
        String location = forged.headers().firstValue("Location").orElse("");
        HttpResponse<String> shown = forged.statusCode() == 302
                ? HttpApi.request("GET", location.substring(location.indexOf("/ssp/") + "/ssp/".length()), browser, null) : forged;
        assertTrue(shown.body().contains("Your session has expired"), forged.statusCode() + " " + location + " " + shown.body());
        assertFalse(shown.body().contains("Signed: the"), "nothing was signed");
    }

    private static String viewState(String html) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(html);
        assertTrue(m.find(), "a Faces page carries its view state");
        return m.group(1);
    }

    /** A JSON endpoint with a numeric field: who may call it and its body with %s where the number goes. */
    record NumberField(String method, String path, DemoUser user, String template) {
    }

    static List<NumberField> numberFields(long application) {
        String estimate = "{\"performanceYear\":%1$s,\"assignedBeneficiaries\":%2$s,\"totalBenchmark\":%3$s,\"totalExpenditures\":%4$s,"
                + "\"qualityStandard\":\"MET\",\"qualityScore\":%5$s,\"fixedMinimumSavingsRate\":%6$s,\"participantRevenue\":%7$s}";
        String[] ok = {"2024", "10000", "100000000", "95000000", "0.9", "null", "null"};
        List<NumberField> fields = new ArrayList<>();
        for (int i = 0; i < ok.length; i++) {
            Object[] args = ok.clone();
            args[i] = "%s";
            String template = String.format(estimate, args);
            fields.add(new NumberField("POST", "api/reconciliation/estimate", ACO_STAFF, template));
            fields.add(new NumberField("POST", "api/reconciliation/estimate", CLINICIAN, template));
        }
        String repayment = ApplicationFixture.form("ENHANCED", "ONE_PERCENT", "500000");
        for (String field : new String[] {"\"repaymentAmount\":500000", "\"totalExpenditures\":200000000", "\"participantRevenue\":50000000"}) {
            fields.add(new NumberField("PUT", "api/applications/" + application + "/sections/REPAYMENT", ACO_STAFF,
                    repayment.replace(field, field.substring(0, field.indexOf(':') + 1) + "%s")));
        }
        fields.add(new NumberField("POST", "api/participation/lookup", null, "{\"npis\":[\"1234567893\"],\"year\":%s}"));
        return fields;
    }

    @Test
    void everyNumberOfEveryJsonEndpointIsBoundedInDigitsNotOnlyInValue() {
        long application = ApplicationFixture.id(ApplicationFixture.draftForA1001());
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (NumberField f : numberFields(application)) {
            for (String bomb : BOMBS) {
                String body = f.template().replace("%s", bomb);
                Instant start = Instant.now();
                HttpResponse<String> r = "PUT".equals(f.method()) ? HttpApi.putJson(f.path(), f.user(), body)
                        : HttpApi.postJson(f.path(), f.user(), body);
                Duration took = Duration.between(start, Instant.now());
                checked++;
                if (r.statusCode() != 400 || r.body().length() > 2000 || took.toSeconds() > 5) {
                    wrong.add(f.path() + " " + bomb.substring(0, Math.min(bomb.length(), 20)) + " in " + f.template() + ": "
                            + r.statusCode() + ", " + r.body().length() + " characters, " + took.toMillis() + " ms");
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertEquals(numberFields(application).size() * BOMBS.size(), checked);
        HttpResponse<String> named = HttpApi.postJson("api/reconciliation/estimate", ACO_STAFF, String.format(
                "{\"performanceYear\":2024,\"assignedBeneficiaries\":10000,\"totalBenchmark\":100000000,\"totalExpenditures\":95000000,"
                        + "\"qualityStandard\":\"MET\",\"qualityScore\":%s}", "0.12345678"));
        assertEquals(400, named.statusCode(), "within the parser's bounds, the field's own @Digits speaks: " + named.body());
        assertTrue(named.body().contains("Quality score must be a fraction with at most 6 decimal places"), named.body());
    }

    /** Every endpoint that reads a JSON body. */
    static List<Change> jsonEndpoints() {
        List<Change> json = new ArrayList<>(stateChangingEndpoints().stream().filter(c -> c.type().equals(JSON) && c.body() != null
                && !c.body().isEmpty()).toList());
        json.add(new Change("POST", "api/participation/lookup", JSON, "{}"));
        return json;
    }

    @Test
    void anOversizedJsonBodyIsRefusedBeforeItIsRead() {
        String padding = "{\"padding\":\"" + "x".repeat(300 * 1024) + "\"}";
        List<String> wrong = new ArrayList<>();
        for (Change c : jsonEndpoints()) {
            DemoUser user = c.path().startsWith("api/participation") ? null : ACO_EXECUTIVE;
            HttpResponse<String> r = "PUT".equals(c.method()) ? HttpApi.putJson(c.path(), user, padding)
                    : HttpApi.postJson(c.path(), user, padding);
            if (r.statusCode() != 413 || !r.body().contains("larger than the API accepts")) {
                wrong.add(c.method() + " " + c.path() + ": " + r.statusCode() + " " + r.body());
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        // a body that does not say its length (chunked) is cut off at the limit too
        java.net.http.HttpRequest chunked = java.net.http.HttpRequest.newBuilder(java.net.URI.create(SspDeployment.appUrl()
                        + "api/participation/lookup")).header("Content-Type", JSON)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        padding.getBytes(StandardCharsets.UTF_8)))).build();
        try {
            HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(chunked, HttpResponse.BodyHandlers.ofString());
            assertEquals(413, r.statusCode(), r.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A record named by its id in a path: who owns it, the path with {id}, and an id that does not exist. */
    record Named(String what, String method, String pathOfOthers, String pathOfMissing, String body, String type) {
    }

    @Test
    void anotherAcosRecordIsAnsweredExactlyLikeAMissingOneForEveryVerb() {
        JsonObject app = ApplicationFixture.complete(ApplicationFixture.draftForA1001());
        long id = ApplicationFixture.id(app);
        long document = app.getJsonArray("documents").getJsonObject(0).getJsonNumber("id").longValue();
        long missing = id + 1_000_000_000L;
        long entry = HttpApi.object(HttpApi.getJson("api/participant-lists/A1001/2027/participants", ACO_STAFF))
                .getJsonArray("rows").getJsonObject(0).getJsonNumber("id").longValue();
        long missingEntry = entry + 1_000_000_000L;
        String form = ApplicationFixture.form("BASIC_A", null, "0");
        String entryBody = "{\"tin\":\"900100201\",\"name\":\"Renamed\"}";
        List<Named> table = List.of(
                new Named("application", "GET", "api/applications/" + id, "api/applications/" + missing, null, null),
                new Named("application", "PUT", "api/applications/" + id + "/sections/GOVERNANCE",
                        "api/applications/" + missing + "/sections/GOVERNANCE", form, JSON),
                new Named("application", "POST", "api/applications/" + id + "/submit", "api/applications/" + missing + "/submit", "", JSON),
                new Named("deficiency", "POST", "api/applications/" + id + "/deficiencies/1/answer",
                        "api/applications/" + missing + "/deficiencies/1/answer", "{\"response\":\"x\"}", JSON),
                new Named("document", "POST", "api/applications/" + id + "/documents/COMPLIANCE_PLAN?fileName=x.pdf",
                        "api/applications/" + missing + "/documents/COMPLIANCE_PLAN?fileName=x.pdf",
                        new String(ApplicationFixture.PDF, StandardCharsets.US_ASCII), "application/pdf"),
                new Named("document", "GET", "api/applications/" + id + "/documents/" + document,
                        "api/applications/" + missing + "/documents/" + document, null, null),
                new Named("receipt", "GET", "api/applications/" + id + "/receipts", "api/applications/" + missing + "/receipts", null, null),
                new Named("RFI attachment", "POST", "api/applications/" + id + "/deficiencies/1/attachments?fileName=x.pdf",
                        "api/applications/" + missing + "/deficiencies/1/attachments?fileName=x.pdf",
                        new String(ApplicationFixture.PDF, StandardCharsets.US_ASCII), "application/pdf"),
                new Named("list entry", "PUT", "api/participant-lists/A1026/2027/participants/" + entry,
                        "api/participant-lists/A1026/2027/participants/" + missingEntry, entryBody, JSON),
                new Named("list entry", "POST", "api/participant-lists/A1026/2027/participants/" + entry + "/deletion?terminationDate=2027-12-31",
                        "api/participant-lists/A1026/2027/participants/" + missingEntry + "/deletion?terminationDate=2027-12-31", "", JSON),
                new Named("certification", "GET", "api/certifications/2027/acos/A1001", "api/certifications/2027/acos/A9999", null, null),
                new Named("certification", "POST", "api/certifications/2027/acos/A1001/signature",
                        "api/certifications/2027/acos/A9999/signature", "{\"name\":\"x\",\"title\":\"y\",\"attested\":[]}", JSON),
                new Named("compliance plan", "GET", "api/compliance-plans/A1001/1", "api/compliance-plans/A9999/1", null, null),
                new Named("compliance plan", "POST", "api/compliance-plans/A1001?fileName=p.pdf", "api/compliance-plans/A9999?fileName=p.pdf",
                        new String(ApplicationFixture.PDF, StandardCharsets.US_ASCII), "application/pdf"),
                new Named("public page", "PUT", "api/public-pages/A1001", "api/public-pages/A9999", "{\"version\":-1}", JSON),
                new Named("EFT and repayment", "PUT", "api/financial-arrangements/A1001", "api/financial-arrangements/A9999",
                        "{\"eftAuthorized\":true,\"version\":-1}", JSON),
                new Named("settlement", "GET", "api/settlements/1/A1001", "api/settlements/1/A9999", null, null),
                new Named("ACO profile", "PUT", "api/aco-profiles/A1001/contacts", "api/aco-profiles/A9999/contacts",
                        "{\"role\":\"EXECUTIVE\",\"name\":\"Mallory\"}", JSON),
                new Named("assignment report", "GET", "api/assignment-reports/A1001/2026", "api/assignment-reports/A9999/2026", null, null),
                new Named("assigned beneficiaries", "GET", "api/assignment-reports/A1001/2026/beneficiaries",
                        "api/assignment-reports/A9999/2026/beneficiaries", null, null),
                new Named("quarterly assignment report", "GET", "api/assignment-reports/A1001/2026/quarters/2/beneficiaries",
                        "api/assignment-reports/A9999/2026/quarters/2/beneficiaries", null, null),
                new Named("participant list", "GET", "api/participant-lists/A1001/2027/changes", "api/participant-lists/A9999/2027/changes",
                        null, null),
                new Named("quality report", "GET", "api/quality/2023/reports/A1001", "api/quality/2023/reports/A9999", null, null),
                new Named("quality report", "POST", "api/quality/2023/reports/A1001/measures", "api/quality/2023/reports/A9999/measures",
                        "measure_id\n", "text/csv"));
        List<String> wrong = new ArrayList<>();
        for (Named n : table) {
            HttpResponse<String> others = call(n.method(), n.pathOfOthers(), n.body(), n.type());
            HttpResponse<String> none = call(n.method(), n.pathOfMissing(), n.body(), n.type());
            String said = message(others).replace(String.valueOf(id), "#").replace("A1001", "#");
            String saidOfNone = message(none).replace(String.valueOf(missing), "#").replace("A9999", "#");
            if (others.statusCode() != none.statusCode() || !said.equals(saidOfNone) || others.body().contains("Palm Beach")) {
                wrong.add(n.what() + " " + n.method() + " " + n.pathOfOthers() + ": " + others.statusCode() + " '" + said
                        + "' but a missing one " + none.statusCode() + " '" + saidOfNone + "'");
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertEquals(200, HttpApi.getJson("api/applications/" + id, ACO_STAFF).statusCode(), "the owner still reads it");
    }

    private static HttpResponse<String> call(String method, String path, String body, String type) {
        Map<String, String> headers = new java.util.HashMap<>(Map.of("Accept", JSON,
                "Authorization", "Bearer " + HttpApi.token(ATLANTIC_STAFF)));
        if (type != null) {
            headers.put("Content-Type", type);
        }
        return HttpApi.request(method, path, headers, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    private static String message(HttpResponse<String> r) {
        try {
            return HttpApi.object(r).getString("message");
        } catch (RuntimeException notJson) {
            return r.body();
        }
    }

    @Test
    void markupInFreeTextIsShownAsTextOnEveryPageThatShowsIt() {
        String hostile = "<script>alert('ssp')</script><img src=x onerror=alert(1)>";
        JsonObject app = ApplicationFixture.draftForA1001();
        long id = ApplicationFixture.id(app);
        String form = ApplicationFixture.form("ENHANCED", "ONE_PERCENT", "500000")
                .replace("\"Palm Beach Accountable Care Organization\"", "\"" + hostile.replace("'", "\\u0027") + "\"")
                .replace("\"Ana Diaz\\nSam Ortiz\"", "\"" + hostile.replace("'", "\\u0027") + "\"");
        JsonObject saved = ApplicationFixture.save(id, "LEGAL_ENTITY", form, ApplicationFixture.version(app), ACO_STAFF);
        ApplicationFixture.save(id, "GOVERNANCE", form, ApplicationFixture.version(saved), ACO_STAFF);
        HttpResponse<String> acoPage = HttpApi.get("aco/application.xhtml?id=" + id, ACO_STAFF, "text/html");
        HttpResponse<String> review = HttpApi.get("cms/application.xhtml?id=" + id, CMS_REVIEWER, "text/html");
        for (HttpResponse<String> r : List.of(acoPage, review)) {
            assertEquals(200, r.statusCode(), r.uri().toString());
            assertFalse(r.body().contains("<script>alert(") || r.body().contains("<img src=x"), "no markup from free text: " + r.uri());
        }
        assertTrue(review.body().contains("&lt;script&gt;alert("), "the reviewer sees the text as typed, escaped");

        // a CMS deficiency and the ACO's answer: each side's free text on the other side's page
        JsonObject other = ApplicationFixture.complete(ApplicationFixture.draftForA1001());
        String path = "api/applications/" + ApplicationFixture.id(other);
        HttpResponse<String> submitted = HttpApi.post(path + "/submit?version=" + ApplicationFixture.version(other), ACO_EXECUTIVE,
                JSON, new byte[0]);
        assertEquals(200, submitted.statusCode(), submitted.body());
        String json = hostile.replace("'", "\\u0027");
        HttpResponse<String> noted = HttpApi.postJson(path + "/deficiencies?version=" + ApplicationFixture.version(HttpApi.object(submitted)),
                CMS_REVIEWER, "{\"section\":\"GOVERNANCE\",\"description\":\"" + json + "\"}");
        assertEquals(200, noted.statusCode(), noted.body());
        HttpResponse<String> rfi = HttpApi.post(path + "/rfi?version=" + ApplicationFixture.version(HttpApi.object(noted)), CMS_REVIEWER,
                JSON, new byte[0]);
        assertEquals(200, rfi.statusCode(), rfi.body());
        JsonObject inRfi = HttpApi.object(rfi);
        long deficiency = HttpApi.object(HttpApi.getJson(path, ACO_STAFF)).getJsonArray("deficiencies").getJsonObject(0)
                .getJsonNumber("id").longValue();
        HttpResponse<String> answered = HttpApi.postJson(path + "/deficiencies/" + deficiency + "/answer?version="
                + ApplicationFixture.version(inRfi), ACO_STAFF, "{\"response\":\"" + json + "\"}");
        assertEquals(200, answered.statusCode(), answered.body());
        long second = ApplicationFixture.id(other);
        for (HttpResponse<String> r : List.of(HttpApi.get("aco/application.xhtml?id=" + second, ACO_STAFF, "text/html"),
                HttpApi.get("cms/application.xhtml?id=" + second, CMS_REVIEWER, "text/html"))) {
            assertEquals(200, r.statusCode(), r.uri().toString());
            assertFalse(r.body().contains("<script>alert(") || r.body().contains("<img src=x"), "no markup: " + r.uri());
            assertTrue(r.body().contains("&lt;script&gt;alert("), "the deficiency or its answer, escaped: " + r.uri());
        }
    }

    @Test
    void uploadNamesAreOnlyAFileNameAndDocumentsAreServedAsDownloads() {
        long id = ApplicationFixture.id(ApplicationFixture.draftForA1001());
        String upload = "api/applications/" + id + "/documents/COMPLIANCE_PLAN";
        HttpResponse<String> noName = HttpApi.post(upload, ACO_STAFF, "application/pdf", ApplicationFixture.PDF);
        assertEquals(400, noName.statusCode(), noName.body());
        assertTrue(HttpApi.object(noName).getString("message").contains("has no name"), noName.body());
        HttpResponse<String> longName = HttpApi.post(upload + "?fileName=" + "a".repeat(250) + ".pdf", ACO_STAFF, "application/pdf",
                ApplicationFixture.PDF);
        assertEquals(400, longName.statusCode(), longName.body());
        assertTrue(HttpApi.object(longName).getString("message").contains("at most 200"), longName.body());
        HttpResponse<String> traversal = HttpApi.post(upload + "?fileName=..%2F..%2F..%2Fetc%2F%22evil%22%0D%0Aplan.pdf", ACO_STAFF,
                "application/pdf", ApplicationFixture.PDF);
        assertEquals(200, traversal.statusCode(), traversal.body());
        JsonObject doc = HttpApi.object(traversal).getJsonArray("documents").getJsonObject(0);
        assertEquals("_evil___plan.pdf", doc.getString("fileName"), "only the last segment, in plain characters");

        HttpResponse<String> served = HttpApi.get("api/applications/" + id + "/documents/" + doc.getJsonNumber("id").longValue(),
                CMS_REVIEWER, "*/*");
        assertEquals(200, served.statusCode());
        assertEquals("attachment; filename=\"_evil___plan.pdf\"", served.headers().firstValue("Content-Disposition").orElse(""),
                "a download, never shown inline from the application's origin");
        assertEquals("nosniff", served.headers().firstValue("X-Content-Type-Options").orElse(""));

        HttpResponse<String> plan = HttpApi.post("api/compliance-plans/A1026?fileName=C%3A%5CUsers%5Cnina%5CPlan%20v2.pdf", ATLANTIC_STAFF,
                "application/pdf", ApplicationFixture.PDF);
        assertEquals(200, plan.statusCode(), plan.body());
        assertEquals("Plan v2.pdf", HttpApi.object(plan).getString("fileName"));
        assertEquals(400, HttpApi.post("api/compliance-plans/A1026", ATLANTIC_STAFF, "application/pdf", ApplicationFixture.PDF)
                .statusCode(), "no name, no upload");
    }
}
