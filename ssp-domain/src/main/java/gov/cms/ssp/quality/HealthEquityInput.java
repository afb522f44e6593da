package gov.cms.ssp.quality;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What CMS determines for the health equity adjustment of an ACO (PY2023+, 42 CFR 414.1380(b)(1)):
 * the share of its assigned beneficiaries who are underserved (dually eligible, receiving the Part D
 * low-income subsidy, or living in an area of high deprivation) and how many of its scored measures
 * fall in the top and middle thirds of performance among all APP reporters.
 */
public record HealthEquityInput(BigDecimal underservedShare, int measuresInTopThird, int measuresInMiddleThird) {

    public HealthEquityInput {
        Objects.requireNonNull(underservedShare, "underservedShare");
        if (underservedShare.signum() < 0 || underservedShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("the underserved share must be in [0, 1]: " + underservedShare);
        }
        if (measuresInTopThird < 0 || measuresInMiddleThird < 0) {
            throw new IllegalArgumentException("measure counts must not be negative");
        }
    }
}
