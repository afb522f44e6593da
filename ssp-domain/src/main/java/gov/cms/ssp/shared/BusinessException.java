package gov.cms.ssp.shared;

import jakarta.ejb.ApplicationException;

/**
 * Root of the failures a user can understand and act on. Thrown from services, it rolls the
 * transaction back and reaches the caller unwrapped; one mapper per channel (REST, Faces) turns it
 * into a message.
 */
@ApplicationException(rollback = true, inherited = true)
public class BusinessException extends RuntimeException {
    public BusinessException(String message) {
        super(message);
    }
}
