package gov.cms.ssp.assignment;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * The folder the engine reads one year of a run from: the year's per-beneficiary files (linked: they
 * are read once, by the partitioning), copies of the reference PY's program files and of the optional
 * reference files (the year's own, else the PY's: copied, so a later upload cannot change a run half
 * way), and truncation_thresholds.csv written from the national truncation points CMS loaded.
 */
final class RunInputFolder {

    private RunInputFolder() {
    }

    static Path prepare(long runId, int performanceYear, int dataYear, Map<String, BigDecimal> truncationPoints)
            throws IOException, BadInputException {
        Path input = AssignmentFiles.runInput(runId, dataYear);
        AssignmentFiles.deleteTree(input);
        Files.createDirectories(input);
        Path yearDir = AssignmentFiles.year(dataYear);
        Path pyDir = AssignmentFiles.year(performanceYear);
        for (String name : PartitionedYear.BENEFICIARY_FILES) {
            Path file = yearDir.resolve(name);
            if (!Files.isRegularFile(file)) {
                throw new BadInputException(name, 0, null, "is not loaded for " + dataYear);
            }
            Files.createSymbolicLink(input.resolve(name), file.toAbsolutePath());
        }
        for (String name : PartitionedYear.PROGRAM_FILES) {
            Path file = pyDir.resolve(name);
            if (!Files.isRegularFile(file)) {
                throw new BadInputException(name, 0, null, "is not loaded for PY" + performanceYear
                        + " (the PY's lists are used for its benchmark years too)");
            }
            Files.copy(file, input.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
        for (String name : PartitionedYear.OPTIONAL_FILES) {
            Path own = yearDir.resolve(name);
            Path file = Files.isRegularFile(own) ? own : pyDir.resolve(name);
            if (Files.isRegularFile(file)) {
                Files.copy(file, input.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        if (!truncationPoints.isEmpty()) {
            try (Writer out = Files.newBufferedWriter(input.resolve(PartitionedYear.TRUNCATION_THRESHOLDS), StandardCharsets.UTF_8)) {
                out.write("year,enrollment_type,amount\n");
                for (Map.Entry<String, BigDecimal> point : truncationPoints.entrySet()) {
                    out.write(dataYear + "," + point.getKey() + "," + point.getValue().toPlainString() + "\n");
                }
            }
        }
        return input;
    }
}
