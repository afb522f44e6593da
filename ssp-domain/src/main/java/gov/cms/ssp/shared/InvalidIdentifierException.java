package gov.cms.ssp.shared;

/** A malformed identifier (ACO ID, TIN, NPI, CCN); the message says what is wrong in user terms. */
public class InvalidIdentifierException extends IllegalArgumentException {
    public InvalidIdentifierException(String message) {
        super(message);
    }
}
