package gov.cms.ssp.audit;

/** One field of one record, as a person reads it: its label and its value before and after. */
public record FieldChange(String field, String oldValue, String newValue) {
    @Override
    public String toString() {
        return field + ": " + oldValue + " → " + newValue;
    }
}
