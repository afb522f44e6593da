package gov.cms.ssp.quality;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The repository's reference files of a PY as bytes (the same resources {@link QualityReferenceData#standard}
 * reads), so that a CMS administrator's new version of one file is read together with the current other two.
 */
public final class StandardQualityFiles {

    private StandardQualityFiles() {
    }

    /** The repository's file of that name for the PY, empty when the repository has none. */
    public static Optional<byte[]> file(int performanceYear, String name) {
        try (InputStream in = QualityReferenceData.class.getResourceAsStream("py" + performanceYear + "/" + name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
