package gov.cms.ssp.certification;

import java.time.LocalDate;

/** Where an ACO stands in a PY's certification, as CMS's dashboard shows it. */
public enum CertificationStatus {
    NOT_STARTED("Not started"),
    IN_PROGRESS("In progress"),
    SIGNED("Signed"),
    OVERDUE("Overdue");

    private final String label;

    CertificationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * Signed wins; otherwise a package not signed by the end of its (possibly extended) deadline is
     * overdue whether or not anyone opened it.
     */
    public static CertificationStatus of(boolean started, boolean signed, LocalDate deadline, LocalDate today) {
        if (signed) {
            return SIGNED;
        }
        if (today.isAfter(deadline)) {
            return OVERDUE;
        }
        return started ? IN_PROGRESS : NOT_STARTED;
    }
}
