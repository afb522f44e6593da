package gov.cms.ssp.quality;

import java.util.Objects;

/**
 * A measure as one collection type reports it: quality ID 001 as an eCQM is scored against another
 * benchmark than 001 through the Web Interface. CAHPS summary survey measures are keyed
 * {@code CAHPS_1} … {@code CAHPS_11} with {@link CollectionType#CAHPS}.
 */
public record MeasureKey(String measureId, CollectionType collectionType) implements Comparable<MeasureKey> {

    public MeasureKey {
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(collectionType, "collectionType");
        measureId = measureId.strip();
    }

    public static MeasureKey of(String measureId, CollectionType type) {
        return new MeasureKey(measureId, type);
    }

    @Override
    public int compareTo(MeasureKey o) {
        int c = collectionType.compareTo(o.collectionType);
        return c != 0 ? c : measureId.compareTo(o.measureId);
    }

    @Override
    public String toString() {
        return measureId + " (" + collectionType.label() + ")";
    }
}
