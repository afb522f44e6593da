package gov.cms.ssp.participant;

import java.time.LocalDate;

/**
 * One row of a list after its fields passed the format checks: a participant TIN (npi null) or a
 * provider/supplier NPI billing through {@code tin}. {@code line} is where it came from in the file
 * (0 for a row entered on a page).
 */
public record ListRow(int line, ListKind kind, String tin, String npi, String name, String specialty,
                      boolean primaryCare, LocalDate effectiveDate) {
    /** What makes two rows the same entry: the TIN on the participant list, the NPI–TIN pair on the other. */
    public String key() {
        return kind == ListKind.PARTICIPANT ? tin : npi + "/" + tin;
    }
}
