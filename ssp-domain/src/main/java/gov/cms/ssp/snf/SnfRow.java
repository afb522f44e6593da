package gov.cms.ssp.snf;

/** One SNF affiliate row after its fields passed the checks; {@code line} is where it was in the file (0 when typed on a page). */
public record SnfRow(int line, String ccn, String facilityName, String tin, int starRating) {
}
