package gov.cms.ssp.application;

import gov.cms.ssp.shared.CallerContext;
import gov.cms.ssp.shared.NotFoundException;
import gov.cms.ssp.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The receipts of an application's submissions, for the ACO's own people and CMS: another ACO's
 * application is answered exactly like a missing one.
 */
@Stateless
@RolesAllowed({Role.CMS_ADMIN, Role.CMS_REVIEWER, Role.CMS_ANALYST, Role.ACO_EXECUTIVE, Role.ACO_STAFF})
public class ApplicationReceiptService {
    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerContext caller;

    /** Every receipt of the application, the first submission first. */
    public List<ReceiptView> receipts(long applicationId) {
        return load(applicationId).getReceipts().stream().map(r -> ReceiptView.of(r, false)).toList();
    }

    /** One receipt with the copy of what was submitted; {@code number} 0 is the latest. */
    public ReceiptView receipt(long applicationId, int number) {
        List<ApplicationReceipt> all = load(applicationId).getReceipts();
        ApplicationReceipt r = number == 0 && !all.isEmpty() ? all.get(all.size() - 1)
                : all.stream().filter(x -> x.getNumber() == number).findFirst().orElse(null);
        if (r == null) {
            throw new NotFoundException("Application " + applicationId + " has no receipt " + number + ".");
        }
        return ReceiptView.of(r, true);
    }

    private Application load(long id) {
        Application a = em.find(Application.class, id);
        if (a == null) {
            throw noSuchApplication(id);
        }
        caller.requireAcoAccess(a.getAcoId(), () -> noSuchApplication(id));
        return a;
    }

    /** Worded as ApplicationService words a missing application, so another ACO's reads the same. */
    private static NotFoundException noSuchApplication(long id) {
        return new NotFoundException("There is no application " + id + ".");
    }
}
