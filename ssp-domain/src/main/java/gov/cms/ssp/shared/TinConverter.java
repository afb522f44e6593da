package gov.cms.ssp.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class TinConverter implements AttributeConverter<Tin, String> {
    @Override
    public String convertToDatabaseColumn(Tin tin) {
        return tin == null ? null : tin.value();
    }

    @Override
    public Tin convertToEntityAttribute(String value) {
        return value == null ? null : Tin.of(value);
    }
}
