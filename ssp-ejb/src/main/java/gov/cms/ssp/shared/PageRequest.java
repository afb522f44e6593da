package gov.cms.ssp.shared;

import java.util.Map;

/**
 * What a lazy table asks a service for: a window, one sort field and equality/contains filters by
 * field name. Services whitelist the field names they accept.
 */
public record PageRequest(int first, int pageSize, String sortField, boolean ascending, Map<String, String> filters) {
    public PageRequest {
        if (first < 0) {
            first = 0;
        }
        if (pageSize <= 0 || pageSize > 500) {
            pageSize = 25;
        }
        filters = filters == null ? Map.of() : Map.copyOf(filters);
    }

    public String filter(String field) {
        String v = filters.get(field);
        return v == null || v.isBlank() ? null : v.strip();
    }
}
