package gov.cms.ssp.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.forAll;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code ./ssp bench load}: 50 concurrent users through the journeys of the program's people, each
 * logged in once through Keycloak's own form (the "Log in" link, the form, the redirect back), then
 * going round their journey with a second or two between pages for the whole duration:
 * <ul>
 * <li>ACO staff of A1001 reading their lists (the participants page, the lists and the draft through the API);</li>
 * <li>ACO staff of A1026 uploading participant files of 5 new TINs into their draft change request;</li>
 * <li>the executive of A1001 uploading 5 TINs and submitting them to CMS, so that the reviewers' queue fills;</li>
 * <li>CMS reviewers on the change-request queue, deciding a pending row of a submitted request;</li>
 * <li>CMS analysts on the reconciliation pages and results of a run;</li>
 * <li>the public: the home page's directory, the lookup page and the lookup API.</li>
 * </ul>
 * The anchor is measured in the same run: {@code /ssp/health} (a servlet and one count query), asked by
 * the visitors under the same load.
 * The goal is asserted per request type: no failed request, 95th percentile under 500 ms. Settings:
 * {@code -Dssp.url}, {@code -Dssp.duration} (seconds), {@code -Dssp.users} (scaled in the shares above).
 * The data it needs (an open change-request window, a reconciliation run, the drafts) {@link LoadSetup}
 * makes before the users start, then warms the servers up with a few form log-ins of each account,
 * one at a time and not measured (what a server that has been up for a while has behind it).
 */
public class MixedJourneys extends Simulation {
    static final String URL = System.getProperty("ssp.url", "http://localhost:8480");
    static final String KEYCLOAK = System.getProperty("ssp.keycloak", "http://localhost:8180");
    static final int DURATION = Integer.getInteger("ssp.duration", 300);
    static final int USERS = Integer.getInteger("ssp.users", 50);
    static final int PY = LocalDate.now().getYear() + 1;
    /**
     * Users arrive over a minute whatever the duration: Keycloak's brute-force detection (on in the demo
     * realm) locks an account that logs in several times within a second, and the 50 users share the 8
     * demo accounts — arriving over 12 s, 10 of 14 first logins were refused in a trial.
     */
    static final int RAMP_SECONDS = 60;
    private static final List<String> NPIS = List.of("1234567893", "1000001002", "1000001010", "1000001028", "1000001036");
    private static final AtomicLong NEXT_TIN = new AtomicLong(ThreadLocalRandom.current().nextLong(10_000_000, 80_000_000));

    private final LoadSetup setup = new LoadSetup(URL, KEYCLOAK, PY);
    private final HttpProtocolBuilder protocol = http.baseUrl(URL).acceptHeader("text/html,application/json")
            .userAgentHeader("ssp bench load (Gatling)");

    @Override
    public void before() {
        setup.prepare();
    }

    /** The "Log in" link, Keycloak's form filled in, back on the role's home page. */
    private static ChainBuilder logIn(String user) {
        return exec(http("log in: the Log in link to Keycloak's form").get("/ssp/sign-in")
                .check(css("#kc-form-login", "action").saveAs("loginAction")))
                .exec(http("log in: Keycloak's form back to the home page").post("#{loginAction}")
                        .formParam("username", user).formParam("password", "demo")
                        .check(status().is(200), css("#user-role").exists()))
                // a user whose log-in failed stops here (the failure counts) rather than meeting 401s
                .exitHereIfFailed();
    }

    private static ChainBuilder think() {
        return pause(Duration.ofMillis(1000), Duration.ofMillis(3000));
    }

    private static String tins(Session session) {
        StringBuilder csv = new StringBuilder("TIN,Legal business name,Bills primary care (Y/N)\n");
        for (int i = 0; i < 5; i++) {
            String tin = "8" + String.format("%08d", NEXT_TIN.getAndIncrement());
            csv.append(tin).append(",Load Test Clinic ").append(tin).append(",Y\n");
        }
        return csv.toString();
    }

    private static ChainBuilder upload(String name, String aco) {
        return exec(http(name).post("/ssp/api/participant-lists/" + aco + "/" + PY + "/participants")
                .header("Content-Type", "text/csv").header("X-Requested-With", "XMLHttpRequest")
                .header("Accept", "application/json").body(StringBody(MixedJourneys::tins))
                .check(status().is(200), jsonPath("$.saved").is("true")));
    }

    private ScenarioBuilder acoReader() {
        String lists = "/ssp/api/participant-lists/A1001/" + PY;
        return scenario("ACO staff reading lists").exec(logIn("aco.staff")).during(Duration.ofSeconds(DURATION)).on(
                exec(http("ACO: participant lists page").get("/ssp/aco/participants.xhtml").check(status().is(200)))
                        .pause(Duration.ofMillis(500))
                        .exec(http("ACO: participants in force (API)").get(lists + "/participants?first=0&max=25")
                                .header("Accept", "application/json").check(status().is(200)))
                        .exec(http("ACO: draft change request (API)").get(lists + "/changes?first=0&max=25")
                                .header("Accept", "application/json").check(status().is(200)))
                        .exec(think()));
    }

    private ScenarioBuilder acoUploader() {
        return scenario("ACO staff uploading lists").exec(logIn("atlantic.staff")).during(Duration.ofSeconds(DURATION)).on(
                exec(http("ACO: participant lists page").get("/ssp/aco/participants.xhtml").check(status().is(200)))
                        .exec(think())
                        .exec(upload("ACO: upload of 5 participants (API)", "A1026"))
                        .exec(think()));
    }

