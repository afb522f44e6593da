package gov.cms.ssp.quality;

import java.util.Locale;

/**
 * How a measure's data reach CMS under the APM Performance Pathway (42 CFR 414.1367): reported by the
 * ACO (Web Interface through PY2024, eCQM, MIPS CQM, Medicare CQM) or produced by CMS (the CAHPS for
 * MIPS survey, administrative claims). Each collection type has its own benchmark.
 */
public enum CollectionType {
    WEB_INTERFACE("CMS Web Interface", true),
    ECQM("eCQM", true),
    MIPS_CQM("MIPS CQM", true),
    MEDICARE_CQM("Medicare CQM", true),
    CAHPS("CAHPS for MIPS survey", false),
    ADMINISTRATIVE_CLAIMS("Administrative claims", false);

    private final String label;
    private final boolean reportedByAco;

    CollectionType(String label, boolean reportedByAco) {
        this.label = label;
        this.reportedByAco = reportedByAco;
    }

    /** The name people read, as CMS's benchmark files write it. */
    public String label() {
        return label;
    }

    /** The ACO reports it (false: CMS loads it, the survey results and the claims-based measures). */
    public boolean reportedByAco() {
        return reportedByAco;
    }

    /** The code of the reference files ({@code ECQM}) or the label ({@code eCQM}), any case; null if neither. */
    public static CollectionType parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        for (CollectionType c : values()) {
            if (c.name().equalsIgnoreCase(t) || c.label.equalsIgnoreCase(t)) {
                return c;
            }
        }
        return switch (t.toLowerCase(Locale.ROOT)) {
            case "web interface", "wi" -> WEB_INTERFACE;
            case "cahps", "cahps for mips" -> CAHPS;
            case "claims", "administrative claims" -> ADMINISTRATIVE_CLAIMS;
            default -> null;
        };
    }
}
