package gov.cms.ssp.application;

import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.NotFoundException;
import jakarta.persistence.EntityManager;
import java.util.Optional;

/**
 * The look-ups the application services share — a cycle by its year, an ACO's notice and application
 * in a cycle — written once, so that the notice and the application answer alike.
 */
final class ApplicationLookups {
    private ApplicationLookups() {
    }

    static Optional<ApplicationCycle> findCycle(EntityManager em, int year) {
        return em.createQuery("select c from ApplicationCycle c where c.agreementYear = :y", ApplicationCycle.class)
                .setParameter("y", year).getResultStream().findFirst();
    }

    static ApplicationCycle cycle(EntityManager em, int year) {
        return findCycle(em, year).orElseThrow(() -> new NotFoundException("CMS has not opened an application cycle for "
                + year + "."));
    }

    static Optional<NoticeOfIntent> notice(EntityManager em, AcoId acoId, ApplicationCycle cycle) {
        return em.createQuery("select n from NoticeOfIntent n where n.acoId = :aco and n.cycle = :cycle", NoticeOfIntent.class)
                .setParameter("aco", acoId).setParameter("cycle", cycle).getResultStream().findFirst();
    }

    static Optional<Application> application(EntityManager em, AcoId acoId, ApplicationCycle cycle) {
        return em.createQuery("select a from Application a where a.acoId = :aco and a.cycle = :cycle", Application.class)
                .setParameter("aco", acoId).setParameter("cycle", cycle).getResultStream().findFirst();
    }
}
