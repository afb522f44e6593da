package gov.cms.ssp.participant;

import java.util.List;

/**
 * The lists an ACO keeps — participants and providers/suppliers (42 CFR 425.118), and SNF
 * affiliates for the SNF 3-day rule waiver (425.612) — each with its CSV column layout. The layout is
 * the contract of the upload and of the template users download.
 */
public enum ListKind {
    PARTICIPANT("ACO participants", "participant", "participants",
            List.of("TIN", "Legal business name", "Bills primary care (Y/N)")),
    PROVIDER_SUPPLIER("ACO providers/suppliers", "provider/supplier", "providers-suppliers",
            List.of("NPI", "Name", "Specialty", "Participant TIN", "Effective date")),
    SNF_AFFILIATE("SNF affiliates", "SNF affiliate", "snf-affiliates",
            List.of("CCN", "Facility name", "TIN", "Overall star rating"));

    private final String label;
    private final String entryNoun;
    private final String slug;
    private final List<String> columns;

    ListKind(String label, String entryNoun, String slug, List<String> columns) {
        this.label = label;
        this.entryNoun = entryNoun;
        this.slug = slug;
        this.columns = columns;
    }

    public String label() {
        return label;
    }

    /** One entry of the list, in words: "participant", "provider/supplier", "SNF affiliate". */
    public String entryNoun() {
        return entryNoun;
    }

    /** The word used in URLs and file names. */
    public String slug() {
        return slug;
    }

    public List<String> columns() {
        return columns;
    }

    /**
     * The values a correction may change for an entry of this list, by name, in the order people
     * read them: a participant's legal business name and primary-care billing, a provider/supplier's
     * name and specialty, an SNF's name, TIN and star rating.
     */
    public java.util.Map<String, String> correctable(String name, String specialty, boolean primaryCare, String tin, Integer starRating) {
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        switch (this) {
            case PARTICIPANT -> {
                values.put("legal business name", name);
                values.put("bills primary care", primaryCare ? "Y" : "N");
            }
            case PROVIDER_SUPPLIER -> {
                values.put("name", name);
                values.put("specialty", specialty == null ? "" : specialty);
            }
            case SNF_AFFILIATE -> {
                values.put("facility name", name);
                values.put("TIN", tin);
                values.put("overall star rating", String.valueOf(starRating));
            }
        }
        return values;
    }

    /** An entry's or a row's values in this list's column order, as the forms that add and correct start from them. */
    public List<String> fields(String tin, String npi, String ccn, String name, String specialty, boolean primaryCare,
                               Integer starRating, java.time.LocalDate effectiveDate) {
        return new java.util.ArrayList<>(switch (this) {
            case PARTICIPANT -> List.of(tin, name, primaryCare ? "Y" : "N");
            case PROVIDER_SUPPLIER -> List.of(npi, name, specialty == null ? "" : specialty, tin,
                    effectiveDate == null ? "" : effectiveDate.toString());
            case SNF_AFFILIATE -> List.of(ccn, name, tin, String.valueOf(starRating));
        });
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
