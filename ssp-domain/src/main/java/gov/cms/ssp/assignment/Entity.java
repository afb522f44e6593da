package gov.cms.ssp.assignment;

/**
 * A competitor for a beneficiary's primary care (spec 0, E.2): an ACO (all its participant TINs and
 * their CCNs together), a non-ACO TIN or a non-ACO CCN.
 */
record Entity(String key, String acoId) {

    static Entity aco(String acoId) {
        return new Entity("ACO:" + acoId, acoId);
    }

    static Entity tin(String tin) {
        return new Entity("TIN:" + tin, null);
    }

    static Entity ccn(String ccn) {
        return new Entity("CCN:" + ccn, null);
    }

    boolean isAco() {
        return acoId != null;
    }
}
