package gov.cms.ssp.agreement;

import gov.cms.ssp.application.AssignmentMethod;
import gov.cms.ssp.application.MsrMlrChoice;
import gov.cms.ssp.participant.ChangeRequestWindow;
import gov.cms.ssp.participant.ParticipantListService;
import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.BusinessException;
import gov.cms.ssp.shared.CallerContext;
import gov.cms.ssp.shared.ConcurrentChangeException;
import gov.cms.ssp.shared.NotFoundException;
import gov.cms.ssp.shared.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The program's years of each ACO: its agreements, the level and terms in force in a PY (the one
 * question every consumer asks), and the elections its executive makes during the change-request
 * window of a PY. ACO people see and elect for their own ACO only; CMS sees every ACO's elections.
 */
@Stateless
@RolesAllowed({Role.CMS_ADMIN, Role.CMS_REVIEWER, Role.CMS_ANALYST, Role.ACO_EXECUTIVE, Role.ACO_STAFF})
public class AgreementService {
    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerContext caller;

    @EJB
    private ParticipantListService lists;

    /**
     * The agreements of several ACOs, for services that answer by PY (the public lookup among them:
     * the level of a PY is public, as CMS's own ACO results are).
     */
    @PermitAll
    public Map<String, AgreementHistory> histories(@NotNull Collection<String> acoIds) {
        if (acoIds.isEmpty()) {
            return Map.of();
        }
        Map<String, List<Agreement>> byAco = em.createQuery(
                        "select distinct g from Agreement g left join fetch g.elections where g.acoId in :acos", Agreement.class)
                .setParameter("acos", acoIds.stream().map(AcoId::of).toList()).getResultList().stream()
                .collect(Collectors.groupingBy(g -> g.getAcoId().value()));
        Map<String, AgreementHistory> histories = new HashMap<>();
        byAco.forEach((aco, agreements) -> histories.put(aco, AgreementHistory.of(agreements)));
        return histories;
    }

    /** One ACO's agreements; no access check (for services that did their own). */
    @PermitAll
    public AgreementHistory history(@NotNull AcoId acoId) {
        return histories(List.of(acoId.value())).getOrDefault(acoId.value(), AgreementHistory.none());
    }

    /** The ACO's path: every agreement's PYs with past, current and next marked, and what it may elect now. */
    public GlidePathView path(@NotNull AcoId acoId) {
        caller.requireAcoAccess(acoId);
        LocalDate today = LocalDate.now();
        List<ChangeRequestWindow> open = lists.windows().stream().filter(w -> w.isOpen(today)).toList();
        return GlidePathView.of(acoId.value(), history(acoId), today, open);
    }

    /**
     * The executive's election for the PY whose change-request window is open: a move up or a stay
     * ({@code choice} null: automatic advancement), an assignment method (null: unchanged), and the
     * MSR/MLR when the PY is the agreement's first at two-sided risk.
     */
    @RolesAllowed(Role.ACO_EXECUTIVE)
    public GlidePathView elect(@NotNull AcoId acoId, long agreementId, int py, LevelChoice choice, AssignmentMethod method,
                               MsrMlrChoice msrMlr, long seenVersion) {
        caller.requireMembership(acoId);
        Agreement a = em.find(Agreement.class, agreementId);
        if (a == null || !a.getAcoId().equals(acoId)) {
            throw new NotFoundException("No such agreement of " + acoId.value() + ".");
        }
        if (a.getVersion() != seenVersion) {
            throw new ConcurrentChangeException("The agreement changed since you opened it; reload and elect again.");
        }
        LocalDate today = LocalDate.now();
        ChangeRequestWindow window = lists.windows().stream().filter(w -> w.py() == py).findFirst().orElse(null);
        if (window == null || !window.isOpen(today)) {
            throw new BusinessException("Elections for PY" + py + " are made during its change-request window"
                    + (window == null ? ", which CMS has not set yet." : " (" + GlidePathView.date(window.opensOn()) + " to "
                    + GlidePathView.date(window.closesOn()) + ")."));
        }
        a.elect(py, choice, method, caller.userName(), today);
        if (a.msrMlrDueFor(py) && a.firstTwoSidedYear().orElse(-1) == py) {
            if (msrMlr == null) {
                throw new BusinessException("In PY" + py + " the ACO enters two-sided risk at " + a.levelIn(py).label()
                        + ": choose its minimum savings and loss rates (MSR/MLR) for the rest of the agreement.");
            }
            a.chooseMsrMlr(msrMlr, py);
        }
        em.flush();
        return path(acoId);
    }

    /** The elections ACOs made for a PY, for CMS's change-request review. */
    @RolesAllowed({Role.CMS_ADMIN, Role.CMS_REVIEWER, Role.CMS_ANALYST})
    public List<ElectionRow> electionsFor(int py) {
        return em.createQuery("select e from PyElection e join fetch e.agreement g where e.performanceYear = :py"
                        + " order by g.acoId", PyElection.class)
                .setParameter("py", py).getResultList().stream().map(ElectionRow::of).toList();
    }
}
