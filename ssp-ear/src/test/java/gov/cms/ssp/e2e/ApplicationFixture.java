package gov.cms.ssp.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sets up what an application test needs over the API, each test on its own cycle year (tests share
 * one database and may run in any order): a cycle open today, the notice, the application and its
 * sections.
 */
final class ApplicationFixture {
    /** Far-future agreement years, so that no test meets the demo cycle or another test's cycle. */
    private static final int FIRST_YEAR = 2100;
    private static final AtomicInteger NEXT_YEAR = new AtomicInteger(FIRST_YEAR + 1 + ThreadLocalRandom.current().nextInt(0, 40) * 20);
    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    private ApplicationFixture() {
    }

    static int nextYear() {
        return NEXT_YEAR.getAndIncrement();
    }

    /**
     * Removes what the fixture's far-future cycles left (run from each test class's {@code @AfterAll}):
     * their notices, applications with everything hanging off them, the agreements approvals made, the
     * change requests and windows of those years, and the cycles; so that another class, and the
     * user guide's screenshots it takes, meet the demo program and its own records, not dozens of
     * cycles of other tests. Straight in the test database: the program has no way to delete a cycle,
     * on purpose.
     */
    static void removeFarFutureCycles() {
        String apps = "select a.id from application a join application_cycle c on c.id = a.cycle_pk where c.agreement_year >= "
                + FIRST_YEAR;
        String[] statements = {
                "delete from application_receipt where application_pk in (" + apps + ")",
                "delete from application_document where application_pk in (" + apps + ")",
                "delete from application_deficiency where application_pk in (" + apps + ")",
                "delete from application_event where application_pk in (" + apps + ")",
                "delete from agreement_election where agreement_pk in (select g.id from agreement g where g.application_pk in ("
                        + apps + ") or extract(year from g.start_date) >= " + FIRST_YEAR + ")",
                "delete from agreement where application_pk in (" + apps + ") or extract(year from start_date) >= " + FIRST_YEAR,
                "delete from application where id in (" + apps + ")",
                "delete from notice_of_intent where cycle_pk in (select id from application_cycle where agreement_year >= "
                        + FIRST_YEAR + ")",
                "delete from application_cycle where agreement_year >= " + FIRST_YEAR,
                "delete from change_request_row where request_id in (select id from change_request where py >= " + FIRST_YEAR + ")",
                "delete from change_request where py >= " + FIRST_YEAR,
                "delete from change_request_window where py >= " + FIRST_YEAR};
        try (java.sql.Connection db = database()) {
            db.setAutoCommit(false);
            try (java.sql.Statement st = db.createStatement()) {
                for (String sql : statements) {
                    st.executeUpdate(sql);
                }
            }
            // an approval entered the ACO into its far-future agreement: back to what it was before
            try (java.sql.PreparedStatement back = db.prepareStatement("update aco set track = ?, agreement_start = ?, "
                    + "agreement_period = ? where aco_id = ? and agreement_start >= ?")) {
                for (AcoAgreement a : ACOS_BEFORE) {
                    back.setString(1, a.track());
                    back.setObject(2, a.start());
                    back.setObject(3, a.period());
                    back.setString(4, a.acoId());
                    back.setObject(5, LocalDate.of(FIRST_YEAR, 1, 1));
                    back.executeUpdate();
                }
            }
            db.commit();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("could not remove the fixture's cycles: " + e.getMessage(), e);
        }
    }

    private record AcoAgreement(String acoId, String track, LocalDate start, Integer period) {
    }

    /** Each ACO's agreement as the fixture first found it, before any of its approvals. */
    private static final java.util.List<AcoAgreement> ACOS_BEFORE = acoAgreements();

