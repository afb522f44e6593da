package gov.cms.ssp.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.openqa.selenium.support.ui.FluentWait;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A WildFly of the fault tests' own — not Arquillian's managed one, which cannot be killed with
 * SIGKILL and brought back — laid out like {@code ./ssp test}'s: the configured server of
 * {@code .servers}, a base folder of its own (target/fault-base), the EAR in its deployments folder,
 * and a port offset of 600 (http 8680, management 10590), away from ./ssp run (8080), the managed
 * test server (8280) and the benchmarks (8380, 8480).
 */
final class OwnServer implements AutoCloseable {
    static final int PORT_OFFSET = 600;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Path home = Path.of(System.getProperty("jboss.home"));
    private final Path base;
    private final Map<String, String> environment;
    private Process process;
    private int starts;

    OwnServer(Path base, Map<String, String> environment) {
        this.base = base;
        this.environment = environment;
    }

    String url() {
        return "http://localhost:" + (8080 + PORT_OFFSET) + "/ssp/";
    }

    Path log() {
        return base.resolve("log/server.log");
    }

    /** Lays out the base folder (first start only) and starts WildFly; returns when /ssp/health answers 200. */
    void start() throws IOException {
        if (starts++ == 0) {
            deleteTree(base);
            Files.createDirectories(base.resolve("deployments"));
            // the configuration ./ssp test made for this run under the machine's test lock, not the shared
            // server's, which another worktree's command may configure anew meanwhile
            Path pristine = Path.of(System.getProperty("ssp.test.base.dir", "none"), "pristine-configuration");
            copyTree(Files.isDirectory(pristine) ? pristine : home.resolve("standalone/configuration"), base.resolve("configuration"));
            Files.copy(Path.of(System.getProperty("ssp.ear", "target/ssp.ear")), base.resolve("deployments/ssp.ear"));
        }
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + base, "-Djboss.socket.binding.port-offset=" + PORT_OFFSET,
                "-c", "standalone-ssp-postgresql.xml")
                .redirectErrorStream(true).redirectOutput(base.resolve("console-" + starts + ".log").toFile());
        pb.environment().put("JBOSS_JAVA_SIZING", "-Xms128m -Xmx768m");
        pb.environment().putAll(environment);
        process = pb.start();
        awaitHealthy(Duration.ofSeconds(180));
    }

    /** kill -9 of the server's JVM (and of the start script around it): no shutdown hook, no rollback by the server. */
    void kill() throws InterruptedException {
        List<ProcessHandle> tree = Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
        tree.forEach(ProcessHandle::destroyForcibly); // SIGKILL on Linux
        for (ProcessHandle p : tree) {
            p.onExit().join();
        }
        process.waitFor();
    }

    private void awaitHealthy(Duration timeout) {
        Path failed = base.resolve("deployments/ssp.ear.failed");
        new FluentWait<>(this).withTimeout(timeout).pollingEvery(Duration.ofMillis(250))
                .withMessage("WildFly did not answer /ssp/health within " + timeout + "; see " + log())
                .until(server -> {
                    if (!process.isAlive() || Files.exists(failed)) {
                        throw new IllegalStateException("WildFly did not start the application; see " + log());
                    }
                    return healthStatus() == 200;
                });
    }

    /** The status of GET /ssp/health, 0 when nothing answers. */
    int healthStatus() {
        return healthAnswer().statusCode();
    }

    HttpResponse<String> healthAnswer() {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url() + "health")).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return new NoAnswer(e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            kill();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** What {@link #healthAnswer()} returns when the port does not answer. */
    private record NoAnswer(String reason) implements HttpResponse<String> {
        public int statusCode() { return 0; }
        public HttpRequest request() { return null; }
        public java.util.Optional<HttpResponse<String>> previousResponse() { return java.util.Optional.empty(); }
        public java.net.http.HttpHeaders headers() { return java.net.http.HttpHeaders.of(Map.of(), (a, b) -> true); }
        public String body() { return reason; }
        public java.util.Optional<javax.net.ssl.SSLSession> sslSession() { return java.util.Optional.empty(); }
        public URI uri() { return null; }
        public HttpClient.Version version() { return HttpClient.Version.HTTP_1_1; }
    }
}
