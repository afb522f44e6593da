package gov.cms.ssp.e2e;

import static gov.cms.ssp.e2e.ApplicationFixture.id;
import static gov.cms.ssp.e2e.HttpApi.getJson;
import static gov.cms.ssp.e2e.HttpApi.object;
import static gov.cms.ssp.e2e.HttpApi.post;
import static gov.cms.ssp.e2e.HttpApi.postJson;
import static gov.cms.ssp.e2e.HttpApi.putJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A supervisor reopens a decision with a written reason: a denied application and a denied
 * change-request row go back to the reviewer's queue, the ACO is told, the audit trail records it; an
 * approval and an accepted row likewise while nothing stands on them, and not after.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DecisionReopenIT {
    /** a PY of A1001 that no other test submits change requests for */
    private static final int PY = LocalDate.now().getYear() + 13;
    private static final String LISTS = "api/participant-lists/A1001/" + PY + "/";
    private static final String WINDOW = "api/reference/change-request-windows/" + PY;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SspDeployment.ear();
    }

    /** The application cycles this class's fixtures made are removed with all they led to (ApplicationFixture). */
    @AfterAll
    static void removeTheFixturesCycles() throws java.sql.SQLException {
        ApplicationFixture.removeFarFutureCycles();
        // and the PY2100 certification the approval test signed: a window of PY2100 would make the public lookup
        // answer every PY up to 2100 for A1001's clinicians in every later test
        try (java.sql.Connection db = ApplicationFixture.database(); java.sql.Statement st = db.createStatement()) {
            st.executeUpdate("delete from certified_entry where certification_id in (select id from certification where py = 2100)");
            st.executeUpdate("delete from certification where py = 2100");
            st.executeUpdate("delete from certification_cycle where py = 2100");
        }
    }

    @AfterAll
    static void closeTheWindow() {
        assertEquals(204, putJson(WINDOW, DemoUser.CMS_ADMIN, "{\"opensOn\":\"" + LocalDate.now().minusDays(40)
                + "\",\"closesOn\":\"" + LocalDate.now().minusDays(10) + "\"}").statusCode());
    }

    private static boolean inboxOfA1001Has(String subject) {
        return getJson("api/notifications", DemoUser.ACO_STAFF).body().contains(subject);
    }

    @Test
    void aSupervisorReopensADeniedApplicationWithAReason() {
        JsonObject app = ApplicationFixture.complete(ApplicationFixture.draftForA1001());
        String path = "api/applications/" + id(app);
        assertEquals(200, post(path + "/submit", DemoUser.ACO_EXECUTIVE, "application/json", new byte[0]).statusCode());
        assertEquals(200, postJson(path + "/deny", DemoUser.CMS_REVIEWER, "{\"reason\":\"Fewer than 5,000 beneficiaries.\"}").statusCode());

        assertEquals(403, postJson(path + "/reopen", DemoUser.CMS_REVIEWER, "{\"reason\":\"x\"}").statusCode(), "supervisors only");
        assertEquals(403, postJson(path + "/reopen", DemoUser.ACO_EXECUTIVE, "{\"reason\":\"x\"}").statusCode());
        HttpResponse<String> noReason = postJson(path + "/reopen", DemoUser.CMS_ADMIN, "{\"reason\":\"  \"}");
        assertEquals(400, noReason.statusCode(), noReason.body());
        assertTrue(object(noReason).getString("message").startsWith("Reason:"), noReason.body());

        HttpResponse<String> reopened = postJson(path + "/reopen", DemoUser.CMS_ADMIN,
                "{\"reason\":\"The count left out the July additions.\"}");
        assertEquals(200, reopened.statusCode(), reopened.body());
        assertEquals("RESUBMITTED", object(reopened).getString("status"));
        JsonObject item = object(getJson("api/worklist", DemoUser.CMS_REVIEWER)).getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(i -> i.getString("kind").equals("APPLICATION") && i.getJsonNumber("id").longValue() == id(app))
                .findFirst().orElseThrow(() -> new AssertionError("the application is back in the queue"));
        assertEquals("cms.reviewer", item.getString("assignedTo"), "its reviewer's");
        assertTrue(inboxOfA1001Has("CMS reopened the decision on your application"), "the ACO is told");
        String seen = getJson(path, DemoUser.ACO_STAFF).body();
        assertTrue(seen.contains("The count left out the July additions.") && !seen.contains("cms.admin"),
                "the ACO reads the reason, and CMS as CMS: " + seen);
        String audit = getJson("api/audit?aco=A1001&record=application&max=200", DemoUser.CMS_ADMIN).body();
        assertTrue(audit.contains("Decision reopened") && audit.contains("The count left out the July additions."), audit);

        assertEquals(400, postJson(path + "/reopen", DemoUser.CMS_ADMIN, "{\"reason\":\"again\"}").statusCode(),
                "only a decided application is reopened");
    }

    @Test
    void aSupervisorReopensADeniedChangeRequestRow() {
        assertEquals(204, putJson(WINDOW, DemoUser.CMS_ADMIN, "{\"opensOn\":\"" + LocalDate.now().minusDays(1)
                + "\",\"closesOn\":\"" + LocalDate.now().plusDays(30) + "\"}").statusCode());
        String tin = "86" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        assertEquals(200, HttpApi.post(LISTS + "participants", DemoUser.ACO_STAFF, "text/csv",
                ("TIN,Legal business name,Bills primary care (Y/N)\n" + tin + ",Reopen Test Clinic LLC,N\n")
                        .getBytes(StandardCharsets.UTF_8)).statusCode());
        HttpResponse<String> submitted = HttpApi.post(LISTS + "submission", DemoUser.ACO_EXECUTIVE, "application/json", new byte[0]);
        assertEquals(200, submitted.statusCode(), submitted.body());
        long id = object(submitted).getJsonNumber("id").longValue();
        long row = object(getJson("api/change-requests/" + id + "/rows?max=50", DemoUser.CMS_REVIEWER)).getJsonArray("rows")
                .getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(200, putJson("api/change-requests/" + id + "/rows/" + row, DemoUser.CMS_REVIEWER,
                "{\"disposition\":\"DENIED\",\"reason\":\"NOT_ENROLLED\",\"note\":\"not in PECOS\"}").statusCode());
        assertEquals("DECIDED", object(getJson("api/change-requests/" + id, DemoUser.CMS_REVIEWER)).getString("status"));

        String reopen = "api/change-requests/" + id + "/rows/" + row + "/reopen";
        assertEquals(403, postJson(reopen, DemoUser.CMS_REVIEWER, "{\"reason\":\"x\"}").statusCode(), "supervisors only");
        assertEquals(404, postJson("api/change-requests/" + id + "/rows/999999999/reopen", DemoUser.CMS_ADMIN, "{\"reason\":\"x\"}")
                .statusCode());
        HttpResponse<String> reopened = postJson(reopen, DemoUser.CMS_ADMIN, "{\"reason\":\"PECOS shows the enrollment since June.\"}");
        assertEquals(200, reopened.statusCode(), reopened.body());
        assertEquals("PENDING", object(reopened).getString("disposition"));
        assertEquals("SUBMITTED", object(getJson("api/change-requests/" + id, DemoUser.CMS_REVIEWER)).getString("status"));
        JsonObject item = object(getJson("api/worklist", DemoUser.CMS_REVIEWER)).getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(i -> i.getString("kind").equals("CHANGE_REQUEST") && i.getJsonNumber("id").longValue() == id)
                .findFirst().orElseThrow(() -> new AssertionError("the request is back in the queue"));
        assertEquals("cms.reviewer", item.getString("assignedTo"), "its reviewer's");
        assertTrue(inboxOfA1001Has("CMS reopened a decision on your PY " + PY + " change request"), "the ACO is told");
        List<JsonObject> audit = HttpApi.json(getJson("api/audit?aco=A1001&record=change%20request%20row&max=200", DemoUser.CMS_ADMIN)
                .body()).asJsonArray().getValuesAs(JsonObject.class);
        assertTrue(audit.stream().anyMatch(e -> e.getString("change").equals("Decision reopened")
                && e.getJsonArray("changes").toString().contains("PECOS shows the enrollment since June.")), audit.toString());

        assertEquals(400, postJson(reopen, DemoUser.CMS_ADMIN, "{\"reason\":\"again\"}").statusCode(), "pending: nothing to reopen");
        assertEquals(200, putJson("api/change-requests/" + id + "/rows/" + row, DemoUser.CMS_REVIEWER,
                "{\"disposition\":\"ACCEPTED\"}").statusCode(), "the reviewer decides again");
        assertTrue(getJson(LISTS + "participants?max=500", DemoUser.ACO_STAFF).body().contains(tin), "the acceptance added the TIN");

        // the PY's list is neither in force (PY is years ahead) nor certified: the acceptance is reopened and undone
        HttpResponse<String> acceptance = postJson(reopen, DemoUser.CMS_ADMIN, "{\"reason\":\"The TIN belongs to another ACO.\"}");
        assertEquals(200, acceptance.statusCode(), acceptance.body());
        assertEquals("PENDING", object(acceptance).getString("disposition"));
        assertTrue(!getJson(LISTS + "participants?max=500", DemoUser.ACO_STAFF).body().contains(tin), "the addition is taken out");
        assertTrue(inboxOfA1001Has("CMS reopened its acceptance of TIN " + tin), "the ACO is told");
        String trail = getJson("api/audit?aco=A1001&record=change%20request%20row&max=200", DemoUser.CMS_ADMIN).body();
        assertTrue(trail.contains("The TIN belongs to another ACO.") && trail.contains("as before the acceptance"), trail);
        assertEquals(200, putJson("api/change-requests/" + id + "/rows/" + row, DemoUser.CMS_REVIEWER,
                "{\"disposition\":\"ACCEPTED\"}").statusCode(), "and decided again");
        assertTrue(getJson(LISTS + "participants?max=500", DemoUser.ACO_STAFF).body().contains(tin));
    }

    /**
     * An approval is reopened while its agreement has not started and nothing stands on it: the agreement
     * is withdrawn. Once the ACO signs a certification under the agreement, neither the approval nor an
     * accepted row of that PY's lists is reopened, and the supervisor's page says why.
     */
    @Test
    void anApprovalIsReopenedUntilACertificationStandsOnItsAgreement() {
        // a cycle of its own, in a year a certification window can be opened for (2100 at most) and past A1001's
        // agreements: 2100, kept for this test (ApplicationFixture's cycles start after it) and removed with the
        // fixture's cycles afterwards, so that no other test meets an agreement this one left
        int year = 2100;
        LocalDate t = LocalDate.now();
        assertEquals(200, ApplicationFixture.schedule(year, t.minusDays(1), t.plusDays(10), t.minusDays(1), t.plusDays(10),
                t.plusDays(20), t.plusDays(30), t.plusDays(40)).statusCode());
        assertEquals(200, ApplicationFixture.fileNotice(year, "A1001", DemoUser.ACO_STAFF).statusCode());
        HttpResponse<String> started = postJson("api/application-cycles/" + year + "/applications/A1001", DemoUser.ACO_STAFF, "");
        assertEquals(200, started.statusCode(), started.body());
        JsonObject app = ApplicationFixture.complete(object(started));
        String path = "api/applications/" + id(app);
        int start = LocalDate.parse(app.getString("agreementStart")).getYear();
        assertEquals(200, post(path + "/submit", DemoUser.ACO_EXECUTIVE, "application/json", new byte[0]).statusCode());
        assertEquals(200, post(path + "/approve", DemoUser.CMS_REVIEWER, "application/json", new byte[0]).statusCode());
        assertTrue(agreementsOfA1001().contains(start + "-01-01"), "approval made the agreement");
        assertEquals(403, postJson(path + "/reopen", DemoUser.CMS_REVIEWER, "{\"reason\":\"x\"}").statusCode(), "supervisors only");
        String page = HttpApi.get("cms/application.xhtml?id=" + id(app), DemoUser.CMS_ADMIN, "text/html").body();
        assertTrue(page.contains("only before its agreement starts") && !page.contains("can no longer be reopened"), "offered");

        HttpResponse<String> reopened = postJson(path + "/reopen", DemoUser.CMS_ADMIN,
                "{\"reason\":\"The repayment mechanism names the wrong ACO.\"}");
        assertEquals(200, reopened.statusCode(), reopened.body());
        assertEquals("RESUBMITTED", object(reopened).getString("status"));
        assertTrue(!agreementsOfA1001().contains(start + "-01-01"), "the agreement is withdrawn");
        assertTrue(inboxOfA1001Has("the agreement its approval made is withdrawn"), "the ACO is told");
        String audit = getJson("api/audit?aco=Palm%20Beach&record=application&max=200", DemoUser.CMS_ADMIN).body();
        assertTrue(audit.contains("The repayment mechanism names the wrong ACO.") && audit.contains("withdrawn"),
                "audited, found by the ACO's name: " + audit);

        // decided again; the ACO's PY lists change and it signs its first certification under the agreement
        assertEquals(200, post(path + "/approve", DemoUser.CMS_REVIEWER, "application/json", new byte[0]).statusCode());
        String lists = "api/participant-lists/A1001/" + start + "/";
        String window = "api/reference/change-request-windows/" + start;
        assertEquals(204, putJson(window, DemoUser.CMS_ADMIN, "{\"opensOn\":\"" + LocalDate.now().minusDays(1)
                + "\",\"closesOn\":\"" + LocalDate.now().plusDays(30) + "\"}").statusCode());
        String tin = "87" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        assertEquals(200, post(lists + "participants", DemoUser.ACO_STAFF, "text/csv",
                ("TIN,Legal business name,Bills primary care (Y/N)\n" + tin + ",Signed List Clinic LLC,N\n")
                        .getBytes(StandardCharsets.UTF_8)).statusCode());
        HttpResponse<String> submitted = post(lists + "submission", DemoUser.ACO_EXECUTIVE, "application/json", new byte[0]);
        assertEquals(200, submitted.statusCode(), submitted.body());
        long request = object(submitted).getJsonNumber("id").longValue();
        long row = object(getJson("api/change-requests/" + request + "/rows?max=50", DemoUser.CMS_REVIEWER)).getJsonArray("rows")
                .getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(200, putJson("api/change-requests/" + request + "/rows/" + row, DemoUser.CMS_REVIEWER,
                "{\"disposition\":\"ACCEPTED\"}").statusCode());
        assertEquals(204, putJson(window, DemoUser.CMS_ADMIN, "{\"opensOn\":\"" + LocalDate.now().minusDays(40)
                + "\",\"closesOn\":\"" + LocalDate.now().minusDays(10) + "\"}").statusCode());
        signCertification(start);

        HttpResponse<String> approval = postJson(path + "/reopen", DemoUser.CMS_ADMIN, "{\"reason\":\"again\"}");
        assertEquals(400, approval.statusCode(), approval.body());
        assertTrue(object(approval).getString("message").contains("signed a certification"), approval.body());
        assertTrue(agreementsOfA1001().contains(start + "-01-01"), "the agreement stands");
        String refused = HttpApi.get("cms/application.xhtml?id=" + id(app), DemoUser.CMS_ADMIN, "text/html").body();
        assertTrue(refused.contains("This approval can no longer be reopened") && refused.contains("terminat"),
                "the page says why and what to do instead");
        HttpResponse<String> acceptance = postJson("api/change-requests/" + request + "/rows/" + row + "/reopen", DemoUser.CMS_ADMIN,
                "{\"reason\":\"again\"}");
        assertEquals(400, acceptance.statusCode(), acceptance.body());
        assertTrue(object(acceptance).getString("message").contains("signed its " + start + " certification"), acceptance.body());
        assertTrue(getJson(lists + "participants?max=500", DemoUser.ACO_STAFF).body().contains(tin), "the signed list stands");
    }

    private static String agreementsOfA1001() {
        return getJson("api/agreements/A1001", DemoUser.CMS_ADMIN).body();
    }

    /** Opens the PY's certification and the ACO's executive signs every part (signing starts it). */
    private static void signCertification(int py) {
        HttpResponse<String> window = putJson("api/certifications/" + py, DemoUser.CMS_ADMIN, "{\"opensOn\":\"" + LocalDate.now().minusDays(1)
                + "\",\"deadline\":\"" + LocalDate.now().plusDays(30) + "\"}");
        assertEquals(200, window.statusCode(), window.body());
        String items = object(getJson("api/certifications/" + py + "/acos/A1001", DemoUser.ACO_EXECUTIVE)).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(i -> "\"" + i.getString("item") + "\"")
                .collect(java.util.stream.Collectors.joining(","));
        HttpResponse<String> signed = post("api/certifications/" + py + "/acos/A1001/signature", DemoUser.ACO_EXECUTIVE,
                "application/json", ("{\"name\":\"Ana Diaz\",\"title\":\"Chief Executive Officer\",\"attested\":[" + items + "]}")
                        .getBytes(StandardCharsets.UTF_8));
        assertEquals(200, signed.statusCode(), signed.body());
    }
}
