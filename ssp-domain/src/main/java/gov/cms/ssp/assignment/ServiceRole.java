package gov.cms.ssp.assignment;

/** The role of a claim line for assignment (spec D.2): primary care physician, NP/PA/CNS, 425.402(c) specialist, or none. */
enum ServiceRole {
    PCP, NPP, SPEC, NONE;

    boolean isPrimaryCare() {
        return this == PCP || this == NPP;
    }

    /** The lines that put a beneficiary in an ACO's pre-step (spec E.3 pre(X)) and phys24. */
    boolean isPhysician() {
        return this == PCP || this == SPEC;
    }
}
