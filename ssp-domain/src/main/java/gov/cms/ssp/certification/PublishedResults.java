package gov.cms.ssp.certification;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the public reporting page says about shared savings or losses and quality (425.308(b)):
 * only from settlements CMS has released, newest PY first; "Not yet published" until there is one.
 */
public final class PublishedResults {
    public static final String NOT_PUBLISHED = "Not yet published";

    /** One released PY: the net amount CMS pays (+) or the ACO owes (−), and the quality outcome it used. */
    public record Year(int py, BigDecimal netAmount, String qualityStandard, BigDecimal qualityScore) {
    }

    private PublishedResults() {
    }

    public static String savingsOrLosses(List<Year> released) {
        if (released.isEmpty()) {
            return NOT_PUBLISHED;
        }
        return released.stream().map(y -> "PY " + y.py() + ": " + (y.netAmount().signum() > 0
                        ? "shared savings of " + PackageRules.dollars(y.netAmount()) + " earned"
                        : y.netAmount().signum() < 0 ? "shared losses of " + PackageRules.dollars(y.netAmount().negate()) + " owed"
                        : "no shared savings or losses"))
                .collect(Collectors.joining("; "));
    }

    public static String quality(List<Year> released) {
        if (released.isEmpty()) {
            return NOT_PUBLISHED;
        }
        return released.stream().map(y -> "PY " + y.py() + ": " + quality(y)).collect(Collectors.joining("; "));
    }

    private static String quality(Year y) {
        if (y.qualityStandard() == null) {
            return "quality result not recorded with this settlement";
        }
        String standard = switch (y.qualityStandard()) {
            case "MET" -> "quality performance standard met";
            case "ALTERNATIVE" -> "alternative quality performance standard met";
            default -> "quality performance standard not met";
        };
        return y.qualityScore() == null ? standard + " (no quality score reported)"
                : "quality score " + y.qualityScore().movePointRight(2).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()
                + "%, " + standard;
    }
}
