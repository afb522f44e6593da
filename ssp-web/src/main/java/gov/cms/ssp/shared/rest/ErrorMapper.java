package gov.cms.ssp.shared.rest;

import gov.cms.ssp.shared.AccessDeniedException;
import gov.cms.ssp.shared.BusinessException;
import gov.cms.ssp.shared.ConcurrentChangeException;
import gov.cms.ssp.shared.InvalidIdentifierException;
import gov.cms.ssp.shared.NotFoundException;
import gov.cms.ssp.shared.PayloadTooLargeException;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The one place where the API turns failures into status codes and {@link ApiError} bodies. */
@Provider
public class ErrorMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(ErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable t = unwrap(thrown);
        if (t instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return json(status, status == 404 ? "not-found" : status == 400 ? "invalid-input" : "http-" + status,
                    status == 404 ? "No such resource." : web.getMessage(), List.of());
        }
        if (t instanceof AccessDeniedException || t instanceof EJBAccessException) {
            return json(403, "forbidden", t instanceof AccessDeniedException ? t.getMessage()
                    : "Your role does not allow this.", List.of());
        }
        if (t instanceof NotFoundException) {
            return json(404, "not-found", t.getMessage(), List.of());
        }
        if (t instanceof PayloadTooLargeException) {
            return json(413, "too-large", t.getMessage(), List.of());
        }
        if (t instanceof ConcurrentChangeException) {
            return json(409, "conflict", t.getMessage(), List.of());
        }
        if (t instanceof OptimisticLockException) {
            // a conflict no service turned into words (e.g. found only at commit): still the client's to retry
            return json(409, "conflict", "Someone else changed this record at the same moment. Reload to see the change, "
                    + "then try again.", List.of());
        }
        if (t instanceof ConstraintViolationException invalid) {
            List<ApiError.FieldError> fields = invalid.getConstraintViolations().stream()
                    .map(v -> new ApiError.FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                    .sorted(java.util.Comparator.comparing(ApiError.FieldError::field)).toList();
            return json(400, "invalid-input", "The request has invalid fields.", fields);
        }
        if (isUnreadableBody(t)) {
            return json(400, "invalid-input", "The request body is not valid JSON for this call (a number, date or "
                    + "choice is malformed or unknown).", List.of());
        }
        if (t instanceof InvalidIdentifierException || t instanceof BusinessException) {
            return json(400, "invalid-input", t.getMessage(), List.of());
        }
        LOG.log(Level.SEVERE, "Unexpected failure in the API", thrown);
        return json(500, "internal-error", "Something went wrong on our side; it has been logged.", List.of());
    }

    /** JSON-B could not turn the body into the call's parameter: the client's mistake, not ours. */
    private static boolean isUnreadableBody(Throwable t) {
        return t instanceof jakarta.json.bind.JsonbException || t instanceof jakarta.json.JsonException
                || t instanceof jakarta.ws.rs.ProcessingException;
    }

    private static Throwable unwrap(Throwable t) {
        // a business failure raised while the body was read (a number out of bounds, a body too large)
        // says more than the JSON-B or RESTEasy error wrapped around it
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof BusinessException) {
                return c;
            }
        }
        Throwable current = t;
        while (current != null) {
            if (isUnreadableBody(current)) {
                return current;
            }
            if (current instanceof BusinessException || current instanceof EJBAccessException
                    || current instanceof OptimisticLockException
                    || current instanceof ConstraintViolationException || current instanceof WebApplicationException
                    || current instanceof InvalidIdentifierException) {
                return current;
            }
            current = current.getCause();
        }
        return t;
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    private static Response json(int status, String code, String message, List<ApiError.FieldError> fields) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(status, code, message, fields)).build();
    }
}
