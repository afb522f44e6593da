package gov.cms.ssp.assignment;

/** Claim types of {@code claim_lines.csv} (spec A.3). */
public enum ClaimType {
    CARRIER, OUTPATIENT, FQHC, RHC, CAH2, INPATIENT, SNF, HHA, HOSPICE, DME;

    /** FQHC and RHC lines are primary care physician lines whatever the NPI (spec D.3, 425.404(b)). */
    boolean isClinic() {
        return this == FQHC || this == RHC;
    }

    /** Lines whose entity is the facility's CCN (spec E.2); OUTPATIENT only when the hospital is an ETA hospital. */
    boolean keysOnCcn() {
        return this == FQHC || this == RHC || this == CAH2 || this == OUTPATIENT;
    }
}
