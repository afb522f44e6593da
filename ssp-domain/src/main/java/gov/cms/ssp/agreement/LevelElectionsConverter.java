package gov.cms.ssp.agreement;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Stores an ACO's elections to move up the glide path faster as "PY number:level" pairs, e.g.
 * {@code 2:BASIC_D} (the second performance year at Level D). In memory the keys are PY indexes
 * from 0, as {@link GlidePath} takes them.
 */
@Converter
public class LevelElectionsConverter implements AttributeConverter<Map<Integer, Track>, String> {
    @Override
    public String convertToDatabaseColumn(Map<Integer, Track> elections) {
        return elections == null || elections.isEmpty() ? null : new TreeMap<>(elections).entrySet().stream()
                .map(e -> (e.getKey() + 1) + ":" + e.getValue().name()).collect(Collectors.joining(","));
    }

    @Override
    public Map<Integer, Track> convertToEntityAttribute(String value) {
        Map<Integer, Track> elections = new TreeMap<>();
        if (value != null && !value.isBlank()) {
            for (String pair : value.split(",")) {
                String[] parts = pair.split(":");
                elections.put(Integer.parseInt(parts[0].strip()) - 1, Track.valueOf(parts[1].strip()));
            }
        }
        return elections;
    }
}
