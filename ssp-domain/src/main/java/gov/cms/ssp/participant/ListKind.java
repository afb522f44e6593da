package gov.cms.ssp.participant;

import java.util.List;

/**
 * The two lists an ACO keeps (42 CFR 425.118), each with its CSV column layout. The layout is the
 * contract of the upload and of the template users download.
 */
public enum ListKind {
    PARTICIPANT("ACO participants", "participants",
            List.of("TIN", "Legal business name", "Bills primary care (Y/N)")),
    PROVIDER_SUPPLIER("ACO providers/suppliers", "providers-suppliers",
            List.of("NPI", "Name", "Specialty", "Participant TIN", "Effective date"));

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

    public static ListKind ofSlug(String slug) {
        for (ListKind k : values()) {
            if (k.slug.equals(slug) || k.name().equalsIgnoreCase(slug)) {
                return k;
            }
        }
        throw new gov.cms.ssp.shared.NotFoundException("There is no list called '" + slug
                + "'; the lists are 'participants' and 'providers-suppliers'.");
    }
}
