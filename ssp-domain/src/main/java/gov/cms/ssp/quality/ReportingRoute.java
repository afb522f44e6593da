package gov.cms.ssp.quality;

import java.util.Set;

/** The two ways an ACO reports through the APP (42 CFR 414.1367), besides what CMS loads. */
public enum ReportingRoute {
    WEB_INTERFACE("CMS Web Interface measures", Set.of(CollectionType.WEB_INTERFACE)),
    CQM("eCQMs, MIPS CQMs and Medicare CQMs", Set.of(CollectionType.ECQM, CollectionType.MIPS_CQM, CollectionType.MEDICARE_CQM)),
    NONE("nothing reported", Set.of());

    private final String label;
    private final Set<CollectionType> types;

    ReportingRoute(String label, Set<CollectionType> types) {
        this.label = label;
        this.types = types;
    }

    public String label() {
        return label;
    }

    public Set<CollectionType> collectionTypes() {
        return types;
    }
}
