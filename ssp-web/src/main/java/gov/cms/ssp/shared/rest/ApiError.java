package gov.cms.ssp.shared.rest;

import java.util.List;

/** The one error shape of the API: a stable code, a sentence for people, and field errors for 400s. */
public record ApiError(int status, String error, String message, List<FieldError> fields) {
    public record FieldError(String field, String message) {
    }
}