    private static java.util.List<AcoAgreement> acoAgreements() {
        java.util.List<AcoAgreement> acos = new java.util.ArrayList<>();
        try (java.sql.Connection db = database(); java.sql.Statement st = db.createStatement();
             java.sql.ResultSet r = st.executeQuery("select aco_id, track, agreement_start, agreement_period from aco "
                     + "where agreement_start is null or agreement_start < '" + FIRST_YEAR + "-01-01'")) {
            while (r.next()) {
                acos.add(new AcoAgreement(r.getString(1), r.getString(2), r.getObject(3, LocalDate.class),
                        (Integer) r.getObject(4)));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("could not read the ACOs' agreements: " + e.getMessage(), e);
        }
        return acos;
    }

    static java.sql.Connection database() throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection(
                System.getenv().getOrDefault("SSP_DB_URL", "jdbc:postgresql://localhost:5432/ssp_test"),
                System.getenv().getOrDefault("SSP_DB_USER", "ssp"), System.getenv().getOrDefault("SSP_DB_PASSWORD", "ssp"));
    }

    /** A cycle whose NOIA and Phase 1 windows are open today; or with shifted windows. */
    static int openCycle() {
        int year = nextYear();
        LocalDate t = LocalDate.now();
        schedule(year, t.minusDays(1), t.plusDays(10), t.minusDays(1), t.plusDays(10), t.plusDays(20), t.plusDays(30), t.plusDays(40));
        return year;
    }

    static HttpResponse<String> schedule(int year, LocalDate noiaOpens, LocalDate noiaCloses, LocalDate subOpens,
                                         LocalDate subCloses, LocalDate rfi1, LocalDate rfi2, LocalDate fin) {
        String body = "{\"noiaOpens\":\"" + noiaOpens + "\",\"noiaCloses\":\"" + noiaCloses + "\",\"submissionOpens\":\"" + subOpens
                + "\",\"submissionCloses\":\"" + subCloses + "\",\"rfi1Deadline\":\"" + rfi1 + "\",\"rfi2Deadline\":\"" + rfi2
                + "\",\"finalDisposition\":\"" + fin + "\"}";
        HttpResponse<String> r = HttpApi.putJson("api/application-cycles/" + year, DemoUser.CMS_ADMIN, body);
        return r;
    }

    static HttpResponse<String> fileNotice(int year, String acoId, DemoUser user) {
        return HttpApi.postJson("api/application-cycles/" + year + "/notices/" + acoId, user, "{\"legalName\":\"Palm Beach "
                + "Accountable Care Organization\",\"tin\":\"900000101\",\"address\":\"1 Clematis St, West Palm Beach, FL\","
                + "\"executiveName\":\"Ana Diaz\",\"executiveEmail\":\"ana.diaz@palmbeach-aco.example.org\","
                + "\"primaryName\":\"Sam Ortiz\",\"primaryEmail\":\"sam.ortiz@palmbeach-aco.example.org\"}");
    }

    /** Notice and draft application of A1001 for a new open cycle; returns the application. */
    static JsonObject draftForA1001() {
        int year = openCycle();
        HttpResponse<String> notice = fileNotice(year, "A1001", DemoUser.ACO_STAFF);
        assertEquals(200, notice.statusCode(), notice.body());
        HttpResponse<String> started = HttpApi.postJson("api/application-cycles/" + year + "/applications/A1001",
                DemoUser.ACO_STAFF, "");
        assertEquals(200, started.statusCode(), started.body());
        return HttpApi.object(started);
    }

    static String form(String track, String msr, String amount) {
        return "{\"legalName\":\"Palm Beach Accountable Care Organization\",\"tin\":\"900000101\",\"address\":\"1 Clematis St\","
                + "\"track\":" + quoted(track) + ",\"msrMlr\":" + quoted(msr) + ",\"assignmentMethod\":\"PROSPECTIVE\","
                + "\"snfWaiver\":false,\"governingBody\":\"Ana Diaz\\nSam Ortiz\",\"complianceOfficial\":\"Lee Park\","
                + "\"medicalDirector\":\"Dr. Maya Shah\",\"repaymentType\":\"LETTER_OF_CREDIT\",\"repaymentIssuer\":\"First Bank\","
                + "\"repaymentAmount\":" + amount + ",\"totalExpenditures\":200000000,\"participantRevenue\":50000000,"
                + "\"eftStatus\":\"ON_FILE\",\"attestAccurate\":true,\"attestCompliance\":true}";
    }

