package gov.cms.ssp.aco;

import gov.cms.ssp.agreement.Track;
import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.CallerContext;
import gov.cms.ssp.shared.ConcurrentChangeException;
import gov.cms.ssp.shared.NotFoundException;
import gov.cms.ssp.shared.Page;
import gov.cms.ssp.shared.PageRequest;
import gov.cms.ssp.shared.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The ACOs of the program: the public directory, CMS's table, an ACO's own profile and contacts. */
@Stateless
@RolesAllowed({Role.CMS_ADMIN, Role.CMS_REVIEWER, Role.CMS_ANALYST, Role.ACO_EXECUTIVE, Role.ACO_STAFF})
public class AcoService {
    private static final Map<String, String> SORTABLE = Map.of(
            "acoId", "a.acoId", "legalName", "a.legalName", "track", "a.track", "agreementStart", "a.agreementStart",
            "states", "a.states");

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerContext caller;

    @EJB
    private gov.cms.ssp.agreement.AgreementService agreements;

    /**
     * The public ACO directory: ID, name, and the track or level, start and number of the agreement
     * in force this year — an approved renewal takes over only from its first day (before that an
     * ACO without an agreement this year shows the one it enters). No login needed.
     */
    @PermitAll
    public List<AcoSummary> directory() {
        List<Aco> all = em.createQuery("select a from Aco a where a.track is not null order by a.acoId", Aco.class)
                .getResultList();
        var histories = agreements.histories(all.stream().map(a -> a.getAcoId().value()).toList());
        int py = java.time.LocalDate.now().getYear();
        return all.stream().map(a -> AcoSummary.inForce(a, histories.getOrDefault(a.getAcoId().value(),
                gov.cms.ssp.agreement.AgreementHistory.none()).termsIn(py))).toList();
    }

    @RolesAllowed({Role.CMS_ADMIN, Role.CMS_REVIEWER, Role.CMS_ANALYST})
    public Page<AcoSummary> search(@NotNull PageRequest request) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new java.util.HashMap<>();
        String text = request.filter("acoId");
        if (text != null) {
            where.append(" and upper(a.acoId) like :acoId");
            params.put("acoId", "%" + text.toUpperCase() + "%");
        }
        String name = request.filter("legalName");
        if (name != null) {
            where.append(" and upper(a.legalName) like :name");
            params.put("name", "%" + name.toUpperCase() + "%");
        }
        String track = request.filter("track");
        if (track != null) {
            where.append(" and a.track = :track");
            params.put("track", Track.valueOf(track));
        }
        String order = SORTABLE.getOrDefault(request.sortField() == null ? "" : request.sortField(), "a.acoId");
        TypedQuery<Aco> rows = em.createQuery("select a from Aco a" + where + " order by " + order
                + (request.ascending() ? " asc" : " desc") + ", a.id", Aco.class);
        TypedQuery<Long> count = em.createQuery("select count(a) from Aco a" + where, Long.class);
        params.forEach((k, v) -> {
            rows.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<AcoSummary> page = rows.setFirstResult(request.first()).setMaxResults(request.pageSize())
                .getResultStream().map(AcoSummary::of).toList();
        return new Page<>(page, count.getSingleResult());
    }

    @RolesAllowed({Role.CMS_ADMIN, Role.CMS_REVIEWER, Role.CMS_ANALYST})
    public Map<Track, Long> countByTrack() {
        Map<Track, Long> counts = new EnumMap<>(Track.class);
        em.createQuery("select a.track, count(a) from Aco a where a.track is not null group by a.track", Object[].class)
                .getResultList().forEach(r -> counts.put((Track) r[0], (Long) r[1]));
        return counts;
    }

    /** The ACOs the caller belongs to, from their token. */
    @RolesAllowed({Role.ACO_EXECUTIVE, Role.ACO_STAFF})
    public List<AcoProfile> myAcos() {
        Set<AcoId> ids = caller.acoIds();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from Aco a where a.acoId in :ids order by a.acoId", Aco.class)
                .setParameter("ids", new ArrayList<>(ids)).getResultStream().map(AcoProfile::of).toList();
    }

    public AcoProfile profile(@NotNull AcoId acoId) {
        caller.requireAcoAccess(acoId);
        return AcoProfile.of(find(acoId));
    }

    /**
     * Records a contact of the caller's own ACO. {@code seenVersion} is the version the user edited
     * (-1 for a new contact): if someone saved in between, nothing is overwritten.
     */
    @RolesAllowed({Role.ACO_EXECUTIVE, Role.ACO_STAFF})
    public AcoProfile updateContact(@NotNull AcoId acoId, @NotNull @Valid ContactDetails details, long seenVersion) {
        caller.requireMembership(acoId);
        Aco aco = find(acoId);
        aco.contact(details.role()).ifPresent(current -> {
            if (seenVersion >= 0 && current.getVersion() != seenVersion) {
                throw new ConcurrentChangeException("The " + details.role().label().toLowerCase()
                        + " was changed by someone else while you were editing. Reload to see their change, then edit again.");
            }
        });
        aco.assignContact(details.role(), details.name(), details.title(), details.email(), details.phone());
        em.flush();
        return AcoProfile.of(aco);
    }

    private Aco find(AcoId acoId) {
        return em.createQuery("select a from Aco a where a.acoId = :id", Aco.class).setParameter("id", acoId)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("There is no ACO with ID " + acoId + "."));
    }
}
