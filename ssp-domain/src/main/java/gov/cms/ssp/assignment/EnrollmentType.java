package gov.cms.ssp.assignment;

/** The enrollment type of a month (spec F.2), in precedence order: ESRD, disabled, aged dual, aged non-dual. */
public enum EnrollmentType {
    ESRD, DIS, AGDU, AGND
}
