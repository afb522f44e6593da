package gov.cms.ssp.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The launcher's commands on a fresh clone: the repository's files only (no target folders, no
 * .servers), with a Maven local repository that holds every third-party jar of ~/.m2 but none of
 * the project's own artifacts — so a command that needs a prior {@code mvn install} fails here as it
 * would for a new engineer. The cheap commands run for real; the benchmarks with {@code --dry-run}
 * (build and classpath check, no servers, no database).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FreshCloneIT {
    private static final long TIMEOUT_MINUTES = 6;
    private static Path clone;
    private static Path localRepository;

    record Run(int exit, String output) {
        String lastLine() {
            String[] lines = output.strip().split("\n");
            return lines[lines.length - 1];
        }
    }

    @BeforeAll
    static void cloneTheRepository() throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("ssp.root", "..")).toAbsolutePath().normalize();
        clone = Files.createTempDirectory("ssp-fresh-clone-");
        // what a clone holds: the tracked files and the new ones not ignored (the working tree under test)
        Process ls = new ProcessBuilder("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard")
                .directory(root.toFile()).redirectErrorStream(true).start();
        String[] files = new String(ls.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\0");
        assertEquals(0, ls.waitFor(), "git ls-files");
        for (String f : files) {
            Path from = root.resolve(f);
            if (!f.isEmpty() && Files.isRegularFile(from) && !f.startsWith(".servers")) {
                Path to = clone.resolve(f);
                Files.createDirectories(to.getParent());
                Files.copy(from, to, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        localRepository = withoutTheProjectsArtifacts(Path.of(System.getProperty("user.home"), ".m2", "repository"));
    }

    /** A local repository of links to every folder of ~/.m2/repository except gov/cms/ssp. */
    private static Path withoutTheProjectsArtifacts(Path real) throws IOException {
        Path view = Files.createTempDirectory("ssp-m2-");
        link(real, view, List.of("gov", "cms", "ssp"));
        return view;
    }

    private static void link(Path real, Path view, List<String> excluded) throws IOException {
        if (!Files.isDirectory(real)) {
            return;
        }
        try (Stream<Path> children = Files.list(real)) {
            for (Path child : children.toList()) {
                String name = child.getFileName().toString();
                if (name.equals(excluded.get(0))) {
                    if (excluded.size() > 1) {
                        Path sub = Files.createDirectories(view.resolve(name));
                        link(child, sub, excluded.subList(1, excluded.size()));
                    }
                } else {
                    Files.createSymbolicLink(view.resolve(name), child);
                }
            }
        }
    }

    private static Run ssp(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("./ssp"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(clone.toFile()).redirectErrorStream(true);
        pb.environment().put("MAVEN_OPTS", "-Dmaven.repo.local=" + localRepository);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES), "./ssp " + String.join(" ", args) + " did not end");
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    @Test
    @Order(1)
    void helpListsEveryCommand() throws Exception {
        Run r = ssp("help");
        assertEquals(0, r.exit(), r.output());
        for (String command : List.of("run", "stop", "test", "reconcile", "quality", "servers", "bench participants", "bench lookup")) {
            assertTrue(r.output().contains("  " + command + " "), command + " missing from:\n" + r.output());
        }
    }

    @Test
    @Order(2)
    void reconcileChecksASmallFileAgainstCmsFigures() throws Exception {
        List<String> puf = Files.readAllLines(clone.resolve("ssp-domain/src/test/resources/puf/PY2018_ACO_results.csv"));
        Path small = clone.resolve("small.csv");
        Files.write(small, puf.subList(0, 6));
        Run r = ssp("reconcile", "--year", "2018", small.toString());
        assertEquals(0, r.exit(), r.output());
        assertTrue(r.output().contains("ACO_ID,Status,"), r.output());
        for (String row : puf.subList(1, 6)) {
            String acoId = row.substring(0, row.indexOf(','));
            assertTrue(r.output().contains("\n" + acoId + ","), acoId + " not reconciled:\n" + r.output());
        }
        assertTrue(r.lastLine().matches("reproduced \\d+ of \\d+ checkable rows \\(\\d+ not checkable\\)"), r.output());
    }

    @Test
    @Order(2)
    void qualityScoresASmallFileAgainstCmsScores() throws Exception {
        List<String> puf = Files.readAllLines(clone.resolve("ssp-domain/src/test/resources/puf/PY2023_ACO_results.csv"),
                StandardCharsets.ISO_8859_1);
        Path small = clone.resolve("small-quality.csv");
        Files.write(small, puf.subList(0, 6), StandardCharsets.ISO_8859_1);
        Run r = ssp("quality", "--year", "2023", small.toString());
        assertEquals(0, r.exit(), r.output());
        assertTrue(r.output().contains("ACO_ID,Status,QualScore,"), r.output());
        assertTrue(r.lastLine().matches("quality PY2023: 5 ACOs, reproduced \\d+, consistent \\d+, differs 0, not checkable \\d+;"
                + " Met_QPS reproduced for 5"), r.output());
    }

    @Test
    @Order(3)
    void theLookupBenchmarkBuildsItsClasspathWithoutAnInstall() throws Exception {
        Run r = ssp("bench", "lookup", "--dry-run");
        assertEquals(0, r.exit(), r.output());
        assertTrue(r.lastLine().contains("check: classpath complete"), r.output());
    }

    @Test
    @Order(4)
    void theParticipantsBenchmarkBuildsItsClasspathWithoutAnInstall() throws Exception {
        Run r = ssp("bench", "participants", "--dry-run");
        assertEquals(0, r.exit(), r.output());
        assertTrue(r.lastLine().contains("check: classpath complete"), r.output());
    }

    @AfterAll
    static void removeTheClone() throws IOException {
        for (Path dir : new Path[] {clone, localRepository}) {
            if (dir != null) {
                try (Stream<Path> all = Files.walk(dir)) { // links are removed, never followed
                    for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
        }
    }
}
