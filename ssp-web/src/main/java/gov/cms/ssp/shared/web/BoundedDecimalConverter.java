package gov.cms.ssp.shared.web;

import gov.cms.ssp.shared.DecimalInput;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;

/**
 * Replaces Faces' standard converter for every BigDecimal input of every form, so that what a browser
 * posts (whatever the widget allowed) is bounded by {@link DecimalInput} like the JSON API's numbers.
 */
@FacesConverter(forClass = BigDecimal.class)
public class BoundedDecimalConverter implements Converter<BigDecimal> {
    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return DecimalInput.parse(value);
        } catch (DecimalInput.InvalidNumberException e) {
            // named by the field's label (what its p:outputLabel says), shown beside it
            Object label = component.getAttributes().get("label");
            String text = label == null ? e.getMessage() : label + ": " + e.getMessage();
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