    private ScenarioBuilder acoExecutive() {
        return scenario("ACO executive submitting").exec(logIn("aco.executive")).during(Duration.ofSeconds(DURATION)).on(
                exec(upload("ACO: upload of 5 participants (API)", "A1001"))
                        .exec(think())
                        .exec(http("ACO: submission of the change request (API)")
                                .post("/ssp/api/participant-lists/A1001/" + PY + "/submission")
                                .header("X-Requested-With", "XMLHttpRequest").header("Accept", "application/json")
                                .check(status().is(200)))
                        .exec(think()));
    }

    private ScenarioBuilder reviewer() {
        return scenario("CMS reviewers deciding").exec(logIn("cms.reviewer")).during(Duration.ofSeconds(DURATION)).on(
                exec(http("CMS: change-request queue page").get("/ssp/cms/change-requests.xhtml").check(status().is(200)))
                        .exec(http("CMS: submitted change requests (API)").get("/ssp/api/change-requests?status=SUBMITTED&max=25")
                                .header("Accept", "application/json")
                                .check(status().is(200), jsonPath("$.rows[*].id").findAll().optional().saveAs("requests")))
                        .doIf(session -> session.contains("requests")).then(
                                exec(session -> session.set("request", pick(session.getList("requests"))))
                                        .exec(http("CMS: rows of a change request (API)").get("/ssp/api/change-requests/#{request}/rows?max=100")
                                                .header("Accept", "application/json")
                                                .check(status().is(200), jsonPath("$.rows[?(@.disposition == 'PENDING')].id")
                                                        .findAll().optional().saveAs("pending")))
                                        .doIf(session -> session.contains("pending")).then(
                                                exec(session -> session.set("row", pick(session.getList("pending"))))
                                                        .exec(http("CMS: decision on a row (API)")
                                                                .put("/ssp/api/change-requests/#{request}/rows/#{row}")
                                                                .header("Content-Type", "application/json")
                                                                .header("X-Requested-With", "XMLHttpRequest")
                                                                .header("Accept", "application/json")
                                                                .body(StringBody("{\"disposition\":\"ACCEPTED\"}"))
                                                                // another reviewer may have decided the row (409) or the
                                                                // request's last row (400) in the meantime: answers, not errors
                                                                .check(status().in(200, 400, 409).saveAs("decided")))))
                        .exec(session -> session.remove("requests").remove("pending"))
                        .exec(think()));
    }

    private ScenarioBuilder analyst(String user) {
        return scenario("CMS analysts reading results (" + user + ")").exec(logIn(user)).during(Duration.ofSeconds(DURATION)).on(
                exec(http("CMS: reconciliation page").get("/ssp/cms/reconciliation.xhtml").check(status().is(200)))
                        .exec(http("CMS: runs of PY 2023 (API)").get("/ssp/api/reconciliation/runs?year=2023")
                                .header("Accept", "application/json").check(status().is(200)))
                        .exec(think())
                        .exec(session -> session.set("run", setup.run()))
                        .exec(http("CMS: result page of an ACO").get("/ssp/cms/reconciliation-result.xhtml?run=#{run}&aco=A1001")
                                .check(status().is(200)))
                        .exec(http("CMS: results of a run (API)").get("/ssp/api/reconciliation/runs/#{run}/results")
                                .header("Accept", "application/json").check(status().is(200)))
                        .exec(think()));
    }

    private ScenarioBuilder visitor() {
        return scenario("Public visitors").during(Duration.ofSeconds(DURATION)).on(
                exec(http("Public: home page with the ACO directory").get("/ssp/").check(status().is(200)))
                        .exec(think())
                        .exec(http("Public: lookup page").get("/ssp/lookup.xhtml").check(status().is(200)))
                        .exec(session -> session.set("npi", pick(NPIS)))
                        // the lookup answers with an ETag: a visitor asking again is told 304 Not Modified
                        .exec(http("Public: lookup API").get("/ssp/api/participation/#{npi}")
                                .header("Accept", "application/json").check(status().in(200, 304)))
                        // the anchor, under the very same load: the smallest thing the server answers with
                        // the database (a servlet, one count query; no Faces, no JAX-RS, no login)
                        .exec(http("Anchor: /ssp/health").get("/ssp/health").check(status().is(200)))
                        .exec(think()));
    }

    private static <T> T pick(List<T> values) {
        return values.get(ThreadLocalRandom.current().nextInt(values.size()));
    }

    /** 50 users: 12 reading ACO lists, 8 uploading, 1 executive, 10 reviewers, 9 analysts, 10 visitors (scaled for other totals). */
    private PopulationBuilder users(ScenarioBuilder scenario, int of50) {
        int n = Math.max(1, Math.round(of50 * USERS / 50f));
        return scenario.injectOpen(rampUsers(n).during(Duration.ofSeconds(RAMP_SECONDS)));
    }

    {
        setUp(users(acoReader(), 12), users(acoUploader(), 8), acoExecutive().injectOpen(rampUsers(1).during(1)),
                users(reviewer(), 10), users(analyst("cms.analyst"), 5), users(analyst("cms.lead"), 4), users(visitor(), 10))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L), forAll().responseTime().percentile(95).lt(500));
    }
}
