package gov.cms.ssp.e2e;

import static gov.cms.ssp.e2e.HttpApi.getJson;
import static gov.cms.ssp.e2e.HttpApi.object;
import static gov.cms.ssp.e2e.HttpApi.postJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The ACO 360 and CMS's internal notes: one ACO whole for CMS staff; notes bounded, escaped, audited
 * and never shown to the ACO's people; and the financial-input import's template, its one answer for
 * every missing column and its confirmation of implausible rows.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AcoOverviewIT {
    /** a PY no other test imports inputs for */
    private static final int IMPORT_PY = 2024; // a PY no other test imports or reconciles

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SspDeployment.ear();
    }

    @Test
    void internalNotesAreCmsOnlyBoundedEscapedAndAudited() {
        String marker = "note-" + UUID.randomUUID();
        String text = marker + " <script>alert('x')</script> called the executive";
        HttpResponse<String> added = postJson("api/aco-overviews/A1001/notes", DemoUser.CMS_REVIEWER,
                "{\"text\":\"" + text.replace("'", "\\u0027") + "\"}");
        assertEquals(200, added.statusCode(), added.body());
        assertEquals("cms.reviewer", object(added).getString("author"));
        assertEquals("The ACO", object(added).getString("about"));

        // CMS reads it on the ACO 360, escaped
        JsonObject overview = object(getJson("api/aco-overviews/A1001", DemoUser.CMS_ANALYST));
        assertTrue(overview.getJsonArray("notes").toString().contains(marker), overview.toString());
        assertTrue(overview.getJsonObject("profile").getJsonObject("summary").getString("legalName").contains("Palm Beach"));
        assertTrue(overview.containsKey("applications") && overview.containsKey("changeRequests")
                && overview.containsKey("certifications") && overview.containsKey("settlements") && overview.containsKey("notices"));
        assertTrue(!overview.containsKey("audit") || overview.isNull("audit"), "the audit trail is the administrators'");
        String page = HttpApi.get("cms/aco.xhtml?id=A1001", DemoUser.CMS_REVIEWER, "text/html").body();
        assertTrue(page.contains(marker), "the page shows the note");
        assertTrue(page.contains("&lt;script&gt;alert") && !page.contains("<script>alert('x')"), "and escapes it");

        // never the ACO's people: not the API, not the page, not their own ACO's pages and API
        for (DemoUser aco : List.of(DemoUser.ACO_EXECUTIVE, DemoUser.ACO_STAFF)) {
            assertEquals(403, getJson("api/aco-overviews/A1001", aco).statusCode());
            assertEquals(403, getJson("api/aco-overviews/A1001/notes", aco).statusCode());
            assertEquals(403, postJson("api/aco-overviews/A1001/notes", aco, "{\"text\":\"mine\"}").statusCode());
            assertEquals(403, HttpApi.get("cms/aco.xhtml?id=A1001", aco, "text/html").statusCode());
            for (String own : List.of("api/aco-profiles/A1001", "aco/home.xhtml", "aco/applications.xhtml", "inbox.xhtml")) {
                HttpResponse<String> r = HttpApi.get(own, aco, own.startsWith("api") ? "application/json" : "text/html");
                assertEquals(200, r.statusCode(), own);
                assertFalse(r.body().contains(marker), own + " shows no internal note");
            }
        }

        // bounded, named by its field; a record of another ACO is answered like a missing one
        HttpResponse<String> tooLong = postJson("api/aco-overviews/A1001/notes", DemoUser.CMS_REVIEWER,
                "{\"text\":\"" + "x".repeat(2001) + "\"}");
        assertEquals(400, tooLong.statusCode(), tooLong.body());
        assertTrue(object(tooLong).getString("message").startsWith("Note: at most 2,000 characters"), tooLong.body());
        assertEquals(400, postJson("api/aco-overviews/A1001/notes", DemoUser.CMS_REVIEWER, "{\"text\":\"  \"}").statusCode());
        assertEquals(404, postJson("api/aco-overviews/A1001/notes", DemoUser.CMS_REVIEWER,
                "{\"about\":\"APPLICATION\",\"subjectId\":999999999,\"text\":\"x\"}").statusCode());
        assertEquals(404, getJson("api/aco-overviews/A9998", DemoUser.CMS_REVIEWER).statusCode(), "no such ACO");

        // audited, and the administrator's ACO 360 shows the ACO's audit trail
        JsonObject adminView = object(getJson("api/aco-overviews/A1001", DemoUser.CMS_ADMIN));
        assertTrue(adminView.getJsonArray("audit").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getString("recordType").equals("Internal note") && e.getString("userName").equals("cms.reviewer")
                        && e.getJsonArray("changes").toString().contains(marker)), adminView.getJsonArray("audit").toString());
    }

    /** The PY2023 figures of the four demo ACOs in the program since before 2022 (all in force in PY2024). */
    static List<String> demoAcosFromBefore2022() {
        List<String> lines = new ArrayList<>(ReconciliationIT.demoPufLines());
        lines.removeIf(l -> l.contains(",01/01/2022,"));
        assertEquals(5, lines.size(), "four demo ACOs have been in the program since before 2022: " + lines);
        return lines;
    }

    private static HttpResponse<String> upload(String fileName, String confirm, List<String> lines) {
        return HttpApi.post("api/reconciliation/financial-inputs/" + IMPORT_PY + "?fileName=" + fileName
                        + (confirm == null ? "" : "&confirm=" + confirm), DemoUser.CMS_ANALYST, "text/csv",
                String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theImportHasATemplateNamesEveryMissingColumnAndWaitsForImplausibleRowsToBeConfirmed() {
        HttpResponse<String> template = HttpApi.get("api/reconciliation/financial-inputs/" + IMPORT_PY + "/template.csv",
                DemoUser.CMS_ANALYST, "text/csv");
        assertEquals(200, template.statusCode());
        assertTrue(template.body().startsWith("ACO_ID,Current_Track,Current_Start_Date,Agreement_Period_Num,N_AB,ABtotBnchmk,ABtotExp,MinSavPerc"),
                template.body());

        List<String> lines = demoAcosFromBefore2022();
        List<String> noColumns = lines.stream().map(l -> l.replace(",N_AB,", ",Beneficiaries,").replace(",ABtotExp,", ",Spending,")
                .replace(",MinSavPerc,", ",MSR,")).toList();
        HttpResponse<String> missing = upload("columns.csv", null, noColumns);
        assertEquals(400, missing.statusCode(), missing.body());
        List<String> fields = object(missing).getJsonArray("fields").getValuesAs(JsonObject.class).stream()
                .map(f -> f.getString("field")).toList();
        assertEquals(List.of("header, N_AB", "header, ABtotExp", "header, MinSavPerc"), fields, "every missing column in one answer");

        // A1026 typed as 1,000 beneficiaries with a $100 benchmark
        String typoFile = "typo-" + UUID.randomUUID() + ".csv";
        int row = 0;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).startsWith("A1026")) {
                row = i;
            }
        }
        List<String> typo = new ArrayList<>(lines);
        typo.set(row, ReconciliationIT.withCell(typo, row, "N_AB", "1000"));
        typo.set(row, ReconciliationIT.withCell(typo, row, "ABtotBnchmk", "100"));
        typo.set(row, ReconciliationIT.withCell(typo, row, "ABtotExp", "90"));
        HttpResponse<String> flagged = upload(typoFile, null, typo);
        assertEquals(400, flagged.statusCode(), flagged.body());
        assertEquals("confirmation-needed", object(flagged).getString("error"));
        JsonObject flag = object(flagged).getJsonArray("fields").getJsonObject(0);
        assertEquals("row " + row + ", A1026", flag.getString("field"));
        assertTrue(flag.getString("message").contains("per-capita benchmark of $0.10 is outside the plausible range for PY" + IMPORT_PY),
                flag.getString("message"));
        assertFalse(getJson("api/reconciliation/financial-inputs/" + IMPORT_PY, DemoUser.CMS_REVIEWER).body().contains(typoFile),
                "nothing saved before the confirmation");

        HttpResponse<String> confirmed = upload(typoFile, String.valueOf(row), typo);
        assertEquals(200, confirmed.statusCode(), confirmed.body());
        assertEquals(lines.size() - 1, object(confirmed).getInt("saved"));
        String audit = getJson("api/audit?aco=A1026&record=financial%20input&max=50", DemoUser.CMS_ADMIN).body();
        assertTrue(audit.contains("Implausible figures confirmed") && audit.contains("Row " + row + " of " + typoFile), audit);
    }

    @Test
    void handEnteredFiguresOutsideThePlausibleRangeWaitForTheAnalystsConfirmation() {
        // A2490's PY2024 figures typed as 1,000 beneficiaries with a $100 benchmark (A2490 is not in the import's file)
        String path = "api/reconciliation/financial-inputs/" + IMPORT_PY + "/entries";
        String typo = """
                {"acoId": "A2490", "figures": {"performanceYear": %d, "assignedBeneficiaries": 1000, "totalBenchmark": 100,
                 "totalExpenditures": 90, "qualityStandard": "MET", "qualityScore": 0.9}}""".formatted(IMPORT_PY);
        HttpResponse<String> held = postJson(path, DemoUser.CMS_ANALYST, typo);
        assertEquals(400, held.statusCode(), held.body());
        String message = object(held).getString("message");
        assertTrue(message.contains("look implausible") && message.contains("per-capita benchmark of $0.10 is outside the plausible range for PY"
                + IMPORT_PY) && message.contains("Nothing was saved"), message);
        String trail = "api/audit?aco=A2490&record=financial%20input&max=50";
        assertFalse(getJson(trail, DemoUser.CMS_ADMIN).body().contains("Entered by hand"), "nothing saved, nothing confirmed");

        HttpResponse<String> plausible = postJson(path, DemoUser.CMS_ANALYST, typo.replace("\"totalBenchmark\": 100,", "\"totalBenchmark\": 10000000,")
                .replace("\"totalExpenditures\": 90,", "\"totalExpenditures\": 9500000,"));
        assertEquals(200, plausible.statusCode(), "corrected figures are saved at once: " + plausible.body());

        HttpResponse<String> confirmed = postJson(path + "?confirmImplausible=true", DemoUser.CMS_ANALYST, typo);
        assertEquals(200, confirmed.statusCode(), confirmed.body());
        String audit = getJson(trail, DemoUser.CMS_ADMIN).body();
        assertTrue(audit.contains("Implausible figures confirmed") && audit.contains("Entered by hand"), audit);
        assertEquals(200, postJson(path, DemoUser.CMS_ANALYST, typo.replace("\"totalBenchmark\": 100,", "\"totalBenchmark\": 10000000,")
                .replace("\"totalExpenditures\": 90,", "\"totalExpenditures\": 9500000,")).statusCode(), "put back as plausible");
    }
}