    private static String quoted(String s) {
        return s == null ? "null" : "\"" + s + "\"";
    }

    static JsonObject save(long id, String section, String form, long version, DemoUser user) {
        HttpResponse<String> r = HttpApi.putJson("api/applications/" + id + "/sections/" + section + "?version=" + version, user, form);
        assertEquals(200, r.statusCode(), section + ": " + r.body());
        return HttpApi.object(r);
    }

    /** Fills every section of the draft (ENHANCED, repayment above the minimum, PDF uploaded). */
    static JsonObject complete(JsonObject app) {
        long id = app.getJsonNumber("id").longValue();
        String form = form("ENHANCED", "ONE_PERCENT", "500000");
        JsonObject current = app;
        for (String section : new String[] {"LEGAL_ENTITY", "TRACK", "GOVERNANCE", "REPAYMENT", "EFT", "ATTESTATIONS"}) {
            // staff prepare every section; the attestations bind the ACO, so its executive makes them
            DemoUser by = section.equals("ATTESTATIONS") ? DemoUser.ACO_EXECUTIVE : DemoUser.ACO_STAFF;
            current = save(id, section, form, current.getJsonNumber("version").longValue(), by);
        }
        HttpResponse<String> up = HttpApi.post("api/applications/" + id + "/documents/COMPLIANCE_PLAN?fileName=plan.pdf",
                DemoUser.ACO_STAFF, "application/pdf", PDF);
        assertEquals(200, up.statusCode(), up.body());
        return HttpApi.object(up);
    }

    /**
     * An approved Basic Level A application of A1001 on a new cycle (its agreement starts January 1 of
     * the year returned) and a change-request window open today for the agreement's second PY.
     */
    static int approvedBasicAgreementWithWindowOpen() {
        JsonObject app = draftForA1001();
        long id = id(app);
        String form = form("BASIC_A", null, "500000");
        JsonObject current = app;
        for (String section : new String[] {"LEGAL_ENTITY", "TRACK", "GOVERNANCE", "REPAYMENT", "EFT", "ATTESTATIONS"}) {
            current = save(id, section, form, version(current),
                    section.equals("ATTESTATIONS") ? DemoUser.ACO_EXECUTIVE : DemoUser.ACO_STAFF);
        }
        HttpResponse<String> up = HttpApi.post("api/applications/" + id + "/documents/COMPLIANCE_PLAN?fileName=plan.pdf",
                DemoUser.ACO_STAFF, "application/pdf", PDF);
        assertEquals(200, up.statusCode(), up.body());
        int start = LocalDate.parse(HttpApi.object(up).getString("agreementStart")).getYear();
        HttpResponse<String> submitted = HttpApi.post("api/applications/" + id + "/submit?version=" + version(HttpApi.object(up)),
                DemoUser.ACO_EXECUTIVE, "application/json", new byte[0]);
        assertEquals(200, submitted.statusCode(), submitted.body());
        HttpResponse<String> approved = HttpApi.post("api/applications/" + id + "/approve?version="
                + version(HttpApi.object(submitted)), DemoUser.CMS_REVIEWER, "application/json", new byte[0]);
        assertEquals(200, approved.statusCode(), approved.body());
        HttpResponse<String> window = HttpApi.putJson("api/reference/change-request-windows/" + (start + 1), DemoUser.CMS_ADMIN,
                "{\"opensOn\":\"" + LocalDate.now().minusDays(1) + "\",\"closesOn\":\"" + LocalDate.now().plusDays(30) + "\"}");
        assertTrue(window.statusCode() < 300, window.body());
        return start;
    }

    static long id(JsonObject app) {
        return app.getJsonNumber("id").longValue();
    }

    static long version(JsonObject app) {
        return app.getJsonNumber("version").longValue();
    }
}
