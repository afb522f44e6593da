package gov.cms.ssp.shared;

/** The caller is logged in but may not touch this data (another ACO's, for instance). HTTP 403. */
public class AccessDeniedException extends BusinessException {
    public AccessDeniedException(String message) {
        super(message);
    }
}
