package gov.cms.ssp.shared.rest;

import jakarta.validation.ValidationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Takes invalid input away from RESTEasy's built-in mapper (which answers in its own shape) so that
 * every error of the API has the {@link ApiError} shape; the mapping itself is {@link ErrorMapper}'s.
 */
@Provider
public class ValidationErrorMapper implements ExceptionMapper<ValidationException> {
    private final ErrorMapper errors = new ErrorMapper();

    @Override
    public Response toResponse(ValidationException e) {
        return errors.toResponse(e);
    }
}
