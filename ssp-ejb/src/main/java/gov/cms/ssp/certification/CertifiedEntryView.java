package gov.cms.ssp.certification;

import java.time.LocalDate;

/** One entry of a list exactly as it was signed. */
public record CertifiedEntryView(String tin, String npi, String name, String specialty, LocalDate effectiveDate,
                                 LocalDate terminationDate) {
}
