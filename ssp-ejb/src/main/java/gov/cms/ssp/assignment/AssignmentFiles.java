package gov.cms.ssp.assignment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the pipeline keeps its files: each data year's uploaded section A files, and per run and year a
 * folder that shows the engine one year's files (links to the year's per-beneficiary files, the
 * reference PY's program files and the truncation points CMS loaded) and the run's bucket files.
 * The root is {@code SSP_ASSIGNMENT_DIR}, else {@code ssp-assignment} in WildFly's data folder: a file
 * system every node of a cluster must share.
 */
public final class AssignmentFiles {

    private AssignmentFiles() {
    }

    public static Path root() {
        String configured = System.getenv("SSP_ASSIGNMENT_DIR");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")), "ssp-assignment");
    }

    /** The uploaded files of a data year. */
    public static Path year(int dataYear) {
        return root().resolve("data").resolve(Integer.toString(dataYear));
    }

    static Path run(long runId, int dataYear) {
        return root().resolve("runs").resolve(Long.toString(runId)).resolve(Integer.toString(dataYear));
    }

    /** The folder the engine reads year Y of a run from. */
    static Path runInput(long runId, int dataYear) {
        return run(runId, dataYear).resolve("input");
    }

    static Path runBuckets(long runId, int dataYear) {
        return run(runId, dataYear).resolve("buckets");
    }

    /** Every file name an upload may have, in the order the page lists them. */
    public static List<String> uploadable() {
        return Stream.of(PartitionedYear.BENEFICIARY_FILES, PartitionedYear.PROGRAM_FILES, PartitionedYear.OPTIONAL_FILES)
                .flatMap(List::stream).toList();
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
