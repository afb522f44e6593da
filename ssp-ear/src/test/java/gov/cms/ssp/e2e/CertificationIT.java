package gov.cms.ssp.e2e;

import static gov.cms.ssp.e2e.DemoUser.ACO_EXECUTIVE;
import static gov.cms.ssp.e2e.DemoUser.ACO_STAFF;
import static gov.cms.ssp.e2e.DemoUser.ATLANTIC_STAFF;
import static gov.cms.ssp.e2e.DemoUser.CLINICIAN;
import static gov.cms.ssp.e2e.DemoUser.CMS_ADMIN;
import static gov.cms.ssp.e2e.DemoUser.CMS_ANALYST;
import static gov.cms.ssp.e2e.DemoUser.CMS_REVIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Duration;
import gov.cms.ssp.shared.DisplayFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * The annual certification on the shipped EAR: who may open windows, sign and extend; what signing
 * requires; that signing freezes the lists; the repayment recomputation; the public page's content
 * and escaping; and the browser journey from window to signature to dashboard to public page.
 * Each API test works in a PY of its own (2031, 2032) so that it depends on no other test; the
 * browser journey signs A1001 for PY 2029 (a window it opens itself), never for next year's PY,
 * which other tests change A1001's lists for and which signing would freeze.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CertificationIT {
    private static final Random RANDOM = new Random();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SspDeployment.ear();
    }

    private static HttpResponse<String> openWindow(int py, DemoUser user, LocalDate opens, LocalDate deadline) {
        return HttpApi.putJson("api/certifications/" + py, user, "{\"opensOn\":\"" + opens + "\",\"deadline\":\"" + deadline + "\"}");
    }

    private static HttpResponse<String> sign(int py, DemoUser user, List<String> items) {
        String attested = items.stream().map(i -> "\"" + i + "\"").collect(Collectors.joining(","));
        return HttpApi.post("api/certifications/" + py + "/acos/A1001/signature", user, "application/json",
                ("{\"name\":\"Ana Diaz\",\"title\":\"Chief Executive Officer\",\"attested\":[" + attested + "]}")
                        .getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> items(JsonObject pkg) {
        return pkg.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(i -> i.getString("item")).toList();
    }

    private static long total(String path, DemoUser user) {
        HttpResponse<String> r = HttpApi.getJson(path, user);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return HttpApi.object(r).getJsonNumber("total").longValue();
    }

    @Test
    void onlyTheAcoExecutiveSignsEveryPartAttestedAndSigningFreezesTheLists() {
        int py = 2031;
        assertEquals(403, openWindow(py, CMS_REVIEWER, LocalDate.now().minusDays(1), LocalDate.now().plusDays(30)).statusCode());
        assertEquals(403, openWindow(py, ACO_EXECUTIVE, LocalDate.now().minusDays(1), LocalDate.now().plusDays(30)).statusCode());
        HttpResponse<String> backwards = openWindow(py, CMS_ADMIN, LocalDate.now().plusDays(30), LocalDate.now());
        assertEquals(400, backwards.statusCode());
        assertTrue(backwards.body().contains("cannot be before the window opens"), backwards.body());
        assertEquals(200, openWindow(py, CMS_ADMIN, LocalDate.now().minusDays(1), LocalDate.now().plusDays(30)).statusCode());

        String pkgPath = "api/certifications/" + py + "/acos/A1001";
        assertEquals(403, HttpApi.getJson(pkgPath, ATLANTIC_STAFF).statusCode(), "another ACO's package is refused");
        assertEquals(403, HttpApi.getJson(pkgPath, CLINICIAN).statusCode());
        HttpResponse<String> otherPage = HttpApi.get("aco/certification.xhtml?acoId=A1001&py=" + py, ATLANTIC_STAFF, "text/html");
        assertTrue(otherPage.body().contains("is not one of your ACOs"), "the page refuses another ACO's package");
        assertFalse(otherPage.body().contains("Palm Beach"), "and shows nothing of it");
        HttpResponse<String> opened = HttpApi.getJson(pkgPath, ACO_STAFF);
        assertEquals(200, opened.statusCode(), opened.body());
        assertEquals("NOT_STARTED", HttpApi.object(opened).getString("status"), "reading the package writes nothing");
        HttpResponse<String> page = HttpApi.get("aco/certification.xhtml?acoId=A1001&py=" + py, ACO_STAFF, "text/html");
        assertEquals(200, page.statusCode());
        assertEquals("NOT_STARTED", HttpApi.object(HttpApi.getJson(pkgPath, CMS_REVIEWER)).getString("status"),
                "opening the page is not starting the certification either");
        String publicPage = "api/public-pages/A1001";
        String unchanged = HttpApi.getJson(publicPage, ACO_STAFF).body();
        HttpResponse<String> worked = HttpApi.putJson(publicPage, ACO_STAFF, unchanged);
        assertEquals(200, worked.statusCode(), worked.body());
        JsonObject pkg = HttpApi.object(HttpApi.getJson(pkgPath, CMS_REVIEWER));
        assertEquals("IN_PROGRESS", pkg.getString("status"), "the ACO's first real action on a part starts it");
        List<String> all = items(pkg);
        assertEquals(List.of("PARTICIPANT_LIST", "PROVIDER_SUPPLIER_LIST", "SNF_AFFILIATES", "COMPLIANCE_AND_DATA", "CONTACTS",
                "EFT_AUTHORIZATION", "REPAYMENT_MECHANISM"), all, "A1001 is ENHANCED: two-sided, so the repayment mechanism is a part");

        assertEquals(403, sign(py, ACO_STAFF, all).statusCode(), "ACO staff review but do not sign");
        assertEquals(403, sign(py, CMS_ADMIN, all).statusCode(), "CMS never signs for an ACO");
        HttpResponse<String> partial = sign(py, ACO_EXECUTIVE, all.subList(0, 3));
        assertEquals(400, partial.statusCode());
        assertTrue(partial.body().contains("not attested: Compliance and data certification, ACO contacts and public reporting web page,"
                + " EFT authorization, Repayment mechanism"), partial.body());

        long[] pending = submitAParticipant(py);
        long submittedBeforeSigning = pending[0];
        long rowBeforeSigning = pending[1];
        long participantsInForce = total("api/participant-lists/A1001/" + py + "/participants", ACO_STAFF);
        long providersInForce = total("api/participant-lists/A1001/" + py + "/providers-suppliers", ACO_STAFF);
        HttpResponse<String> signed = sign(py, ACO_EXECUTIVE, all);
        assertEquals(200, signed.statusCode(), signed.body());
        JsonObject done = HttpApi.object(signed);
        assertEquals("SIGNED", done.getString("status"));
        assertEquals("Ana Diaz", done.getString("signerName"));
        assertEquals("Chief Executive Officer", done.getString("signerTitle"));
        assertEquals("aco.executive", done.getString("signedBy"));
        assertTrue(done.getString("signedAt").startsWith(LocalDate.now().toString()), done.getString("signedAt"));
        assertEquals(all.size(), done.getJsonArray("attested").size());
        HttpResponse<String> again = sign(py, ACO_EXECUTIVE, all);
        assertEquals(400, again.statusCode());
        assertTrue(again.body().contains("already signed by Ana Diaz"), again.body());

        String signedParticipants = pkgPath + "/participants?max=500";
        assertEquals(participantsInForce, total(signedParticipants, ACO_STAFF));
        assertEquals(providersInForce, total(pkgPath + "/providers-suppliers?max=500", CMS_REVIEWER));

        // Signing freezes the PY's lists: a later change for the same PY may be drafted, but its
        // submission is refused naming the next PY, and so is CMS accepting a row the ACO had
        // submitted before signing; the signed list and the PY's list in force never change.
        String frozen = "A1001 has signed its " + py + " certification, so its " + py + " lists are frozen as signed."
                + " Make this change for " + (py + 1) + " instead.";
        String tin = "7" + String.format("%08d", RANDOM.nextInt(100_000_000));
        HttpResponse<String> upload = HttpApi.post("api/participant-lists/A1001/" + py + "/participants", ACO_STAFF, "text/csv",
                ("TIN,Legal business name,Bills primary care (Y/N)\n" + tin + ",Added After Signing LLC,N\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(200, upload.statusCode(), "a draft changes no list: " + upload.body());
        HttpResponse<String> submission = HttpApi.post("api/participant-lists/A1001/" + py + "/submission", ACO_EXECUTIVE,
                "application/json", new byte[0]);
        assertEquals(400, submission.statusCode(), submission.body());
        assertTrue(submission.body().contains(frozen), submission.body());
        HttpResponse<String> accept = HttpApi.putJson("api/change-requests/" + submittedBeforeSigning + "/rows/" + rowBeforeSigning,
                CMS_REVIEWER, "{\"disposition\":\"ACCEPTED\"}");
        assertEquals(400, accept.statusCode(), accept.body());
        assertTrue(accept.body().contains(frozen), accept.body());
        assertEquals(200, HttpApi.putJson("api/change-requests/" + submittedBeforeSigning + "/rows/" + rowBeforeSigning, CMS_REVIEWER,
                "{\"disposition\":\"DENIED\",\"reason\":\"PROGRAM_INTEGRITY\"}").statusCode(), "denying changes nothing and is allowed");

        assertEquals(participantsInForce, total("api/participant-lists/A1001/" + py + "/participants", ACO_STAFF),
                "the live list of the signed PY did not change");
        assertEquals(participantsInForce, total(signedParticipants, ACO_STAFF), "the signed list never changes");
        JsonObject reviewed = HttpApi.object(HttpApi.getJson(pkgPath, CMS_REVIEWER));
        assertEquals(participantsInForce, reviewed.getJsonNumber("participants").longValue(), "the package shows what was signed");
        assertEquals("aco.executive", reviewed.getString("signedBy"));
        assertFalse(HttpApi.getJson(signedParticipants, CMS_REVIEWER).body().contains("Added After Signing LLC"));
    }

    /**
     * Uploads and submits one new participant TIN for the PY through the change-request flow, left
     * pending at CMS; returns the request id and its row id. The change-request window is open only
     * while this submits: an open window decides which PY the participant-list page shows, and other
     * tests expect next year's.
     */
    private static long[] submitAParticipant(int py) {
        String changeWindow = "api/reference/change-request-windows/" + py;
        assertEquals(204, HttpApi.putJson(changeWindow, CMS_ADMIN,
                "{\"opensOn\":\"" + LocalDate.now().minusDays(1) + "\",\"closesOn\":\"" + LocalDate.now().plusDays(30) + "\"}").statusCode());
        try {
            String tin = "7" + String.format("%08d", RANDOM.nextInt(100_000_000));
            HttpResponse<String> upload = HttpApi.post("api/participant-lists/A1001/" + py + "/participants", ACO_STAFF, "text/csv",
                    ("TIN,Legal business name,Bills primary care (Y/N)\n" + tin + ",Submitted Before Signing LLC,N\n")
                            .getBytes(StandardCharsets.UTF_8));
            assertEquals(200, upload.statusCode(), upload.body());
            HttpResponse<String> submitted = HttpApi.post("api/participant-lists/A1001/" + py + "/submission", ACO_EXECUTIVE,
                    "application/json", new byte[0]);
            assertEquals(200, submitted.statusCode(), submitted.body());
            long requestId = HttpApi.object(submitted).getJsonNumber("id").longValue();
            JsonArray rows = HttpApi.object(HttpApi.getJson("api/change-requests/" + requestId + "/rows?max=500", CMS_REVIEWER))
                    .getJsonArray("rows");
            assertEquals(1, rows.size());
            return new long[] {requestId, rows.getJsonObject(0).getJsonNumber("id").longValue()};
        } finally {
            assertEquals(204, HttpApi.putJson(changeWindow, CMS_ADMIN,
                    "{\"opensOn\":\"" + LocalDate.now().minusDays(30) + "\",\"closesOn\":\"" + LocalDate.now().minusDays(1) + "\"}").statusCode());
        }
    }

    @Test
    void afterTheDeadlineOnlyAnExtensionFromCmsAdminLetsTheExecutiveSign() {
        int py = 2032;
        assertEquals(200, openWindow(py, CMS_ADMIN, LocalDate.now().minusDays(10), LocalDate.now().minusDays(1)).statusCode());
        List<String> all = items(HttpApi.object(HttpApi.getJson("api/certifications/" + py + "/acos/A1001", CMS_REVIEWER)));
        HttpResponse<String> late = sign(py, ACO_EXECUTIVE, all);
        assertEquals(400, late.statusCode());
        assertTrue(late.body().contains("The deadline of " + gov.cms.ssp.shared.DisplayFormat.date(LocalDate.now().minusDays(1)) + " has passed"), late.body());

        String extension = "api/certifications/" + py + "/acos/A1001/extension";
        byte[] body = ("{\"until\":\"" + LocalDate.now().plusDays(7) + "\",\"reason\":\"Executive replaced after a merger\"}")
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(403, HttpApi.post(extension, CMS_REVIEWER, "application/json", body).statusCode());
        assertEquals(403, HttpApi.post(extension, ACO_EXECUTIVE, "application/json", body).statusCode());
        HttpResponse<String> noReason = HttpApi.post(extension, CMS_ADMIN, "application/json",
                ("{\"until\":\"" + LocalDate.now().plusDays(7) + "\"}").getBytes(StandardCharsets.UTF_8));
        assertEquals(400, noReason.statusCode());
        HttpResponse<String> granted = HttpApi.post(extension, CMS_ADMIN, "application/json", body);
        assertEquals(200, granted.statusCode(), granted.body());
        assertEquals(LocalDate.now().plusDays(7).toString(), HttpApi.object(granted).getString("deadline"));
        assertEquals(200, sign(py, ACO_EXECUTIVE, all).statusCode());

        String board = "api/certifications/" + py + "/acos?max=100";
        assertEquals(403, HttpApi.getJson(board, ACO_EXECUTIVE).statusCode());
        assertEquals(403, HttpApi.getJson(board, CLINICIAN).statusCode());
        JsonArray rows = HttpApi.object(HttpApi.getJson(board, CMS_ANALYST)).getJsonArray("rows");
        assertEquals("SIGNED", status(rows, "A1001"));
        assertEquals("OVERDUE", status(rows, "A4678"), "nobody opened it and the deadline passed");
        JsonArray overdue = HttpApi.object(HttpApi.getJson(board + "&status=OVERDUE", CMS_REVIEWER)).getJsonArray("rows");
        assertTrue(overdue.getValuesAs(JsonObject.class).stream().allMatch(r -> r.getString("status").equals("OVERDUE")));
        assertFalse(overdue.getValuesAs(JsonObject.class).stream().anyMatch(r -> r.getString("acoId").equals("A1001")));
        HttpResponse<String> csv = HttpApi.get("api/certifications/" + py + "/export", CMS_REVIEWER, "text/csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("ACO ID,Legal name,Track/level,Status,Deadline,Extension reason,Signed by,Signed at"), csv.body());
        assertTrue(csv.body().contains("A1001,Palm Beach Accountable Care Organization,Enhanced,Signed," + DisplayFormat.date(LocalDate.now().plusDays(7))
                + ",Executive replaced after a merger,Ana Diaz,"), csv.body());
        assertTrue(csv.body().contains("A4678,"), csv.body());
        assertEquals(400, HttpApi.getJson(board + "&status=LOST", CMS_REVIEWER).statusCode());
    }

    private static String status(JsonArray rows, String acoId) {
        return rows.getValuesAs(JsonObject.class).stream().filter(r -> r.getString("acoId").equals(acoId)).findFirst()
                .orElseThrow().getString("status");
    }

    @Test
    void theRepaymentAmountIsRecomputedForThePyAndAMaterialIncreaseIsFlagged() {
        JsonObject pkg = HttpApi.object(HttpApi.getJson("api/certifications/2027/acos/A1001", CMS_REVIEWER));
        JsonObject repayment = pkg.getJsonObject("repayment");
        // lesser of 0.5% × 480,000,000 and 1% × 250,000,000; the prior amount on file is 1,200,000
        assertEquals(2_400_000, repayment.getJsonNumber("required").longValueExact());
        assertEquals(1_200_000, repayment.getJsonNumber("prior").longValueExact());
        assertTrue(repayment.getBoolean("materialIncrease"));
        assertEquals(LocalDate.parse(pkg.getString("opensOn")).plusDays(90).toString(), repayment.getString("fundingDeadline"));

        JsonObject oneSided = HttpApi.object(HttpApi.getJson("api/certifications/2027/acos/A4678", CMS_REVIEWER));
        assertFalse(items(oneSided).contains("REPAYMENT_MECHANISM"), "Basic Level A is one-sided");
        JsonObject noEft = HttpApi.object(HttpApi.getJson("api/certifications/2027/acos/A2490", CMS_ANALYST));
        assertTrue(noEft.getJsonArray("signingProblems").getValuesAs(jakarta.json.JsonString.class).stream()
                .anyMatch(s -> s.getString().startsWith("EFT authorization: no EFT authorization")), noEft.toString());
        assertEquals("OVERDUE", noEft.getString("status"));
    }

    @Test
    void thePublicPageShowsTheSystemOfRecordAndFreeTextOnlyAsText() {
        String hostile = "<script>alert('x')</script> Board & <b>co</b>";
        String body = "{\"publicUrl\":\"https://www.atlantic-aco.example.org/public\",\"governingBody\":\"" + hostile.replace("\"", "\\\"")
                + "\",\"leadership\":\"Robert Klein, President\",\"savingsUse\":null,\"version\":-1}";
        assertEquals(403, HttpApi.putJson("api/public-pages/A1026", ACO_STAFF, body).statusCode(), "another ACO's page");
        assertEquals(403, HttpApi.putJson("api/public-pages/A1026", CMS_ADMIN, body).statusCode());
        HttpResponse<String> badUrl = HttpApi.putJson("api/public-pages/A1026", ATLANTIC_STAFF,
                "{\"publicUrl\":\"javascript:alert(1)\",\"version\":-1}");
        assertEquals(400, badUrl.statusCode());
        assertTrue(badUrl.body().contains("must be an https:// address"), badUrl.body());
        HttpResponse<String> saved = HttpApi.putJson("api/public-pages/A1026", ATLANTIC_STAFF, body);
        assertEquals(200, saved.statusCode(), saved.body());

        HttpResponse<String> page = HttpApi.get("aco-public.xhtml?acoId=A1026", null, "text/html");
        assertEquals(200, page.statusCode(), "no login needed");
        String html = page.body();
        assertTrue(html.contains("&lt;script&gt;alert"), "free text is escaped");
        assertFalse(html.contains("<script>alert"), "no markup from free text reaches the page");
        assertFalse(html.contains("<b>co</b>"));
        assertTrue(html.contains("Atlantic"), "name");
        assertTrue(html.contains("Basic Level E"), "track/level");
        assertTrue(html.contains("Newark Primary Care Group"), "participants from the list in force");
        assertTrue(html.contains("Nina Rossi"), "primary contact");
        boolean released = !HttpApi.json(HttpApi.getJson("api/settlements", ATLANTIC_STAFF).body()).asJsonArray().isEmpty();
        assertEquals(!released, html.contains("Not yet published"), "financial figures only from released settlements");
        assertFalse(html.contains("900100201"), "participants by legal business name, not by TIN");
        assertTrue(html.contains("the SNF 3-day rule waiver is not used"), "A1026 lists no SNF affiliates");
        assertEquals(404, HttpApi.get("aco-public.xhtml?acoId=A9999", null, "text/html").statusCode());
    }

    @Test
    void theCompliancePlanIsAPdfKeptInVersionsThatOnlyTheAcoUploads() {
        String plans = "api/compliance-plans/A1001";
        byte[] pdf = ("%PDF-1.4\n% compliance plan " + RANDOM.nextInt() + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        HttpResponse<String> notPdfName = HttpApi.post(plans + "?fileName=plan.docx", ACO_STAFF, "application/octet-stream", pdf);
        assertEquals(400, notPdfName.statusCode());
        assertTrue(notPdfName.body().contains("must be a PDF file"), notPdfName.body());
        HttpResponse<String> disguised = HttpApi.post(plans + "?fileName=plan.pdf", ACO_STAFF, "application/pdf",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, disguised.statusCode());
        assertTrue(disguised.body().contains("is not a PDF document"), disguised.body());
        assertEquals(403, HttpApi.post(plans + "?fileName=plan.pdf", ATLANTIC_STAFF, "application/pdf", pdf).statusCode());
        assertEquals(403, HttpApi.post(plans + "?fileName=plan.pdf", CMS_ADMIN, "application/pdf", pdf).statusCode());

        HttpResponse<String> first = HttpApi.post(plans + "?fileName=Compliance%20plan.pdf", ACO_STAFF, "application/pdf", pdf);
        assertEquals(200, first.statusCode(), first.body());
        int version = HttpApi.object(first).getInt("versionNo");
        HttpResponse<String> second = HttpApi.post(plans + "?fileName=Compliance%20plan%20v2.pdf", ACO_EXECUTIVE, "application/pdf", pdf);
        assertEquals(version + 1, HttpApi.object(second).getInt("versionNo"), "a new upload is a new version");

        assertEquals(403, HttpApi.getJson(plans, ATLANTIC_STAFF).statusCode());
        List<JsonObject> versions = HttpApi.json(HttpApi.getJson(plans, CMS_REVIEWER).body()).asJsonArray().getValuesAs(JsonObject.class);
        assertEquals(version + 1, versions.get(0).getInt("versionNo"), "newest first");
        assertEquals("Compliance plan v2.pdf", versions.get(0).getString("fileName"));
        assertEquals("aco.executive", versions.get(0).getString("uploadedBy"));
        assertEquals("aco.staff", versions.get(1).getString("uploadedBy"));
        HttpResponse<String> download = HttpApi.get(plans + "/" + version, CMS_REVIEWER, "application/pdf");
        assertEquals(200, download.statusCode());
        assertEquals(new String(pdf, StandardCharsets.US_ASCII), download.body());
        assertEquals(404, HttpApi.get(plans + "/999999", ACO_STAFF, "application/pdf").statusCode());
    }

    @Test
    void theAcosOwnPeopleRecordTheirEftAuthorizationAndRepaymentMechanismAudited() {
        String path = "api/financial-arrangements/A1026";
        JsonObject original = HttpApi.object(HttpApi.getJson(path, ATLANTIC_STAFF));
        long version = original.getJsonNumber("version").longValue();
        String change = "{\"eftAuthorized\":true,\"repaymentType\":\"LETTER_OF_CREDIT\",\"repaymentIssuer\":\"First Jersey Bank\","
                + "\"version\":" + version + "}";
        assertEquals(403, HttpApi.putJson(path, ACO_STAFF, change).statusCode(), "another ACO's people may not");
        assertEquals(403, HttpApi.putJson(path, CMS_ADMIN, change).statusCode(), "CMS reads, the ACO records");
        HttpResponse<String> noIssuer = HttpApi.putJson(path, ATLANTIC_STAFF,
                "{\"eftAuthorized\":true,\"repaymentType\":\"SURETY_BOND\",\"repaymentIssuer\":\" \",\"version\":" + version + "}");
        assertEquals(400, noIssuer.statusCode(), noIssuer.body());
        assertTrue(noIssuer.body().contains("Name the bank or surety that issued the surety bond."), noIssuer.body());

        HttpResponse<String> saved = HttpApi.putJson(path, ATLANTIC_STAFF, change);
        assertEquals(200, saved.statusCode(), saved.body());
        JsonObject read = HttpApi.object(HttpApi.getJson(path, CMS_REVIEWER));
        assertTrue(read.getBoolean("eftAuthorized"));
        assertEquals("LETTER_OF_CREDIT", read.getString("repaymentType"));
        assertEquals("First Jersey Bank", read.getString("repaymentIssuer"));
        assertEquals(409, HttpApi.putJson(path, ATLANTIC_STAFF, change).statusCode(), "a stale version is refused");

        String audit = HttpApi.getJson("api/audit?max=50", CMS_ADMIN).body();
        JsonObject entry = HttpApi.json(audit).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("recordType").equals("Compliance record") && e.getString("recordKey").equals("A1026"))
                .findFirst().orElseThrow(() -> new AssertionError("no audit entry in " + audit));
        assertEquals("atlantic.staff", entry.getString("userName"));
        assertTrue(entry.getJsonArray("changes").toString().contains("\"field\":\"Repayment issuer\""), entry.toString());

        // put back what the demo data had, for the other tests and the demo
        long now = read.getJsonNumber("version").longValue();
        String restore = "{\"eftAuthorized\":" + original.getBoolean("eftAuthorized") + ",\"repaymentType\":"
                + (!original.containsKey("repaymentType") || original.isNull("repaymentType") ? "null" : "\"" + original.getString("repaymentType") + "\"")
                + ",\"repaymentIssuer\":\"Demo Bank\",\"version\":" + now + "}";
        assertEquals(200, HttpApi.putJson(path, ATLANTIC_STAFF, restore).statusCode());
    }

    /** The savings/losses and quality parts of the public page, as its HTML shows them. */
    private static String publicFigures(String acoId) {
        HttpResponse<String> page = HttpApi.get("aco-public.xhtml?acoId=" + acoId, null, "text/html");
        assertEquals(200, page.statusCode());
        Matcher savings = Pattern.compile("id=\"pr-savings\">(.*?)</dd>", Pattern.DOTALL).matcher(page.body());
        Matcher quality = Pattern.compile("id=\"pr-quality\">(.*?)</p>", Pattern.DOTALL).matcher(page.body());
        assertTrue(savings.find() && quality.find(), "both parts are on the page");
        return savings.group(1).strip() + " | " + quality.group(1).strip();
    }

    @Test
    void thePublicPageShowsSavingsAndQualityFromReleasedSettlementsOnly() {
        // what the page says before this test releases anything: "Not yet published" unless some
        // other test already released a run with A1001 in it, then that release's years
        String before = publicFigures("A1001");
        List<Integer> releasedYears = HttpApi.json(HttpApi.getJson("api/settlements", ACO_EXECUTIVE).body()).asJsonArray()
                .getValuesAs(JsonObject.class).stream().map(o -> o.getJsonObject("figures").getInt("performanceYear")).toList();
        if (releasedYears.isEmpty()) {
            assertEquals("Not yet published | Not yet published", before);
        } else {
            releasedYears.forEach(y -> assertTrue(before.contains("PY " + y + ": "), before));
        }

        HttpResponse<String> started = HttpApi.postJson("api/reconciliation/runs?year=2023", CMS_ANALYST, ReconciliationIT.START);
        assertEquals(200, started.statusCode(), started.body());
        long id = HttpApi.object(started).getJsonNumber("id").longValue();
        new FluentWait<>(id).withTimeout(Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(250))
                .withMessage("run " + id + " did not complete")
                .until(runId -> {
                    JsonObject r = HttpApi.object(HttpApi.getJson("api/reconciliation/runs/" + runId, CMS_REVIEWER));
                    return r.getJsonNumber("reconciled").longValue() >= r.getInt("inputCount") ? r : null;
                });
        assertEquals(before, publicFigures("A1001"), "a draft is never published");
        assertEquals(200, HttpApi.postJson("api/reconciliation/runs/" + id + "/approve", DemoUser.CMS_LEAD, "{}").statusCode());
        assertEquals(before, publicFigures("A1001"), "approved but not released is never published");

        BigDecimal net = HttpApi.object(HttpApi.getJson("api/reconciliation/runs/" + id + "/results/A1001", CMS_ANALYST))
                .getJsonObject("figures").getJsonNumber("netAmount").bigDecimalValue();
        assertEquals(200, HttpApi.postJson("api/reconciliation/runs/" + id + "/release", CMS_ANALYST, "{}").statusCode());
        NumberFormat dollars = NumberFormat.getCurrencyInstance(Locale.US);
        dollars.setMaximumFractionDigits(0);
        assertTrue(net.signum() > 0, "Palm Beach earned shared savings in PY 2023: " + net);
        String after = publicFigures("A1001");
        assertTrue(after.contains("PY 2023: shared savings of " + dollars.format(net) + " earned"), after);
        String quality = after.substring(after.indexOf(" | "));
        assertTrue(quality.contains("PY 2023: ") && quality.contains("quality performance standard"), after);
        assertFalse(after.contains("Not yet published"), after);
    }

    @Test
    void browserJourneyFromTheWindowToTheSignatureToTheDashboardAndThePublicPage() {
        try (Browser browser = new Browser()) {
            browser.reset();
            browser.logIn(CMS_ADMIN);
            browser.element(By.id("menu-certifications")).click();
            type(browser, "window:window-py", "2029");
            type(browser, "window:window-opens_input", DisplayFormat.date(LocalDate.now()));
            type(browser, "window:window-deadline_input", DisplayFormat.date(LocalDate.now().plusDays(30)));
            browser.element(By.id("window:open-window")).click();
            browser.waitForText(By.id("messages"), "The certification window for 2029 runs from");
            browser.waitForText(By.id("window-dates"), DisplayFormat.date(LocalDate.now().plusDays(30)));
            browser.screenshot("cms-certification-window");
            browser.element(By.cssSelector(".extend-A4678")).click();
            browser.waitForText(By.id("extension-aco"), "A4678");
            type(browser, "extensionForm:until_input", DisplayFormat.date(LocalDate.now().plusDays(45)));
            type(browser, "extensionForm:reason", "Compliance official on leave");
            browser.screenshot("cms-certification-extension");
            browser.element(By.id("extensionForm:grant")).click();
            browser.waitForText(By.id("messages"), "A4678 may now sign its 2029 certification until " + DisplayFormat.date(LocalDate.now().plusDays(45)));
            browser.waitForText(By.cssSelector(".status-A4678"), "In progress");
            browser.logOut();

            browser.logIn(ACO_EXECUTIVE);
            browser.open("aco/certification.xhtml?py=2029");
            browser.waitForText(By.id("cert-status"), "Not started");
            assertTrue(browser.text(By.id("repayment-flag")).contains("$1,200,000"), "the increase is flagged");
            browser.screenshot("aco-certification-review");
            for (WebElement box : browser.driver().findElements(By.cssSelector("[id='sign:attest'] .ui-chkbox-box"))) {
                ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block:'center'})", box);
                box.click();
            }
            scrollTo(browser, "signing");
            browser.screenshot("aco-certification-attest");
            browser.element(By.id("sign:sign-button")).click();
            browser.waitForText(By.id("messages"), "Signed: the 2029 certification of A1001 is complete");
            browser.waitForText(By.id("cert-status"), "Signed");
            assertTrue(browser.text(By.id("signature")).contains("Ana Diaz"));
            browser.waitForText(By.id("signed-participants"), "Palm Beach Family Medicine LLC");
            scrollTo(browser, "signed-by");
            browser.screenshot("aco-certification-signed");
            browser.logOut();

            browser.logIn(CMS_REVIEWER);
            browser.open("cms/certifications.xhtml?py=2029");
            browser.waitForText(By.cssSelector(".status-A1001"), "Signed");
            browser.waitForText(By.cssSelector(".status-A4678"), "In progress");
            browser.screenshot("cms-certification-dashboard");
            browser.element(By.xpath("//tr[.//span[contains(@class,'status-A1001')]]//a[contains(@class,'open-package')]")).click();
            browser.waitForText(By.id("signature"), "Ana Diaz");
            assertTrue(browser.driver().findElements(By.id("sign:sign-button")).isEmpty(), "CMS cannot sign");
            browser.screenshot("cms-certification-package");
            browser.logOut();

            browser.open("aco-public.xhtml?acoId=A1001");
            browser.waitForText(By.id("pr-name"), "Palm Beach Accountable Care Organization");
            assertTrue(browser.text(By.id("pr-participants")).contains("Jupiter Internal Medicine PA"));
            assertTrue(browser.text(By.id("pr-snf")).contains("SNF 3-day rule waiver with"), "SNF waiver use from the SNF list");
            browser.screenshot("aco-public-page");
        }
    }

    private static void type(Browser browser, String id, String text) {
        WebElement input = browser.element(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private static void scrollTo(Browser browser, String id) {
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
    }
}
