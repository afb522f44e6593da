package gov.cms.ssp.assignment;

/** A row of {@code va_designations.csv}: the beneficiary names a primary clinician (npi null = revocation). */
record Designation(String npi, String tin, int date, long sourceLine) {

    boolean isRevocation() {
        return npi == null;
    }
}
