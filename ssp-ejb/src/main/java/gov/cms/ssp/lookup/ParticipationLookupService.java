package gov.cms.ssp.lookup;

import gov.cms.ssp.agreement.Track;
import gov.cms.ssp.shared.CallerContext;
import gov.cms.ssp.shared.Npi;
import gov.cms.ssp.shared.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Clinician participation status: for each NPI, per performance year, the ACOs and participant TINs
 * it takes part through, the track, what that means (Advanced or MIPS APM) and the status. Public,
 * so it answers only from the lists in force: for a PY an ACO signed, the list it signed; for any
 * other PY, the entries CMS's decisions put on its list with dates covering the PY. Change-request
 * additions not yet decided are never shown. Served from {@link ListsInForceCache}; one set-based
 * query for the NPIs it does not hold, whatever the size of the lookup.
 */
@Stateless
@RolesAllowed(Role.CLINICIAN)
public class ParticipationLookupService {
    /**
     * Per NPI: its entries on the live provider/supplier lists (kind L), on the provider/supplier
     * lists of signed certifications (C, with the participant's name as signed), and each PY that an
     * ACO listing it has signed (S), whose answer is the signed list rather than the live one.
     * The statement the bare anchor server of {@code ./ssp bench lookup} runs too.
     */
    public static final String LISTS_IN_FORCE = """
            select 'L', p.npi, p.aco_id, a.legal_name, a.track, p.tin,
                   (select min(t.legal_name) from participant_tin t where t.aco_id = p.aco_id and t.tin = p.tin),
                   p.effective_date, p.termination_date, cast(null as integer)
            from provider_supplier p join aco a on a.aco_id = p.aco_id
            where p.npi in (:npis)
            union all
            select 'C', e.npi, c.aco_id, a.legal_name, a.track, e.tin,
                   (select min(t.entry_name) from certified_entry t
                    where t.certification_id = e.certification_id and t.list_kind = 'PARTICIPANT' and t.tin = e.tin),
                   e.effective_date, e.termination_date, c.py
            from certified_entry e join certification c on c.id = e.certification_id join aco a on a.aco_id = c.aco_id
            where e.npi in (:npis) and e.list_kind = 'PROVIDER_SUPPLIER' and c.signed_at is not null
            union all
            select distinct 'S', p.npi, c.aco_id, null, null, null, null, cast(null as date), cast(null as date), c.py
            from provider_supplier p join certification c on c.aco_id = p.aco_id
            where p.npi in (:npis) and c.signed_at is not null
            """;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerContext caller;

    @Inject
    private ListsInForceCache cache;

    /** Looks up every NPI of the batch; {@code year} narrows the answer to one PY (null: all). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS) // reads only; most answers come from the cache
    public List<NpiResult> lookup(@NotNull NpiBatch batch, Integer year) {
        long generation = cache.generation();
        Map<String, ListsInForceCache.NpiListings> listings = listings(batch.validNpis(), generation);
        int lastPy = PublishedYears.last(LocalDate.now(), windows(generation));
        List<NpiResult> results = new ArrayList<>();
        for (NpiBatch.Entry e : batch.entries()) {
            if (e.valid()) {
                results.add(new NpiResult(e.npi().value(), true, null, rows(listings.get(e.npi().value()), lastPy, year)));
            } else {
                results.add(new NpiResult(e.raw(), false, e.problem(), List.of()));
            }
        }
        return results;
    }

    /** "My participation": the NPI on the clinician's account, over all years. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public NpiResult myParticipation() {
        Npi npi = caller.npi().orElse(null);
        if (npi == null) {
            return new NpiResult(null, false, "No NPI is recorded on your account.", List.of());
        }
        return lookup(NpiBatch.of(List.of(npi.value())), null).get(0);
    }

    private static List<ParticipationRow> rows(ListsInForceCache.NpiListings listings, int lastPy, Integer year) {
        List<ParticipationRow> rows = new ArrayList<>();
        for (ListedParticipation l : listings.listings()) {
            for (var y : l.years(lastPy, listings.signedPysByAco().getOrDefault(l.acoId(), Set.of()))) {
                if (year == null || y.performanceYear() == year) {
                    rows.add(ParticipationRow.of(y));
                }
            }
        }
        rows.sort(Comparator.comparingInt(ParticipationRow::performanceYear).reversed()
                .thenComparing(ParticipationRow::acoId).thenComparing(ParticipationRow::tin));
        return rows;
    }

    private Map<String, ListsInForceCache.NpiListings> listings(List<Npi> npis, long generation) {
        Map<String, ListsInForceCache.NpiListings> byNpi = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (Npi npi : npis) {
            ListsInForceCache.NpiListings cached = cache.get(npi.value());
            if (cached != null) {
                byNpi.put(npi.value(), cached);
            } else {
                missing.add(npi.value());
            }
        }
        if (missing.isEmpty()) {
            return byNpi;
        }
        Map<String, List<ListedParticipation>> found = new HashMap<>();
        Map<String, Map<String, Set<Integer>>> signed = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(LISTS_IN_FORCE).setParameter("npis", missing).getResultList();
        for (Object[] r : rows) {
            String npi = (String) r[1];
            String acoId = (String) r[2];
            Integer py = r[9] == null ? null : ((Number) r[9]).intValue();
            if ("S".equals(r[0])) {
                signed.computeIfAbsent(npi, k -> new HashMap<>()).computeIfAbsent(acoId, k -> new HashSet<>()).add(py);
            } else {
                found.computeIfAbsent(npi, k -> new ArrayList<>()).add(new ListedParticipation(npi, acoId, (String) r[3],
                        r[4] == null ? null : Track.valueOf((String) r[4]), (String) r[5], (String) r[6], date(r[7]),
                        date(r[8]), "C".equals(r[0]) ? py : null));
            }
        }
        for (String npi : missing) {
            ListsInForceCache.NpiListings l = found.containsKey(npi)
                    ? new ListsInForceCache.NpiListings(List.copyOf(found.get(npi)), signed.getOrDefault(npi, Map.of()))
                    : ListsInForceCache.NpiListings.NONE;
            cache.put(npi, generation, l);
            byNpi.put(npi, l);
        }
        return byNpi;
    }

    private Map<Integer, LocalDate> windows(long generation) {
        Map<Integer, LocalDate> windows = cache.windows();
        if (windows == null) {
            windows = new HashMap<>();
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select py, opens_on from certification_cycle").getResultList();
            for (Object[] r : rows) {
                windows.put(((Number) r[0]).intValue(), date(r[1]));
            }
            windows = Map.copyOf(windows);
            cache.putWindows(generation, windows);
        }
        return windows;
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
