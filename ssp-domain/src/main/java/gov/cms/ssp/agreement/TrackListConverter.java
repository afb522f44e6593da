package gov.cms.ssp.agreement;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Stores the level of each PY as one comma-separated column, e.g. BASIC_A,BASIC_B,BASIC_C. */
@Converter
public class TrackListConverter implements AttributeConverter<List<Track>, String> {
    @Override
    public String convertToDatabaseColumn(List<Track> tracks) {
        return tracks == null ? null : tracks.stream().map(Track::name).collect(Collectors.joining(","));
    }

    @Override
    public List<Track> convertToEntityAttribute(String value) {
        return value == null || value.isBlank() ? List.of() : Arrays.stream(value.split(",")).map(Track::valueOf).toList();
    }
}
