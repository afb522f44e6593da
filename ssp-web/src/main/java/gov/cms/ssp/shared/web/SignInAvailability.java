package gov.cms.ssp.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Does Keycloak answer? Asked before sending someone to log in and when a log-in or a token check
 * failed, so that a stopped Keycloak is told in words ("sign-in is unavailable, try again later")
 * rather than as "you may not open this page" or "something went wrong". Keycloak's realm
 * discovery document is fetched with short timeouts; the answer is kept 5 seconds, so a flood of
 * requests while Keycloak is down costs at most one probe per 5 seconds.
 */
@ApplicationScoped
@Named("signIn")
public class SignInAvailability {
    static final long KEEP_NANOS = Duration.ofSeconds(5).toNanos();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /**
     * The server's one answer, shared by every instance made with the public constructor: the CDI bean and
     * {@link SignInRedirects} (not a bean) then agree on whether Keycloak answers, and probe once per 5 s together.
     */
    private static final Answer SERVER = new Answer(URI.create(System.getenv().getOrDefault("SSP_OIDC_PROVIDER_URL",
            "http://localhost:8180/realms/ssp").replaceAll("/+$", "") + "/.well-known/openid-configuration"), System::nanoTime);

    private final Answer answer;

    public SignInAvailability() {
        this.answer = SERVER;
    }

    SignInAvailability(URI discovery, LongSupplier clock) {
        this.answer = new Answer(discovery, clock);
    }

    public boolean isAvailable() {
        return answer.isAvailable();
    }

    public boolean isUnavailable() {
        return !isAvailable();
    }

    private static final class Answer {
        private final URI discovery;
        private final LongSupplier clock;
        private volatile long checkedAt;
        private volatile boolean available = true;
        private volatile boolean checked;

        Answer(URI discovery, LongSupplier clock) {
            this.discovery = discovery;
            this.clock = clock;
        }

        boolean isAvailable() {
            long now = clock.getAsLong();
            if (!checked || now - checkedAt > KEEP_NANOS) {
                available = probe(discovery);
                checkedAt = now;
                checked = true;
            }
            return available;
        }
    }

    static boolean probe(URI discovery) {
        try {
            HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(3)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
