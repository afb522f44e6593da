package gov.cms.ssp.participant;

import java.util.List;

/**
 * The lists an ACO keeps — participants and providers/suppliers (42 CFR 425.118), and SNF
 * affiliates for the SNF 3-day rule waiver (425.612) — each with its CSV column layout. The layout is
 * the contract of the upload and of the template users download.
 */
public enum ListKind {
    PARTICIPANT("ACO participants", "participants",
            List.of("TIN", "Legal business name", "Bills primary care (Y/N)")),
    PROVIDER_SUPPLIER("ACO providers/suppliers", "providers-suppliers",
            List.of("NPI", "Name", "Specialty", "Participant TIN", "Effective date")),
    SNF_AFFILIATE("SNF affiliates", "snf-affiliates",
            List.of("CCN", "Facility name", "TIN", "Overall star rating"));

    private final String label;
    private final String slug;
    private final List<String> columns;

    ListKind(String label, String slug, List<String> columns) {
        this.label = label;
        this.slug = slug;
        this.columns = columns;
    }

    public String label() {
        return label;
    }

    /** The word used in URLs and file names. */
    public String slug() {
        return slug;
    }

    public List<String> columns() {
        return columns;
    }

    /** The column that identifies an entry: TIN, NPI or CCN. */
    public String keyColumn() {
        return columns.get(0);
    }

    /**
     * Additions that CMS accepts only during its change-request window and that take effect on
     * January 1 of the PY: participants and SNF affiliates (providers/suppliers are reported within
     * 30 days at any time).
     */
    public boolean additionsNeedTheWindow() {
        return this != PROVIDER_SUPPLIER;
    }

    public static ListKind ofSlug(String slug) {
        for (ListKind k : values()) {
            if (k.slug.equals(slug) || k.name().equalsIgnoreCase(slug)) {
                return k;
            }
        }
        throw new gov.cms.ssp.shared.NotFoundException("There is no list called '" + slug
                + "'; the lists are 'participants', 'providers-suppliers' and 'snf-affiliates'.");
    }
}
