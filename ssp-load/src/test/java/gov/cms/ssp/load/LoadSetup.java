package gov.cms.ssp.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;

/**
 * What the journeys need before the users start, made through the API with tokens of the demo users
 * (one password grant each): the change-request window of next year open, a reconciliation run of
 * PY 2023 computed, and the drafts of A1001 and A1026 begun (so that concurrent uploads add to a draft
 * rather than each starting one).
 */
final class LoadSetup {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern RECONCILED = Pattern.compile("\"reconciled\"\\s*:\\s*(\\d+)");
    private static final Pattern INPUTS = Pattern.compile("\"inputCount\"\\s*:\\s*(\\d+)");

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
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
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
}
