package gov.cms.ssp.certification;

import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.BusinessException;
import jakarta.persistence.EntityManager;

/**
 * Signing freezes a PY's lists: once an ACO's certification for a PY is signed, no change for that
 * PY is taken into its lists any more (the ACO makes it for the next PY instead). Called by the
 * participant-list services at the two points where a change leaves the ACO's draft: its submission
 * to CMS and CMS accepting a row (a request submitted before signing). A draft changes no list, so
 * preparing one is not refused.
 */
public final class SignedLists {
    private SignedLists() {
    }

    public static boolean isSigned(EntityManager em, AcoId acoId, int py) {
        return em.createQuery("select count(c) from Certification c where c.acoId = :aco and c.py = :py and c.signedAt is not null",
                Long.class).setParameter("aco", acoId).setParameter("py", py).getSingleResult() > 0;
    }

    /** Refuses a change to the PY's lists once the ACO's certification for the PY is signed, naming the PY to use. */
    public static void requireUnsigned(EntityManager em, AcoId acoId, int py) {
        if (isSigned(em, acoId, py)) {
            throw new BusinessException(acoId + " has signed its " + py + " certification, so its " + py
                    + " lists are frozen as signed. Make this change for " + (py + 1) + " instead.");
        }
    }
}
