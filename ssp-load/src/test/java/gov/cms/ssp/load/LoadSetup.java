package gov.cms.ssp.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;

/**
 * What the journeys need before the users start, made through the API with tokens of the demo users
 * (one password grant each): the change-request window of next year open, a reconciliation run of
 * PY 2023 computed, and the drafts of A1001 and A1026 begun (so that concurrent uploads add to a draft
 * rather than each starting one). Then {@link #warmUp() the warm-up}, not measured.
 */
final class LoadSetup {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern RECONCILED = Pattern.compile("\"reconciled\"\\s*:\\s*(\\d+)");
    private static final Pattern INPUTS = Pattern.compile("\"inputCount\"\\s*:\\s*(\\d+)");
    private static final Pattern FORM_ACTION = Pattern.compile("id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"|action=\"([^\"]+)\"[^>]*id=\"kc-form-login\"");
    /** the accounts of the journeys: each role's home page is among what the warm-up renders */
    static final List<String> ACCOUNTS = List.of("aco.staff", "atlantic.staff", "aco.executive", "cms.reviewer", "cms.analyst", "cms.lead");
    static final int WARM_UP_ROUNDS = Integer.getInteger("ssp.warmup.rounds", 4);

    private final String url;
    private final String keycloak;
    private final int py;
    private volatile long run;

    LoadSetup(String url, String keycloak, int py) {
        this.url = url;
        this.keycloak = keycloak;
        this.py = py;
    }

    long run() {
        return run;
    }

    void prepare() {
        String admin = token("cms.admin");
        expect(204, send(admin, "PUT", "/ssp/api/reference/change-request-windows/" + py, "application/json",
                "{\"opensOn\":\"" + LocalDate.now().minusDays(1) + "\",\"closesOn\":\"" + LocalDate.now().plusDays(60) + "\"}"));
        String analyst = token("cms.analyst");
        String started = expect(200, send(analyst, "POST", "/ssp/api/reconciliation/runs?year=2023", "application/json",
                "{\"reason\":\"Load test run\"}"));
        run = number(ID, started);
        Awaitility.await("the reconciliation run " + run + " completes").atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(250)).until(() -> {
                    String view = expect(200, send(analyst, "GET", "/ssp/api/reconciliation/runs/" + run, null, null));
                    return number(RECONCILED, view) >= number(INPUTS, view);
                });
        begin(token("atlantic.staff"), "A1026", 10_000_000);
        begin(token("aco.executive"), "A1001", 10_000_001);
        System.out.println("load setup: window " + py + " open, run " + run + " of PY 2023 complete, drafts of A1001 and A1026 begun");
        warmUp();
    }

    /**
     * Not measured: a few rounds of form log-ins, one account after the other, the way the journeys log in
     * ("Log in", Keycloak's form, the code back, the role's home page). A server is not measured cold: the
     * first log-ins after Keycloak and WildFly start compile Keycloak's login templates and the application's
     * home pages and run in the interpreter before the JIT has compiled the password hashing and the page
     * rendering. One at a time, so that Keycloak's brute-force detection (concurrent log-ins of one account)
     * is not met. A log-in that fails here is reported and the run goes on: the measured log-ins count it.
     */
    void warmUp() {
        long started = System.nanoTime();
        int ok = 0;
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            for (String user : ACCOUNTS) {
                try {
                    formLogIn(user);
                    ok++;
                } catch (RuntimeException e) {
                    System.out.println("load warm-up: the log-in of " + user + " failed: " + e.getMessage());
                }
            }
        }
        System.out.printf("load warm-up (not measured): %d of %d form log-ins in %.1f s%n", ok, WARM_UP_ROUNDS * ACCOUNTS.size(),
                (System.nanoTime() - started) / 1e9);
    }

    /** "Log in" with a session of its own: Keycloak's form, posted, followed back to the role's home page. */
    private void formLogIn(String user) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new LocalhostCookies()).followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> form = call(browser, HttpRequest.newBuilder(URI.create(url + "/ssp/sign-in")).timeout(Duration.ofSeconds(60))
                .header("Accept", "text/html").GET().build());
        Matcher action = FORM_ACTION.matcher(expect(200, form));
        if (!action.find()) {
            throw new IllegalStateException("no login form at " + form.uri());
        }
        String target = (action.group(1) != null ? action.group(1) : action.group(2)).replace("&amp;", "&");
        HttpResponse<String> home = call(browser, HttpRequest.newBuilder(form.uri().resolve(target)).timeout(Duration.ofSeconds(60))
                .header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                        + "&password=demo")).build());
        if (home.statusCode() != 200 || !home.body().contains("id=\"user-role\"")) {
            throw new IllegalStateException(home.uri() + " answered " + home.statusCode() + " without the home page");
        }
    }

    private void begin(String token, String aco, long tin) {
        String csv = "TIN,Legal business name,Bills primary care (Y/N)\n9" + String.format("%08d", tin) + ",Load Setup Clinic,Y\n";
        expect(200, send(token, "POST", "/ssp/api/participant-lists/" + aco + "/" + py + "/participants", "text/csv", csv));
    }

    private String token(String user) {
        String form = "grant_type=password&client_id=ssp-web&client_secret=ssp-web-dev-secret&scope=openid&username="
                + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=demo";
        HttpResponse<String> r = call(HttpRequest.newBuilder(URI.create(keycloak + "/realms/ssp/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build());
        String body = expect(200, r);
        Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no token for " + user + ": " + body);
        }
        return m.group(1);
    }

    private HttpResponse<String> send(String token, String method, String path, String type, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + path)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").timeout(Duration.ofSeconds(60));
        if (type != null) {
            b.header("Content-Type", type);
        }
        return call(b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static HttpResponse<String> call(HttpRequest request) {
        return call(HTTP, request);
    }

    private static HttpResponse<String> call(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String expect(int status, HttpResponse<String> r) {
        if (r.statusCode() != status) {
            throw new IllegalStateException(r.request().method() + " " + r.uri() + ": " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    private static long number(Pattern p, String json) {
        Matcher m = p.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException(p + " not in " + json);
        }
        return Long.parseLong(m.group(1));
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
