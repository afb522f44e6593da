package gov.cms.ssp.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SignInAvailabilityTest {
    private final AtomicLong clock = new AtomicLong(7_000_000_000L);

    @Test
    void keycloakAnsweringItsDiscoveryDocumentIsAvailableAndTheAnswerIsKeptFiveSeconds() throws IOException {
        AtomicInteger asked = new AtomicInteger();
        HttpServer keycloak = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        keycloak.createContext("/realms/ssp/.well-known/openid-configuration", exchange -> {
            asked.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        keycloak.start();
        try {
            SignInAvailability signIn = new SignInAvailability(URI.create("http://127.0.0.1:" + keycloak.getAddress().getPort()
                    + "/realms/ssp/.well-known/openid-configuration"), clock::get);
            assertTrue(signIn.isAvailable());
            clock.addAndGet(SignInAvailability.KEEP_NANOS);
            assertTrue(signIn.isAvailable());
            assertEquals(1, asked.get(), "asked once within five seconds");
            clock.addAndGet(1);
            assertTrue(signIn.isAvailable());
            assertEquals(2, asked.get(), "asked again after five seconds");

            keycloak.stop(0);
            assertTrue(signIn.isAvailable(), "still the kept answer");
            clock.addAndGet(SignInAvailability.KEEP_NANOS + 1);
            assertFalse(signIn.isAvailable(), "a stopped Keycloak is unavailable once the kept answer is old");
            assertTrue(signIn.isUnavailable());
        } finally {
            keycloak.stop(0);
        }
    }

    @Test
    void anAnswerOtherThan200IsUnavailableAndNothingListeningToo() throws IOException {
        HttpServer broken = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        broken.createContext("/", exchange -> {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        broken.start();
        int free;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            free = s.getLocalPort();
        }
        try {
            assertFalse(new SignInAvailability(URI.create("http://127.0.0.1:" + broken.getAddress().getPort() + "/x"), clock::get)
                    .isAvailable());
            assertFalse(new SignInAvailability(URI.create("http://127.0.0.1:" + free + "/x"), clock::get).isAvailable());
        } finally {
            broken.stop(0);
        }
    }
}
