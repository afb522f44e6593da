package gov.cms.ssp.e2e;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * Talks to the deployed application over HTTP the way an API client does: with access tokens that
 * the real Keycloak issues for the demo users (password grant of the ssp-web client).
 */
public final class HttpApi {
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    /** Keycloak's access tokens live five minutes (the realm's accessTokenLifespan); a suite runs longer. */
    private static final Map<DemoUser, Token> TOKENS = new EnumMap<>(DemoUser.class);

    private record Token(String value, long usableUntilNanos) {
    }

    private HttpApi() {
    }

    /** The user's access token, fetched again once it is within 30 seconds of expiring. */
    public static synchronized String token(DemoUser user) {
        Token t = TOKENS.get(user);
        if (t == null || System.nanoTime() > t.usableUntilNanos()) {
            long fetchedAt = System.nanoTime();
            JsonObject answer = fetchToken(user);
            long lifetime = answer.getJsonNumber("expires_in").longValue();
            t = new Token(answer.getString("access_token"), fetchedAt + Duration.ofSeconds(Math.max(0, lifetime - 30)).toNanos());
            TOKENS.put(user, t);
        }
        return t.value();
    }

    private static JsonObject fetchToken(DemoUser user) {
        return fetchToken(user, true);
    }

    private static JsonObject fetchToken(DemoUser user, boolean mayCreate) {
        String form = "grant_type=password&client_id=ssp-web&client_secret=ssp-web-dev-secret&scope=openid"
                + "&username=" + URLEncoder.encode(user.userName, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(DemoUser.PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(SspDeployment.keycloakUrl()
                        + "/realms/ssp/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (r.statusCode() == 401 && user == DemoUser.NEW_APPLICANT && mayCreate) { // a Keycloak started from an older realm file
            DemoRealm.createNewApplicant();
            return fetchToken(user, false);
        }
        if (r.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused a token for " + user.userName + ": " + r.body());
        }
        return json(r.body()).asJsonObject();
    }

    public static HttpResponse<String> get(String path, DemoUser user, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(SspDeployment.appUrl() + path)).header("Accept", accept);
        if (user != null) {
            b.header("Authorization", "Bearer " + token(user));
        }
        return send(b.GET().build());
    }

    public static HttpResponse<String> getJson(String path, DemoUser user) {
        return get(path, user, "application/json");
    }

    public static HttpResponse<String> putJson(String path, DemoUser user, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(SspDeployment.appUrl() + path))
                .header("Accept", "application/json").header("Content-Type", "application/json");
        if (user != null) {
            b.header("Authorization", "Bearer " + token(user));
        }
        return send(b.PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public static HttpResponse<String> postJson(String path, DemoUser user, String body) {
        return post(path, user, "application/json", body);
    }

    public static HttpResponse<String> post(String path, DemoUser user, String contentType, String body) {
        return post(path, user, contentType, body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public static HttpResponse<String> post(String path, DemoUser user, String contentType, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(SspDeployment.appUrl() + path))
                .header("Accept", "application/json").header("Content-Type", contentType);
        if (user != null) {
            b.header("Authorization", "Bearer " + token(user));
        }
        return send(b.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    public static HttpResponse<String> delete(String path, DemoUser user) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(SspDeployment.appUrl() + path)).header("Accept", "application/json");
        if (user != null) {
            b.header("Authorization", "Bearer " + token(user));
        }
        return send(b.DELETE().build());
    }

    /** Any request with exactly the headers given (a browser session's cookie, a forged origin...). */
    public static HttpResponse<String> request(String method, String path, Map<String, String> headers, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(SspDeployment.appUrl() + path));
        headers.forEach(b::header);
        return send(b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    public static JsonStructure json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.read();
        }
    }

    public static JsonObject object(HttpResponse<String> r) {
        return json(r.body()).asJsonObject();
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
