package gov.cms.ssp.shared;

/** The thing asked for does not exist. HTTP 404. */
public class NotFoundException extends BusinessException {
    public NotFoundException(String message) {
        super(message);
    }
}
