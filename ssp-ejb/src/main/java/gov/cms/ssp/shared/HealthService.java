package gov.cms.ssp.shared;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

/** Answers the health endpoint: is the database reachable and migrated. Public, reveals nothing. */
@Stateless
@PermitAll
public class HealthService {
    @PersistenceContext
    private EntityManager em;

    public boolean databaseUp() {
        try {
            em.createNativeQuery("select count(*) from aco").getSingleResult();
            return true;
        } catch (PersistenceException e) {
            return false;
        }
    }
}
