package gov.cms.ssp.reconciliation.puf;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How a PUF writes a rate (rules README "Formats differ by year"). */
public enum RateNotation {
    /** 0.0309 (2016–2018) */
    FRACTION,
    /** 3.09% (2021–2023) */
    PERCENT_STRING,
    /** 3.09 meaning 3.09% (2024; QualScore and FinalShareRate in 2015) */
    PERCENT_NUMBER;

    /** The number of decimal places of the fraction a cell with {@code decimals} places stands for. */
    int fractionDecimals(int decimals) {
        return this == FRACTION ? decimals : decimals + 2;
    }

    /** Writes a fraction the way this notation does (fractions to 9 places, percentages to 2). */
    public String format(BigDecimal fraction) {
        if (fraction == null) {
            return "";
        }
        return switch (this) {
            case FRACTION -> {
                BigDecimal v = fraction.setScale(9, RoundingMode.HALF_UP).stripTrailingZeros();
                yield v.signum() == 0 ? "0" : v.toPlainString();
            }
            case PERCENT_STRING -> fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
            case PERCENT_NUMBER -> fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString();
        };
    }
}
