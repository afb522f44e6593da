package gov.cms.ssp.assignment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How figures are written: money half-up to cents and person-years to 6 decimals, only in the outputs (spec F.6). */
final class OutputFormat {

    static final int PERSON_YEAR_DECIMALS = 6;

    private OutputFormat() {
    }

    static String money(BigDecimal amount) {
        return amount == null ? "" : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String personYears(long months) {
        return BigDecimal.valueOf(months).divide(BigDecimal.valueOf(12), PERSON_YEAR_DECIMALS, RoundingMode.HALF_UP)
                .toPlainString();
    }
}
