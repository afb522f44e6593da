package gov.cms.ssp.assignment;

import java.time.Instant;

/** A loaded file of a data year as the analyst sees it. */
public record DataFileView(int dataYear, String fileName, long rows, long bytes, String uploadedBy, Instant uploadedAt) {
}
