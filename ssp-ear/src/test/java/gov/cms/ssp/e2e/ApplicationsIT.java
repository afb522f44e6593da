package gov.cms.ssp.e2e;

import static gov.cms.ssp.e2e.ApplicationFixture.id;
import static gov.cms.ssp.e2e.ApplicationFixture.version;
import static gov.cms.ssp.e2e.HttpApi.getJson;
import static gov.cms.ssp.e2e.HttpApi.object;
import static gov.cms.ssp.e2e.HttpApi.post;
import static gov.cms.ssp.e2e.HttpApi.postJson;
import static gov.cms.ssp.e2e.HttpApi.putJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The application cycle over the real API with real tokens: deadlines, per-section refusals, roles,
 * ACO scoping against crafted requests, RFI, optimistic locking, uploads, and approval creating the
 * agreement and the directory entry.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApplicationsIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SspDeployment.ear();
    }

    /** The application cycles this class's fixtures made are removed with all they led to (ApplicationFixture). */
    @AfterAll
    static void removeTheFixturesCycles() {
        ApplicationFixture.removeFarFutureCycles();
    }

    @Test
    void onlyTheCmsAdministratorSetsCyclesAndDatesOutOfOrderAreRefusedInWords() {
        int year = ApplicationFixture.nextYear();
        LocalDate t = LocalDate.now();
        String body = "{\"noiaOpens\":\"" + t + "\",\"noiaCloses\":\"" + t + "\",\"submissionOpens\":\"" + t
                + "\",\"submissionCloses\":\"" + t + "\",\"rfi1Deadline\":\"" + t + "\",\"rfi2Deadline\":\"" + t
                + "\",\"finalDisposition\":\"" + t + "\"}";
        assertEquals(403, putJson("api/application-cycles/" + year, DemoUser.CMS_REVIEWER, body).statusCode());
        assertEquals(403, putJson("api/application-cycles/" + year, DemoUser.ACO_EXECUTIVE, body).statusCode());
        HttpResponse<String> wrong = ApplicationFixture.schedule(year, t, t.plusDays(5), t, t.plusDays(5), t.plusDays(4),
                t.plusDays(10), t.plusDays(20));
        assertEquals(400, wrong.statusCode(), wrong.body());
        assertTrue(object(wrong).getString("message").startsWith("RFI 1 deadline ("), wrong.body());
        HttpResponse<String> ok = ApplicationFixture.schedule(year, t, t.plusDays(5), t, t.plusDays(5), t.plusDays(6),
                t.plusDays(10), t.plusDays(20));
        assertEquals(200, ok.statusCode(), ok.body());
        assertTrue(object(ok).getBoolean("submissionOpen"));
    }

    @Test
    void lateNoticesAndLateApplicationsAreRefusedNamingTheDeadline() {
        int year = ApplicationFixture.nextYear();
        LocalDate t = LocalDate.now();
        ApplicationFixture.schedule(year, t.minusDays(30), t.minusDays(1), t.minusDays(30), t.minusDays(1), t.plusDays(5),
                t.plusDays(10), t.plusDays(20));
        HttpResponse<String> late = ApplicationFixture.fileNotice(year, "A1001", DemoUser.ACO_STAFF);
        assertEquals(400, late.statusCode(), late.body());
        String message = object(late).getString("message");
        assertTrue(message.contains("Notice of Intent to Apply window for " + year + " closed on"), message);
        assertTrue(message.contains(String.format("%02d/%02d/%d", t.minusDays(1).getMonthValue(),
                t.minusDays(1).getDayOfMonth(), t.minusDays(1).getYear())), message);

        HttpResponse<String> noNotice = postJson("api/application-cycles/" + year + "/applications/A1001", DemoUser.ACO_STAFF, "");
        assertEquals(400, noNotice.statusCode(), noNotice.body());
        assertTrue(object(noNotice).getString("message").startsWith("File the Notice of Intent to Apply"), noNotice.body());
    }

    @Test
    void oneNoticePerAcoPerCycleAndOnlyForTheCallersOwnAco() {
        int year = ApplicationFixture.openCycle();
        assertEquals(200, ApplicationFixture.fileNotice(year, "A1001", DemoUser.ACO_STAFF).statusCode());
        HttpResponse<String> again = ApplicationFixture.fileNotice(year, "A1001", DemoUser.ACO_EXECUTIVE);
        assertEquals(400, again.statusCode(), again.body());
        assertTrue(object(again).getString("message").contains("already filed"), again.body());
        HttpResponse<String> other = ApplicationFixture.fileNotice(year, "A1001", DemoUser.ATLANTIC_STAFF);
        assertEquals(403, other.statusCode(), other.body());
        assertEquals(403, ApplicationFixture.fileNotice(year, "A1001", DemoUser.CMS_REVIEWER).statusCode(), "CMS does not file for an ACO");
    }

    @Test
    void submittingAnIncompleteApplicationListsEveryProblemSectionBySectionAndOnlyTheExecutiveMaySubmit() {
        JsonObject app = ApplicationFixture.draftForA1001();
        long id = id(app);
        HttpResponse<String> staff = post("api/applications/" + id + "/submit", DemoUser.ACO_STAFF, "application/json", new byte[0]);
        assertEquals(403, staff.statusCode(), "staff prepare, the executive submits: " + staff.body());

        HttpResponse<String> refused = post("api/applications/" + id + "/submit", DemoUser.ACO_EXECUTIVE, "application/json", new byte[0]);
        assertEquals(400, refused.statusCode(), refused.body());
        String message = object(refused).getString("message");
        for (String section : List.of("2. Track, level and choices", "3. Governance", "4. Documents", "6. EFT authorization",
                "7. Attestations")) {
            assertTrue(message.contains(section + ":"), section + " in " + message);
        }
        JsonArray problems = object(getJson("api/applications/" + id, DemoUser.ACO_STAFF)).getJsonArray("problems");
        Set<String> sections = problems.getValuesAs(JsonObject.class).stream().map(p -> p.getString("section")).collect(Collectors.toSet());
        assertEquals(Set.of("TRACK", "GOVERNANCE", "DOCUMENTS", "EFT", "ATTESTATIONS"), sections);
    }

    @Test
    void onlyTheExecutiveMakesTheBindingAttestations() {
        JsonObject app = ApplicationFixture.draftForA1001();
        String form = ApplicationFixture.form("ENHANCED", "ONE_PERCENT", "500000");
        HttpResponse<String> byStaff = putJson("api/applications/" + id(app) + "/sections/ATTESTATIONS?version=" + version(app),
                DemoUser.ACO_STAFF, form);
        assertEquals(403, byStaff.statusCode(), byStaff.body());
        assertTrue(object(byStaff).getString("message").contains("Only your ACO executive makes the attestations"), byStaff.body());
        JsonObject attested = ApplicationFixture.save(id(app), "ATTESTATIONS", form, version(app), DemoUser.ACO_EXECUTIVE);
        assertTrue(attested.getBoolean("attestAccurate") && attested.getBoolean("attestCompliance"));
    }

    @Test
    void aRepaymentMechanismBelowTheRequiredMinimumIsRefusedWithTheAmount() {
        JsonObject app = ApplicationFixture.complete(ApplicationFixture.draftForA1001());
        app = ApplicationFixture.save(id(app), "REPAYMENT", ApplicationFixture.form("ENHANCED", "ONE_PERCENT", "499999"),
                version(app), DemoUser.ACO_STAFF);
        assertEquals("500000", app.getJsonNumber("requiredRepaymentAmount").bigDecimalValue().toPlainString());
        HttpResponse<String> refused = post("api/applications/" + id(app) + "/submit", DemoUser.ACO_EXECUTIVE, "application/json", new byte[0]);
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(object(refused).getString("message").contains("$499,999.00 is less than the required $500,000.00"), refused.body());
    }

    @Test
    void anElectedFasterMoveChangesThePlannedLevelsAndMovingBackIsRefused() {
        JsonObject app = ApplicationFixture.draftForA1001();
        int year = app.getInt("cycleYear");
        String form = ApplicationFixture.form("BASIC_A", null, "0");
        String faster = form.substring(0, form.length() - 1) + ",\"electedLevels\":[null,\"BASIC_D\"]}";
        JsonObject saved = ApplicationFixture.save(id(app), "TRACK", faster, version(app), DemoUser.ACO_STAFF);
        assertEquals(List.of("BASIC_A", "BASIC_D", "BASIC_E", "BASIC_E", "BASIC_E"), saved.getJsonArray("plannedLevels")
                .getValuesAs(JsonObject.class).stream().map(l -> l.getString("track")).toList());
        assertEquals(year + 1, saved.getJsonArray("plannedLevels").getJsonObject(1).getInt("performanceYear"));
        String back = form.substring(0, form.length() - 1) + ",\"electedLevels\":[null,\"BASIC_C\",\"BASIC_B\"]}";
        HttpResponse<String> refused = putJson("api/applications/" + id(app) + "/sections/TRACK?version=" + version(saved),
                DemoUser.ACO_STAFF, back);
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(object(refused).getString("message").contains("may move up faster but not back to Basic Level B"), refused.body());
    }

    @Test
    void onlyPdfsOfAtMostFiveMegabytesAreAccepted() {
        JsonObject app = ApplicationFixture.draftForA1001();
        HttpResponse<String> word = post("api/applications/" + id(app) + "/documents/COMPLIANCE_PLAN?fileName=plan.docx",
                DemoUser.ACO_STAFF, "application/pdf", "PK\u0003\u0004 not a pdf".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(400, word.statusCode(), word.body());
        assertEquals("'plan.docx' is not a PDF; upload documents as PDF files.", object(word).getString("message"));
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(ApplicationFixture.PDF, 0, big, 0, ApplicationFixture.PDF.length);
        HttpResponse<String> tooBig = post("api/applications/" + id(app) + "/documents/COMPLIANCE_PLAN?fileName=big.pdf",
                DemoUser.ACO_STAFF, "application/pdf", big);
        assertEquals(400, tooBig.statusCode(), tooBig.body());
        assertTrue(object(tooBig).getString("message").contains("at most 5 MB"), tooBig.body());
    }

    @Test
    void anotherAcosUserCanNeitherReadNorChangeTheApplicationWhateverTheRequest() {
        JsonObject app = ApplicationFixture.draftForA1001();
        long id = id(app);
        String path = "api/applications/" + id;
        assertEquals(200, getJson(path, DemoUser.CMS_ANALYST).statusCode(), "CMS reads every application");
        // another ACO's application is answered exactly like one that does not exist: walking ids tells nothing
        HttpResponse<String> read = getJson(path, DemoUser.ATLANTIC_STAFF);
        assertEquals(404, read.statusCode(), read.body());
        assertEquals("There is no application " + id + ".", object(read).getString("message"));
        assertFalse(read.body().contains("A1001") || read.body().contains("Palm Beach"), "the refusal names nothing of the owner");
        assertEquals(404, putJson(path + "/sections/GOVERNANCE", DemoUser.ATLANTIC_STAFF,
                ApplicationFixture.form("BASIC_A", null, "0")).statusCode());
        assertEquals(404, post(path + "/documents/COMPLIANCE_PLAN?fileName=x.pdf", DemoUser.ATLANTIC_STAFF, "application/pdf",
                ApplicationFixture.PDF).statusCode());
        assertEquals(404, postJson(path + "/deficiencies/1/answer", DemoUser.ATLANTIC_STAFF, "{\"response\":\"x\"}").statusCode());
        assertEquals(404, HttpApi.get(path + "/documents/1", DemoUser.ATLANTIC_STAFF, "*/*").statusCode());
        assertEquals(403, getJson("api/applications", DemoUser.ATLANTIC_STAFF).statusCode(), "the queue is CMS's");
        assertEquals(403, getJson("api/agreements/A1001", DemoUser.ATLANTIC_STAFF).statusCode());
        JsonArray theirs = HttpApi.json(getJson("api/applications/mine", DemoUser.ATLANTIC_STAFF).body()).asJsonArray();
        assertTrue(theirs.getValuesAs(JsonObject.class).stream().noneMatch(a -> a.getString("acoId").equals("A1001")));
        assertEquals(403, putJson(path + "/sections/GOVERNANCE", DemoUser.CMS_REVIEWER,
                ApplicationFixture.form("BASIC_A", null, "0")).statusCode(), "CMS does not fill in an ACO's application");
        HttpResponse<String> page = HttpApi.get("aco/application.xhtml?id=" + id, DemoUser.ATLANTIC_STAFF, "text/html");
        HttpResponse<String> missingPage = HttpApi.get("aco/application.xhtml?id=" + (id + 1_000_000), DemoUser.ATLANTIC_STAFF,
                "text/html");
        assertEquals(404, page.statusCode(), "the page answers like a missing application too");
        assertEquals(404, missingPage.statusCode());
        assertFalse(page.body().contains("Palm Beach"), page.body());
        // the draft is untouched
        assertEquals(version(app), version(object(getJson(path, DemoUser.ACO_STAFF))));
    }

    @Test
    void theWholeCycleRfiLockingAndApprovalCreatingTheAgreementAndTheDirectoryEntry() {
        JsonObject app = ApplicationFixture.complete(ApplicationFixture.draftForA1001());
        long id = id(app);
        int year = app.getInt("cycleYear");
        String path = "api/applications/" + id;
        HttpResponse<String> submitted = post(path + "/submit?version=" + version(app), DemoUser.ACO_EXECUTIVE, "application/json", new byte[0]);
        assertEquals(200, submitted.statusCode(), submitted.body());
        assertEquals("SUBMITTED", object(submitted).getString("status"));

        // the queue finds it by status and cycle
        JsonArray queue = HttpApi.json(getJson("api/applications?status=SUBMITTED&cycleYear=" + year, DemoUser.CMS_REVIEWER).body()).asJsonArray();
        assertEquals(1, queue.size(), queue.toString());

        long v = version(object(submitted));
        HttpResponse<String> noted = postJson(path + "/deficiencies?version=" + v, DemoUser.CMS_REVIEWER,
                "{\"section\":\"GOVERNANCE\",\"description\":\"Name a physician as medical director.\"}");
        assertEquals(200, noted.statusCode(), noted.body());
        assertTrue(getJson(path, DemoUser.ACO_STAFF).body().contains("\"deficiencies\":[]"), "unsent deficiencies stay with CMS");

        // a second action based on what the reviewer saw before is refused, naming who changed it
        HttpResponse<String> stale = post(path + "/rfi?version=" + v, DemoUser.CMS_REVIEWER, "application/json", new byte[0]);
        assertEquals(409, stale.statusCode(), stale.body());
        assertTrue(object(stale).getString("message").startsWith("This application was changed by cms.reviewer"), stale.body());

        HttpResponse<String> rfi = post(path + "/rfi?version=" + version(object(noted)), DemoUser.CMS_REVIEWER, "application/json", new byte[0]);
        assertEquals(200, rfi.statusCode(), rfi.body());
        JsonObject inRfi = object(getJson(path, DemoUser.ACO_STAFF));
        assertEquals("IN_RFI", inRfi.getString("status"));
        JsonObject deficiency = inRfi.getJsonArray("deficiencies").getJsonObject(0);
        assertEquals("GOVERNANCE", deficiency.getString("section"));

        HttpResponse<String> locked = putJson(path + "/sections/LEGAL_ENTITY?version=" + version(inRfi), DemoUser.ACO_STAFF,
                ApplicationFixture.form("ENHANCED", "ONE_PERCENT", "500000"));
        assertEquals(400, locked.statusCode(), locked.body());
        assertTrue(object(locked).getString("message").startsWith("Section 1 (legal entity) is locked"), locked.body());

        HttpResponse<String> unanswered = post(path + "/submit?version=" + version(inRfi), DemoUser.ACO_EXECUTIVE, "application/json", new byte[0]);
        assertEquals(400, unanswered.statusCode(), unanswered.body());
        assertTrue(object(unanswered).getString("message").contains("Answer the deficiency"), unanswered.body());

        HttpResponse<String> answered = postJson(path + "/deficiencies/" + deficiency.getJsonNumber("id").longValue() + "/answer?version="
                + version(inRfi), DemoUser.ACO_STAFF, "{\"response\":\"Dr. Maya Shah is a board-certified internist.\"}");
        assertEquals(200, answered.statusCode(), answered.body());
        HttpResponse<String> resubmitted = post(path + "/submit?version=" + version(object(answered)), DemoUser.ACO_EXECUTIVE,
                "application/json", new byte[0]);
        assertEquals(200, resubmitted.statusCode(), resubmitted.body());
        assertEquals("RESUBMITTED", object(resubmitted).getString("status"));

        HttpResponse<String> approved = post(path + "/approve?version=" + version(object(resubmitted)), DemoUser.CMS_REVIEWER,
                "application/json", new byte[0]);
        assertEquals(200, approved.statusCode(), approved.body());
        assertEquals("APPROVED", object(approved).getString("status"));
        HttpResponse<String> again = post(path + "/deny", DemoUser.CMS_REVIEWER, "application/json", "{\"reason\":\"x\"}".getBytes());
        assertEquals(400, again.statusCode(), "final: " + again.body());

        JsonObject agreement = HttpApi.json(getJson("api/agreements/A1001", DemoUser.ACO_STAFF).body()).asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(g -> g.getString("startDate").equals(year + "-01-01"))
                .findFirst().orElseThrow();
        assertEquals(5, agreement.getInt("years"));
        assertEquals(List.of(year, year + 1, year + 2, year + 3, year + 4), agreement.getJsonArray("levels")
                .getValuesAs(JsonObject.class).stream().map(l -> l.getInt("performanceYear")).toList());
        assertTrue(agreement.getJsonArray("levels").getValuesAs(JsonObject.class).stream()
                .allMatch(l -> l.getString("track").equals("ENHANCED")));

        // the directory shows the agreement in force this year: the approved one only from its first day
        JsonObject entry = object(getJson("api/acos/A1001", null));
        assertEquals("ENHANCED", entry.getString("track"));
        assertNotEquals(year + "-01-01", entry.getString("agreementStart"), "a renewal is not in force before it starts");
        // the ordinal of the agreement, not its number of years: A1001 had its 3rd to 5th agreements before
        assertTrue(agreement.getInt("agreementNumber") >= 5, agreement.toString());
        assertTrue(entry.getInt("agreementPeriod") < agreement.getInt("agreementNumber"), entry.toString());
    }

    @Test
    void aDenialNeedsAReasonTheAcoThenSees() {
        JsonObject app = ApplicationFixture.complete(ApplicationFixture.draftForA1001());
        String path = "api/applications/" + id(app);
        post(path + "/submit", DemoUser.ACO_EXECUTIVE, "application/json", new byte[0]);
        HttpResponse<String> noReason = postJson(path + "/deny", DemoUser.CMS_REVIEWER, "{\"reason\":\" \"}");
        assertEquals(400, noReason.statusCode(), noReason.body());
        assertEquals(403, postJson(path + "/deny", DemoUser.CMS_ANALYST, "{\"reason\":\"x\"}").statusCode(), "reviewers decide");
        HttpResponse<String> denied = postJson(path + "/deny", DemoUser.CMS_REVIEWER, "{\"reason\":\"Fewer than 5,000 beneficiaries.\"}");
        assertEquals(200, denied.statusCode(), denied.body());
        JsonObject seen = object(getJson(path, DemoUser.ACO_STAFF));
        assertEquals("DENIED", seen.getString("status"));
        assertEquals("Fewer than 5,000 beneficiaries.", seen.getString("decisionReason"));
    }

    @Test
    void theDemoProgramHasApplicationsInEveryState() {
        JsonArray all = HttpApi.json(getJson("api/applications?max=200", DemoUser.CMS_REVIEWER).body()).asJsonArray();
        Set<String> states = all.getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getInt("cycleYear") == LocalDate.now().getYear() + 2)
                .map(a -> a.getString("status")).collect(Collectors.toSet());
        assertEquals(Set.of("DRAFT", "SUBMITTED", "IN_RFI", "APPROVED", "DENIED"), states);
    }
}
