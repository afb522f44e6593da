package gov.cms.ssp.shared;

/** A request asks for more than one call may (too many NPIs in a lookup, say). HTTP 413. */
public class PayloadTooLargeException extends BusinessException {
    public PayloadTooLargeException(String message) {
        super(message);
    }
}
