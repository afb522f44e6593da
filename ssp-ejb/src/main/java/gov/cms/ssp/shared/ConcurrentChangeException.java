package gov.cms.ssp.shared;

/** Someone else saved the same record since the caller read it. HTTP 409; the user reloads. */
public class ConcurrentChangeException extends BusinessException {
    public ConcurrentChangeException(String message) {
        super(message);
    }
}
