package gov.cms.ssp.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class AcoIdConverter implements AttributeConverter<AcoId, String> {
    @Override
    public String convertToDatabaseColumn(AcoId id) {
        return id == null ? null : id.value();
    }

    @Override
    public AcoId convertToEntityAttribute(String value) {
        return value == null ? null : AcoId.of(value);
    }
}
