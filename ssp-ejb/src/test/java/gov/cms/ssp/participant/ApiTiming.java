package gov.cms.ssp.participant;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The same measurements through the running application (HTTP, OIDC bearer token, EJB security,
 * JPA, JSON): list pages of the API and the whole-file upload of the benchmark files, as the demo
 * user aco.staff of A1001.
 */
final class ApiTiming {
    private final HttpClient http = HttpClient.newHttpClient();
    private final String app;
    private final String token;

    ApiTiming(String app, String keycloak) throws IOException, InterruptedException {
        this(app, keycloak, "aco.staff");
    }

    ApiTiming(String app, String keycloak, String user) throws IOException, InterruptedException {
        this.app = app.endsWith("/") ? app : app + "/";
        String form = "grant_type=password&client_id=ssp-web&client_secret=ssp-web-dev-secret&scope=openid&username="
                + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=demo";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(keycloak + "/realms/ssp/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("no token from Keycloak: " + r.statusCode() + " " + r.body());
        }
        token = m.group(1);
    }

    void run(byte[] tinFile, byte[] npiFile) throws IOException, InterruptedException {
        String lists = "api/participant-lists/" + ParticipantListBenchmark.MEASURED_ACO + "/" + ParticipantListBenchmark.PY + "/";
        page("API list page, providers/suppliers, first page", lists + "providers-suppliers?first=0&max=25");
        page("API list page, providers/suppliers, page 40", lists + "providers-suppliers?first=975&max=25");
        page("API list page, providers/suppliers, name filter", lists + "providers-suppliers?first=0&max=25&name=clinician%2012");
        page("API list page, participants, first page", lists + "participants?first=0&max=25");
        double[] times = new double[ParticipantListBenchmark.RUNS];
        String statuses = "";
        for (int run = 0; run < times.length; run++) {
            long t0 = System.nanoTime();
            int a = post(lists + "participants", tinFile);
            int b = post(lists + "providers-suppliers", npiFile);
            times[run] = (System.nanoTime() - t0) / 1e6;
            statuses = a + "/" + b;
        }
        System.out.printf("API upload of 1,000 TINs + 10,000 NPIs, screened and answered with every problem (HTTP %s): %s%n",
                statuses, ParticipantListBenchmark.stats(times));
    }

    private void page(String label, String path) throws IOException, InterruptedException {
        double[] times = new double[ParticipantListBenchmark.RUNS * 3];
        int status = 0;
        for (int run = -3; run < times.length; run++) { // three warm-up requests
            long t0 = System.nanoTime();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(app + path)).header("Accept", "application/json")
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            status = r.statusCode();
            if (run >= 0) {
                times[run] = (System.nanoTime() - t0) / 1e6;
            }
        }
        System.out.printf("%s (HTTP %d): %s%n", label, status, ParticipantListBenchmark.stats(times));
    }

    /**
     * A reviewer's "accept every row without findings" on a submitted request (as cms.reviewer): the
     * answer's body, checked by the caller, and the time taken.
     */
    String[] postEmpty(String path) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(app + path)).header("Accept", "application/json")
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        return new String[]{String.valueOf(r.statusCode()), r.body(), String.valueOf((System.nanoTime() - t0) / 1e6)};
    }

    private int post(String path, byte[] body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(app + path)).header("Accept", "application/json")
                .header("Content-Type", "text/csv").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
