package gov.cms.ssp.notification;

import gov.cms.ssp.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Records one reminder in a transaction of its own: a reminder another server recorded first (the
 * once-key is unique) fails alone, without taking the others with it.
 */
@Stateless
@RolesAllowed(Role.CMS_ADMIN)
public class NoticeWriter {
    @Inject
    private NoticeRecorder recorder;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean recordOnce(ProgramNotice notice) {
        return recorder.record(notice) != null;
    }
}
