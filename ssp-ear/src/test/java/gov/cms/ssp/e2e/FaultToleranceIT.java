package gov.cms.ssp.e2e;

import static gov.cms.ssp.e2e.DemoUser.ACO_STAFF;
import static gov.cms.ssp.e2e.DemoUser.CMS_ADMIN;
import static gov.cms.ssp.e2e.DemoUser.CMS_ANALYST;
import static gov.cms.ssp.e2e.DemoUser.CMS_REVIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.FluentWait;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Faults the application must survive, on a WildFly of this test's own (Arquillian's managed server
 * cannot be killed and brought back) with the shipped EAR, its own database {@code ssp_fault} (demo
 * data, so nothing touches the other tests' database) and two {@link TcpProxy proxies} the test
 * controls: WildFly reaches PostgreSQL and Keycloak only through them, so that "PostgreSQL restarts"
 * and "Keycloak stops" are a cut of the proxy, never of the machine's shared servers. In order, on
 * one server start and one kill -9 and restart:
 * <ol>
 * <li>PostgreSQL goes away: /ssp/health says DOWN, pages answer in words; it comes back: health is
 * UP and every request succeeds again, the pool's dead connections gone, without a restart;</li>
 * <li>Keycloak stops: "Log in" says sign-in is unavailable (503), never a stack trace; tokens
 * already issued keep working;</li>
 * <li>kill -9 in the middle of an assignment Batch job (a generated year of {@value #ASSIGN_BENEFICIARIES}
 * beneficiaries; two of its partitions committed, the next ones writing), of a reconciliation run (3 of
 * the 6 demo ACOs committed, the 4th being written) and of a 10,000-row participant upload (5,000 rows
 * written, uncommitted): after the restart the run says "Interrupted" and the upload left no row;</li>
 * <li>on the restarted server, with Keycloak still stopped, a token call and a protected page say
 * sign-in is unavailable (503, in words) instead of 500/403;</li>
 * <li>the analyst resumes the run: every ACO has exactly one result; the ACO uploads the file
 * again: exactly its 10,000 rows; the analyst resumes the assignment run as the page does: every
 * beneficiary exactly once, and every ACO's summary equal to the command's ({@code ./ssp assign}'s
 * engine) on the same files, to the cent;</li>
 * <li>a user logged in through Keycloak's form whose token must be refreshed while Keycloak is stopped
 * is sent to the page saying sign-in is unavailable (503), never to Keycloak's dead address, a 403 or a
 * 500; once Keycloak is back, the form log-in works again.</li>
 * </ol>
 * The middle of the job, the run and the upload is made exact, not guessed: triggers in this test's
 * database make the insert of the third committed partition, of the 4th ACO's result and of the
 * upload's 5,000th row wait on advisory locks the test holds while it kills the server.
 * <p>This server refreshes a browser session's access token on every request
 * ({@code SSP_OIDC_ALWAYS_REFRESH_TOKEN}, the OIDC client's {@code always-refresh-token}): what a token at
 * the end of its 5-minute lifespan does, without waiting 5 minutes and without changing the shared realm.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultToleranceIT {
    private static final String TEST_DB = System.getenv().getOrDefault("SSP_DB_URL", "jdbc:postgresql://localhost:5432/ssp_test");
    private static final String DB = TEST_DB.substring(0, TEST_DB.lastIndexOf('/') + 1) + "ssp_fault";
    private static final String DB_USER = System.getenv().getOrDefault("SSP_DB_USER", "ssp");
    private static final String DB_PASSWORD = System.getenv().getOrDefault("SSP_DB_PASSWORD", "ssp");
    private static final int PY = LocalDate.now().getYear() + 1;
    private static final int RUN_YEAR = 2023;
    private static final int UPLOAD_ROWS = 10_000;
    private static final long HOLD = 16_016; // the advisory lock the triggers wait on
    private static final long HOLD_ASSIGNMENT = 16_017; // the one the assignment job's partitions wait on
    /** a PY of its own in this test's database: its financial inputs touch no year the other steps use */
    private static final int ASSIGN_PY = 2037;
    static final int ASSIGN_BENEFICIARIES = 3_000;
    private static final String START = "{\"reason\":\"Fault test run\"}";
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private static TcpProxy postgres;
    private static TcpProxy keycloak;
    private static OwnServer server;
    private static final Map<DemoUser, Token> TOKENS = new EnumMap<>(DemoUser.class);

    // what the kill leaves for the steps after it
    private static long crashedRun;
    private static long committedBeforeKill;
    private static String upload;
    private static List<String> uploadTins;
    private static long assignmentRun;
    private static long bucketsBeforeKill;

    @BeforeAll
    static void startOwnServer() throws IOException {
        recreateDatabase();
        postgres = new TcpProxy(portOf(DB));
        keycloak = new TcpProxy(URI.create(SspDeployment.keycloakUrl()).getPort());
        server = new OwnServer(Path.of("target", "fault-base").toAbsolutePath(), Map.of(
                "SSP_DB_URL", "jdbc:postgresql://127.0.0.1:" + postgres.port() + "/ssp_fault",
                "SSP_DB_USER", DB_USER, "SSP_DB_PASSWORD", DB_PASSWORD,
                "SSP_OIDC_PROVIDER_URL", keycloakUrl() + "/realms/ssp",
                // this test asks the public API as often as it likes
                "SSP_PUBLIC_API_RATE", "1000000", "SSP_PUBLIC_API_BURST", "1000000",
                // a browser session's token needs refreshing at every request (step 6), see the class comment
                "SSP_OIDC_ALWAYS_REFRESH_TOKEN", "true"));
        server.start();
    }

    @AfterAll
    static void stopOwnServer() throws Exception {
        if (server != null) {
            server.close();
        }
        if (postgres != null) {
            postgres.close();
            keycloak.close();
        }
        dropDatabase();
    }

    // ------------------------------------------------------------------ 1. PostgreSQL restarted

    @Test
    @Order(1)
    void aPostgresRestartIsReportedDownAndTheApplicationRecoversWithoutARestart() throws SQLException {
        String path = "api/reconciliation/financial-inputs/" + RUN_YEAR;
        token(CMS_REVIEWER);
        try (Connection db = connect(); Statement s = db.createStatement()) {
            // 16 requests at once, each made to wait in the database on a table lock the test holds, so that
            // the pool surely has 16 connections open when PostgreSQL goes away
            db.setAutoCommit(false);
            s.execute("lock table financial_input in access exclusive mode");
            CompletableFuture<List<HttpResponse<String>>> warm = CompletableFuture.supplyAsync(
                    () -> concurrently(16, () -> get(path, CMS_REVIEWER)));
            await("16 requests hold a connection each", Duration.ofSeconds(60), () -> count(db,
                    "select count(*) from pg_locks l join pg_class c on c.oid = l.relation where c.relname = 'financial_input'"
                            + " and not l.granted") == 16);
            db.commit();
            assertAllOk(warm.join(), "before: 16 requests at once");
        }

        postgres.cut(); // what the application sees of a PostgreSQL restart: every connection closed, new ones refused
        HttpResponse<String> health = server.healthAnswer();
        assertEquals(503, health.statusCode(), "health says DOWN at once while PostgreSQL is away: " + health.body());
        assertTrue(health.body().contains("\"database\":\"DOWN\""), health.body());
        HttpResponse<String> page = get("", null);
        assertNoStackTrace(page);
        HttpResponse<String> api = get(path, CMS_REVIEWER);
        assertTrue(api.statusCode() >= 500, "an API call fails while the database is away: " + api.statusCode());
        assertNoStackTrace(api);

        postgres.restore();
        // the requests that come first once PostgreSQL is back all succeed: none is handed one of the
        // pool's dead connections (a health poll would have used them up one by one, so none comes before)
        assertAllOk(concurrently(16, () -> get(path, CMS_REVIEWER)), "the first requests after PostgreSQL is back");
        assertEquals(200, server.healthStatus(), "health says UP again, without a restart");
        assertEquals(200, get("", null).statusCode(), "the home page (directory from the database) again");
    }

    // ------------------------------------------------------------------ 2. Keycloak stopped

    @Test
    @Order(2)
    void withKeycloakStoppedLoggingInSaysSignInIsUnavailableAndIssuedTokensStillWork() {
        token(CMS_REVIEWER); // a token issued before Keycloak stops
        assertEquals(302, get("sign-in", null).statusCode(), "Keycloak answers: 'Log in' goes on to Keycloak's form");
        keycloak.cut();
        try {
            // the application asks Keycloak at most every 5 seconds whether it answers
            await("'Log in' notices that Keycloak is away", Duration.ofSeconds(30), () -> get("sign-in", null).statusCode() == 503);
            HttpResponse<String> signIn = get("sign-in", null);
            assertTrue(signIn.body().contains("Sign-in is unavailable right now. Please try again later."), signIn.body());
            assertEquals("30", signIn.headers().firstValue("Retry-After").orElse(""));
            assertNoStackTrace(signIn);
            HttpResponse<String> api = get("api/reconciliation/financial-inputs/" + RUN_YEAR, CMS_REVIEWER);
            assertEquals(200, api.statusCode(), "a token Keycloak issued before it stopped is still checked (by its cached keys): "
                    + api.body());
            assertEquals(200, get("", null).statusCode(), "public pages do not need Keycloak");
        } finally {
            keycloak.restore();
        }
        await("'Log in' goes to Keycloak again", Duration.ofSeconds(30), () -> get("sign-in", null).statusCode() == 302);
    }

    // ------------------------------------------------------------------ 3. kill -9 mid-run and mid-upload

    @Test
    @Order(3)
    void killedInTheMiddleOfARunAndOfAnUploadTheRestartedServerShowsTheRunInterruptedAndNoRowOfTheUpload()
            throws Exception {
        openChangeRequestWindow();
        List<String> acos = strings("select aco_id from financial_input where performance_year = " + RUN_YEAR + " order by aco_id");
        assertTrue(acos.size() >= 4, "the demo data has financial inputs for several ACOs: " + acos);
        String heldAco = acos.get(acos.size() / 2);
        uploadTins = IntStream.range(0, UPLOAD_ROWS).mapToObj(i -> Integer.toString(810_000_000 + i)).toList();
        String heldTin = uploadTins.get(UPLOAD_ROWS / 2 - 1);
        StringBuilder csv = new StringBuilder("TIN,Legal business name,Bills primary care (Y/N)\n");
        uploadTins.forEach(tin -> csv.append(tin).append(",Fault Test Clinic ").append(tin).append(",Y\n"));
        upload = csv.toString();
        PipelineFixture.upload(FaultToleranceIT::call, ASSIGN_PY, ASSIGN_BENEFICIARIES, true);

        try (Connection db = connect(); Statement s = db.createStatement()) {
            // the assignment job's partitions: once two have committed, each next one waits before it commits
            s.execute("create function fault_hold_bucket() returns trigger language plpgsql as $$ begin"
                    + " if (select count(*) from assignment_bucket where run_id = new.run_id) >= 2 then"
                    + " perform pg_advisory_xact_lock_shared(" + HOLD_ASSIGNMENT + "); end if; return new; end $$");
            s.execute("create trigger fault_hold_bucket before insert on assignment_bucket for each row execute function fault_hold_bucket()");
            s.execute("select pg_advisory_lock(" + HOLD_ASSIGNMENT + ")");
            HttpResponse<String> assigning = post("api/assignment/runs", CMS_ANALYST, "application/json",
                    "{\"performanceYear\":" + ASSIGN_PY + "}");
            assertEquals(200, assigning.statusCode(), assigning.body());
            assignmentRun = HttpApi.object(assigning).getJsonNumber("id").longValue();
            await("the assignment job has committed two partitions and is writing the next", Duration.ofSeconds(180), () ->
                    count(db, "select count(*) from assignment_bucket where run_id = " + assignmentRun) >= 2
                            && count(db, "select count(*) from pg_locks where locktype = 'advisory' and objid = " + HOLD_ASSIGNMENT
                            + " and not granted") >= 1);

            s.execute("create function fault_hold() returns trigger language plpgsql as"
                    + " $$ begin perform pg_advisory_xact_lock_shared(" + HOLD + "); return new; end $$");
            s.execute("create trigger fault_hold_run before insert on aco_reconciliation for each row"
                    + " when (new.aco_id = '" + heldAco + "') execute function fault_hold()");
            s.execute("create trigger fault_hold_upload before insert on change_request_row for each row"
                    + " when (new.tin = '" + heldTin + "') execute function fault_hold()");
            s.execute("select pg_advisory_lock(" + HOLD + ")");

            HttpResponse<String> started = post("api/reconciliation/runs?year=" + RUN_YEAR, CMS_ANALYST, "application/json", START);
            assertEquals(200, started.statusCode(), started.body());
            crashedRun = HttpApi.object(started).getJsonNumber("id").longValue();
            await("the run is writing the result of " + heldAco, Duration.ofSeconds(60), () -> waitingOnTheHold(db) == 1);

            CompletableFuture<HttpResponse<String>> uploading = HTTP.sendAsync(request("api/participant-lists/A1001/" + PY
                    + "/participants", ACO_STAFF).header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString(upload)).build(), HttpResponse.BodyHandlers.ofString());
            await("the upload is writing its rows (row " + UPLOAD_ROWS / 2 + " of " + UPLOAD_ROWS + ")", Duration.ofSeconds(90),
                    () -> waitingOnTheHold(db) == 2 || uploading.isDone());
            assertFalse(uploading.isDone(), () -> "the upload stopped before its rows were written: " + uploading.join().body());
            committedBeforeKill = count(db, "select count(*) from aco_reconciliation where run_id = " + crashedRun);
            assertEquals(acos.indexOf(heldAco), committedBeforeKill, "the ACOs before " + heldAco + " are committed, one each");
            bucketsBeforeKill = count(db, "select count(*) from assignment_bucket where run_id = " + assignmentRun);
            long bucketCount = count(db, "select bucket_count from assignment_run_year where run_id = " + assignmentRun);
            assertTrue(bucketsBeforeKill < bucketCount, "partitions still to run: " + bucketsBeforeKill + " of " + bucketCount);

            server.kill();

            s.execute("select pg_advisory_unlock(" + HOLD + ")");
            s.execute("select pg_advisory_unlock(" + HOLD_ASSIGNMENT + ")");
            s.execute("drop trigger fault_hold_run on aco_reconciliation");
            s.execute("drop trigger fault_hold_upload on change_request_row");
            s.execute("drop trigger fault_hold_bucket on assignment_bucket");
            s.execute("drop function fault_hold()");
            s.execute("drop function fault_hold_bucket()");
            try {
                HttpResponse<String> answer = uploading.get(30, TimeUnit.SECONDS);
                fail("the killed server answered the upload: " + answer.statusCode() + " " + answer.body());
            } catch (ExecutionException expected) {
                assertTrue(expected.getCause() instanceof IOException, expected.toString());
            }
            await("PostgreSQL has ended the killed server's sessions", Duration.ofSeconds(60),
                    () -> count(db, "select count(*) from pg_stat_activity where datname = 'ssp_fault' and pid <> pg_backend_pid()") == 0);
            assertEquals(0, ourRows(db), "no row of the interrupted upload is saved");
            assertEquals(committedBeforeKill, count(db, "select count(*) from aco_reconciliation where run_id = " + crashedRun),
                    "the result being written when the server died is not saved either");
            assertEquals(bucketsBeforeKill, count(db, "select count(*) from assignment_bucket where run_id = " + assignmentRun),
                    "the partitions being written when the server died are not saved");
            assertEquals(count(db, "select coalesce(sum(assigned), 0) from assignment_bucket where run_id = " + assignmentRun),
                    count(db, "select count(*) from assigned_beneficiary where run_id = " + assignmentRun),
                    "only the committed partitions' beneficiaries are stored, nothing of the others");
        }

        server.start(); // nothing asks it anything that needs Keycloak before the next step
    }

    // ------------------------------------------------------------------ 4. a fresh server while Keycloak is stopped

    @Test
    @Order(4)
    void onAFreshServerWithKeycloakStoppedTokenCallsAndProtectedPagesSaySignInIsUnavailable() {
        String token = token(CMS_REVIEWER); // issued before Keycloak stops; this server has not fetched Keycloak's keys yet
        keycloak.cut();
        try {
            await("'Log in' notices that Keycloak is away", Duration.ofSeconds(30), () -> get("sign-in", null).statusCode() == 503);
            HttpResponse<String> api = send(HttpRequest.newBuilder(URI.create(server.url() + "api/reconciliation/runs/" + crashedRun))
                    .header("Accept", "application/json").header("Authorization", "Bearer " + token).GET().build());
            assertEquals(503, api.statusCode(), api.body());
            assertEquals("sign-in-unavailable", HttpApi.object(api).getString("error"), api.body());
            assertEquals("Sign-in is unavailable right now. Please try again later.", HttpApi.object(api).getString("message"));
            assertNoStackTrace(api);
            for (String page : List.of("login", "aco/", "cms/")) {
                HttpResponse<String> r = get(page, null);
                assertTrue(r.statusCode() == 503 || r.statusCode() == 302, page + ": " + r.statusCode());
                if (r.statusCode() == 503) {
                    assertTrue(r.body().contains("Sign-in is unavailable right now."), page + ": " + r.body());
                } else {
                    // the client knew Keycloak's addresses already: the browser is sent, not to Keycloak, which
                    // does not answer, but to the page that says so
                    assertTrue(r.headers().firstValue("Location").orElse("").endsWith("/ssp/sign-in"), page + ": " + r.headers());
                }
                assertNoStackTrace(r);
            }
            assertEquals(503, get("sign-in", null).statusCode());
        } finally {
            keycloak.restore();
        }
    }

    // ------------------------------------------------------------------ 5. resumed: everything exactly once

    @Test
    @Order(5)
    void theResumedRunHasEveryAcoExactlyOnceAndTheUploadRepeatedHasEveryRowOnce() throws SQLException {
        await("Keycloak answers through the proxy again", Duration.ofSeconds(30), () -> get("sign-in", null).statusCode() == 302);
        // after the restart the job repository (in memory) starts its ids again: the crashed run's
        // execution id now names a new run's execution, which must not pass for the crashed run's
        HttpResponse<String> other = post("api/reconciliation/runs?year=" + RUN_YEAR, CMS_ANALYST, "application/json", START);
        assertEquals(200, other.statusCode(), other.body());
        long otherRun = HttpApi.object(other).getJsonNumber("id").longValue();
        await("the other run completes", Duration.ofSeconds(60), () -> "COMPLETED".equals(run(otherRun).getString("executionStatus")));
        JsonObject run = run(crashedRun);
        assertEquals("INTERRUPTED", run.getString("executionStatus"), run.toString());
        assertEquals(committedBeforeKill, run.getJsonNumber("reconciled").longValue(), run.toString());
        assertTrue(run.getJsonNumber("reconciled").longValue() < run.getInt("inputCount"), "so the analyst may resume it: " + run);
        HttpResponse<String> resumed = post("api/reconciliation/runs/" + crashedRun + "/resume", CMS_ANALYST, "application/json", "{}");
        assertEquals(200, resumed.statusCode(), resumed.body());
        await("the resumed run completes", Duration.ofSeconds(60), () -> {
            JsonObject r = run(crashedRun);
            return r.getJsonNumber("reconciled").longValue() >= r.getInt("inputCount");
        });
        try (Connection db = connect()) {
            long inputs = count(db, "select count(*) from financial_input where performance_year = " + RUN_YEAR);
            assertEquals(inputs, count(db, "select count(*) from aco_reconciliation where run_id = " + crashedRun), "one result per ACO");
            assertEquals(inputs, count(db, "select count(distinct aco_id) from aco_reconciliation where run_id = " + crashedRun),
                    "no ACO twice");
            assertEquals(0, count(db, "select count(*) from financial_input f where f.performance_year = " + RUN_YEAR
                    + " and not exists (select 1 from aco_reconciliation r where r.run_id = " + crashedRun + " and r.aco_id = f.aco_id)"),
                    "none missing");
            assertEquals("COMPLETED", run(crashedRun).getString("executionStatus"));

            // the upload is one transaction: it is saved whole or not at all, so the ACO sends it again
            HttpResponse<String> again = post("api/participant-lists/A1001/" + PY + "/participants", ACO_STAFF, "text/csv", upload);
            assertEquals(200, again.statusCode(), again.body());
            assertEquals(UPLOAD_ROWS, HttpApi.object(again).getInt("rows"));
            assertEquals(UPLOAD_ROWS, ourRows(db), "every row of the file exactly once");
            assertEquals(UPLOAD_ROWS, count(db, "select count(distinct tin) from change_request_row where tin between '810000000'"
                    + " and '" + uploadTins.get(UPLOAD_ROWS - 1) + "'"), "each of them once");
        }
    }

    @Test
    @Order(6)
    void theAssignmentJobResumedAfterTheKillCountsEveryBeneficiaryOnceWithTheCommandsFigures() throws SQLException {
        // its execution id may now name the other run's execution (step 5): that one's state is not this run's
        JsonObject crashed = assignment(assignmentRun);
        assertEquals("FAILED", crashed.getString("status"), "stopped, so the analyst may resume it: " + crashed);
        assertEquals("INTERRUPTED", crashed.getString("executionStatus"), crashed.toString());
        assertTrue(crashed.getString("problem").contains("Resume to finish it"), crashed.toString());

        HttpResponse<String> resumed = post("api/assignment/runs/" + assignmentRun + "/resume", CMS_ANALYST, "application/json", "{}");
        assertEquals(200, resumed.statusCode(), resumed.body());
        await("the resumed assignment run ends", Duration.ofMinutes(5), () -> !"RUNNING".equals(assignment(assignmentRun).getString("status")));
        JsonObject done = assignment(assignmentRun);
        assertEquals("COMPLETE", done.getString("status"), done.toString());
        JsonObject year = done.getJsonArray("years").getJsonObject(0);
        assertEquals(year.getInt("bucketCount"), year.getInt("bucketsDone"), "every partition committed: " + year);
        assertEquals(ASSIGN_BENEFICIARIES, year.getJsonNumber("beneficiaries").longValue());

        List<String> expected = PipelineFixture.rows(PipelineFixture.commandOutput(ASSIGN_PY, ASSIGN_BENEFICIARIES)
                .resolve(gov.cms.ssp.assignment.AssignmentPipeline.ASSIGNMENT)).stream().map(r -> r.get("bene_id")).sorted().toList();
        assertEquals(expected.size(), year.getJsonNumber("assigned").longValue(), "no beneficiary lost or counted twice");
        assertEquals(expected, strings("select bene_id from assigned_beneficiary where run_id = " + assignmentRun).stream().sorted()
                .toList(), "the command's beneficiaries, each exactly once");
        assertEquals(PipelineFixture.commandSummary(ASSIGN_PY, ASSIGN_BENEFICIARIES),
                PipelineFixture.summary(get("api/assignment/runs/" + assignmentRun + "/summary/" + ASSIGN_PY, CMS_REVIEWER)),
                "every ACO's summary as the command computes it, to the cent");
    }

    // ------------------------------------------------------------------ 6. a session's token refreshed while Keycloak is stopped

    @Test
    @Order(7)
    void aSessionWhoseTokenMustBeRefreshedWhileKeycloakIsStoppedIsToldSignInIsUnavailableThenLogsInAgain() {
        HttpClient browser = browser();
        assertTrue(formLogIn(browser, DemoUser.ATLANTIC_STAFF).contains("id=\"user-role\""), "logged in through Keycloak's form");
        HttpResponse<String> home = send(browser, page("aco/home.xhtml").GET().build());
        assertEquals(200, home.statusCode(), "the session's token is refreshed with Keycloak up: " + home.body());
        keycloak.cut();
        try {
            await("'Log in' notices that Keycloak is away", Duration.ofSeconds(30), () -> get("sign-in", null).statusCode() == 503);
            HttpResponse<String> told = send(browser, page("aco/home.xhtml").GET().build());
            assertNoStackTrace(told);
            if (told.statusCode() == 302) {
                // the OIDC client knows Keycloak's addresses: its redirect to Keycloak's login is sent to the page instead
                String location = told.headers().firstValue("Location").orElse("");
                assertFalse(location.startsWith(keycloakUrl()), "not to Keycloak's address, which does not answer: " + location);
                assertTrue(location.endsWith("/ssp/sign-in"), location);
                told = send(browser, HttpRequest.newBuilder(URI.create(server.url()).resolve(location)).header("Accept", "text/html").GET().build());
            }
            assertEquals(503, told.statusCode(), "not 403 or 500: " + told.statusCode() + " " + told.body());
            assertTrue(told.body().contains("Sign-in is unavailable right now. Please try again later."), told.body());
            assertEquals("30", told.headers().firstValue("Retry-After").orElse(""));
            assertNoStackTrace(told);
        } finally {
            keycloak.restore();
        }
        await("'Log in' goes to Keycloak again", Duration.ofSeconds(30), () -> get("sign-in", null).statusCode() == 302);
        // the same browser: Keycloak's own session outlived the outage, so "Log in" brings the user back without the form
        HttpResponse<String> back = follow(browser, page("sign-in").GET().build());
        assertEquals(200, back.statusCode(), back.body());
        assertTrue(back.body().contains("id=\"user-role\""), "logged in again: " + back.uri());
        assertEquals(200, send(browser, page("aco/home.xhtml").GET().build()).statusCode());
        // another browser: the form log-in works again
        assertTrue(formLogIn(browser(), DemoUser.ATLANTIC_STAFF).contains("id=\"user-role\""), "logging in works again");
    }

    // ------------------------------------------------------------------ helpers

    /** What PipelineFixture sends, to this test's server as the analyst. */
    private static HttpResponse<String> call(String method, String path, String type, byte[] body) {
        return send(request(path, CMS_ANALYST).header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    }

    private static JsonObject assignment(long id) {
        HttpResponse<String> r = get("api/assignment/runs/" + id, CMS_REVIEWER);
        assertEquals(200, r.statusCode(), r.body());
        return HttpApi.object(r);
    }

    /** A browser: its own cookies, following redirects across the application and Keycloak. */
    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new LocalhostCookies()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    private static HttpRequest.Builder page(String path) {
        return HttpRequest.newBuilder(URI.create(server.url() + path)).timeout(Duration.ofSeconds(60)).header("Accept", "text/html");
    }

    /** "Log in", Keycloak's form filled in and posted, the redirects followed back: the page the user lands on. */
    private static String formLogIn(HttpClient browser, DemoUser user) {
        HttpResponse<String> form = follow(browser, page("sign-in").GET().build());
        assertEquals(200, form.statusCode(), "Keycloak's form: " + form.body());
        Matcher action = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*>|<form[^>]*action=\"[^\"]*\"[^>]*id=\"kc-form-login\"[^>]*>")
                .matcher(form.body());
        assertTrue(action.find(), "a login form: " + form.body());
        Matcher url = Pattern.compile("action=\"([^\"]+)\"").matcher(action.group());
        assertTrue(url.find(), action.group());
        HttpResponse<String> landed = follow(browser, HttpRequest.newBuilder(form.uri().resolve(url.group(1).replace("&amp;", "&")))
                .timeout(Duration.ofSeconds(60)).header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user.userName, StandardCharsets.UTF_8)
                        + "&password=" + DemoUser.PASSWORD)).build());
        assertEquals(200, landed.statusCode(), landed.uri() + ": " + landed.body());
        return landed.body();
    }

    /** Sends, then follows redirects (GET) the way a browser does, at most 10. */
    private static HttpResponse<String> follow(HttpClient browser, HttpRequest first) {
        HttpResponse<String> r = send(browser, first);
        for (int i = 0; i < 10 && r.statusCode() / 100 == 3; i++) {
            URI next = r.uri().resolve(r.headers().firstValue("Location").orElseThrow());
            r = send(browser, HttpRequest.newBuilder(next).timeout(Duration.ofSeconds(60)).header("Accept", "text/html").GET().build());
        }
        return r;
    }

    private static String keycloakUrl() {
        return "http://127.0.0.1:" + keycloak.port();
    }

    private static void openChangeRequestWindow() {
        HttpResponse<String> r = send(request("api/reference/change-request-windows/" + PY, CMS_ADMIN)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"opensOn\":\""
                        + LocalDate.now().minusDays(1) + "\",\"closesOn\":\"" + LocalDate.now().plusDays(60) + "\"}")).build());
        assertEquals(204, r.statusCode(), r.body());
    }

    private static JsonObject run(long id) {
        HttpResponse<String> r = get("api/reconciliation/runs/" + id, CMS_REVIEWER);
        assertEquals(200, r.statusCode(), r.body());
        return HttpApi.object(r);
    }

    private static long waitingOnTheHold(Connection db) {
        return count(db, "select count(*) from pg_locks where locktype = 'advisory' and objid = " + HOLD + " and not granted");
    }

    private static long ourRows(Connection db) {
        try (PreparedStatement p = db.prepareStatement("select count(*) from change_request_row where tin = any(?)")) {
            Array tins = db.createArrayOf("varchar", uploadTins.toArray());
            p.setArray(1, tins);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Token(String value, long usableUntilNanos) {
    }

    /**
     * One password grant per user until the token is within 60 s of its end (Keycloak's brute-force detection
     * counts logins in quick succession; the test outlasts the 5-minute tokens).
     */
    private static synchronized String token(DemoUser user) {
        Token t = TOKENS.get(user);
        if (t == null || System.nanoTime() > t.usableUntilNanos()) {
            long fetchedAt = System.nanoTime();
            String form = "grant_type=password&client_id=ssp-web&client_secret=ssp-web-dev-secret&scope=openid"
                    + "&username=" + URLEncoder.encode(user.userName, StandardCharsets.UTF_8) + "&password=" + DemoUser.PASSWORD;
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(keycloakUrl() + "/realms/ssp/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build());
            assertEquals(200, r.statusCode(), "Keycloak (through the proxy) issues a token for " + user.userName + ": " + r.body());
            JsonObject answer = HttpApi.object(r);
            t = new Token(answer.getString("access_token"), fetchedAt
                    + Duration.ofSeconds(Math.max(0, answer.getJsonNumber("expires_in").longValue() - 60)).toNanos());
            TOKENS.put(user, t);
        }
        return t.value();
    }

    private static HttpRequest.Builder request(String path, DemoUser user) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (user != null) {
            b.header("Authorization", "Bearer " + token(user));
        }
        return b;
    }

    private static HttpResponse<String> get(String path, DemoUser user) {
        HttpRequest.Builder b = request(path, user);
        if (user == null) {
            b.setHeader("Accept", "text/html");
        }
        return send(b.GET().build());
    }

    private static HttpResponse<String> post(String path, DemoUser user, String type, String body) {
        return send(request(path, user).header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        return send(HTTP, request);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<HttpResponse<String>> concurrently(int n, java.util.function.Supplier<HttpResponse<String>> call) {
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            calls.add(CompletableFuture.supplyAsync(call, runnable -> new Thread(runnable).start()));
        }
        return calls.stream().map(CompletableFuture::join).toList();
    }

    private static void assertAllOk(List<HttpResponse<String>> answers, String what) {
        List<String> failed = answers.stream().filter(r -> r.statusCode() != 200).map(r -> r.statusCode() + " " + r.body()).toList();
        assertTrue(failed.isEmpty(), what + ": " + failed.size() + " of " + answers.size() + " failed: " + failed);
    }

    private static void assertNoStackTrace(HttpResponse<String> r) {
        assertFalse(r.body().matches("(?s).*(\\w(Exception|Error): |Caused by|\\bat [\\w.$]+\\(\\w+\\.java:\\d+\\)).*"),
                "no exception or stack trace in the answer: " + r.body());
    }

    private static void await(String what, Duration timeout, BooleanSupplier condition) {
        new FluentWait<>(condition).withTimeout(timeout).pollingEvery(Duration.ofMillis(100))
                .withMessage(() -> "within " + timeout.toSeconds() + " s: " + what + " (server log: " + server.log() + ")")
                .until(BooleanSupplier::getAsBoolean);
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(DB, DB_USER, DB_PASSWORD);
    }

    private static long count(Connection db, String sql) {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static List<String> strings(String sql) throws SQLException {
        try (Connection db = connect(); Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (r.next()) {
                values.add(r.getString(1));
            }
            return values;
        }
    }

    private static int portOf(String jdbcUrl) {
        return URI.create(jdbcUrl.substring("jdbc:".length())).getPort() < 0 ? 5432
                : URI.create(jdbcUrl.substring("jdbc:".length())).getPort();
    }

    /** ./ssp test creates ssp_fault (owner ssp) afresh before the run; this only empties it should it be run again by hand. */
    private static void recreateDatabase() {
        try (Connection db = connect(); Statement s = db.createStatement()) {
            s.execute("drop schema public cascade");
            s.execute("create schema public");
        } catch (SQLException e) {
            throw new IllegalStateException("the database ssp_fault (made by ./ssp test) is not there: " + e.getMessage(), e);
        }
    }

    private static void dropDatabase() throws SQLException {
        try (Connection admin = DriverManager.getConnection(DB.substring(0, DB.lastIndexOf('/') + 1) + "postgres", DB_USER, DB_PASSWORD);
             Statement s = admin.createStatement()) {
            s.execute("drop database if exists ssp_fault with (force)");
        }
    }

    /**
     * The cookies of one browser. Keycloak marks its cookies {@code Secure} even on http://localhost (a browser
     * counts localhost as a secure origin and sends them); Java's cookie manager would never send them back over
     * http, and Keycloak would refuse the posted form (400). So the flag is dropped as the cookies are stored.
     */
    static final class LocalhostCookies extends CookieManager {
        @Override
        public void put(URI uri, Map<String, List<String>> headers) throws IOException {
            Map<String, List<String>> stored = new HashMap<>();
            headers.forEach((name, values) -> stored.put(name, name != null && name.equalsIgnoreCase("Set-Cookie")
                    ? values.stream().map(c -> c.replaceAll("(?i);\\s*Secure(?=;|$)", "")).toList() : values));
            super.put(uri, stored);
        }
    }
}
