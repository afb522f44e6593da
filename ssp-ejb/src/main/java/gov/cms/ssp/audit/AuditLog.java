package gov.cms.ssp.audit;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Instant;
import java.util.List;

/**
 * Records, in the caller's transaction, a change the entity history does not show by itself (see
 * {@link AuditEvent}); fields whose value stays the same are left out. Used by services inside their
 * own security checks, so it has none of its own.
 */
@Dependent
public class AuditLog {
    @PersistenceContext
    private EntityManager em;
    @Inject
    private Principal caller;

    public void record(String acoId, String recordType, String recordKey, String action, List<FieldChange> changes) {
        String user = caller == null || caller.getName() == null ? AuditRevisionListener.SYSTEM : caller.getName();
        List<FieldChange> real = changes.stream().filter(c -> !c.oldValue().equals(c.newValue())).toList();
        em.persist(new AuditEvent(Instant.now(), user, acoId, recordType, recordKey, action, real));
    }
}
