package gov.cms.ssp.audit;

import jakarta.enterprise.inject.spi.CDI;
import java.security.Principal;
import org.hibernate.envers.RevisionListener;

/**
 * Stamps each revision with the caller's user name. Envers creates this listener itself, so the
 * caller principal is looked up through CDI; work done outside a request (migrations, seeding) is
 * recorded as "system".
 */
public class AuditRevisionListener implements RevisionListener {
    public static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revisionEntity) {
        ((AuditRevision) revisionEntity).setUserName(currentUserName());
    }

    private static String currentUserName() {
        try {
            Principal principal = CDI.current().select(Principal.class).get();
            String name = principal == null ? null : principal.getName();
            return name == null || name.isBlank() || "anonymous".equals(name) ? SYSTEM : name;
        } catch (IllegalStateException e) {
            return SYSTEM;
        }
    }
}
