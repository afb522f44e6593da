package gov.cms.ssp.lookup;

import gov.cms.ssp.agreement.AgreementHistory;
import gov.cms.ssp.agreement.AgreementService;
import gov.cms.ssp.shared.CallerContext;
import gov.cms.ssp.shared.Npi;
import gov.cms.ssp.shared.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Clinician participation status: for each NPI, per performance year, the ACOs and participant TINs
 * it takes part through, the track, what that means (Advanced or MIPS APM) and the status. Public,
 * so it answers only from the lists in force: for a PY an ACO signed, the list it signed; for any
 * other PY, the entries CMS's decisions put on its list with dates covering the PY. Change-request
 * additions not yet decided are never shown. Served from {@link ListsInForceCache}; one set-based
 * statement ({@link ListsInForceQuery}) for the NPIs it does not hold, whatever the size of the
 * lookup. No method validation on the public path: a batch is built by {@link NpiBatch}, never null.
 */
@Stateless
@RolesAllowed(Role.CLINICIAN)
public class ParticipationLookupService {
    /** Plain JDBC: a read of one statement needs no persistence context (it cost a Hibernate session a lookup). */
    @Resource(lookup = "java:jboss/datasources/SspDS")
    private DataSource dataSource;

    @EJB
    private CallerContext caller;

    @Inject
    private ListsInForceCache cache;

    @EJB
    private AgreementService agreements;

    /** Looks up every NPI of the batch; {@code year} narrows the answer to one PY (null: all). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS) // reads only; most answers come from the cache
    public List<NpiResult> lookup(NpiBatch batch, Integer year) {
        long generation = cache.generation();
        Map<String, NpiListings> listings = listings(batch.validNpis(), generation);
        int lastPy = PublishedYears.last(LocalDate.now(), windows(generation));
        Map<String, AgreementHistory> histories = histories(listings.values(), generation);
        Map<String, Map<Integer, MipsScore>> scores = mipsScores(generation);
        List<NpiResult> results = new ArrayList<>();
        for (NpiBatch.Entry e : batch.entries()) {
            if (e.valid()) {
                results.add(new NpiResult(e.npi().value(), true, null,
                        rows(listings.get(e.npi().value()), lastPy, year, histories, scores)));
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

    /** The classification is the one of the ACO's level in force in each PY (glide path, elections). */
    private static List<ParticipationRow> rows(NpiListings listings, int lastPy, Integer year,
                                               Map<String, AgreementHistory> histories,
                                               Map<String, Map<Integer, MipsScore>> scores) {
        List<ParticipationRow> rows = new ArrayList<>();
        for (ListedParticipation l : listings.listings()) {
            for (var y : l.years(lastPy, listings.signedPysByAco().getOrDefault(l.acoId(), Set.of()))) {
                if (year == null || y.performanceYear() == year) {
                    // a PY no agreement on record covers (lists kept ahead of a renewal): the ACO's track on record
                    rows.add(ParticipationRow.of(y, histories.getOrDefault(l.acoId(), AgreementHistory.none())
                            .levelIn(y.performanceYear()).orElse(l.track()),
                            scores.getOrDefault(l.acoId(), Map.of()).get(y.performanceYear())));
                }
            }
        }
        rows.sort(Comparator.comparingInt(ParticipationRow::performanceYear).reversed()
                .thenComparing(ParticipationRow::acoId).thenComparing(ParticipationRow::tin));
        return rows;
    }

    /** The agreements of the ACOs in the answers, from the cache, the rest read once and kept. */
    private Map<String, AgreementHistory> histories(java.util.Collection<NpiListings> listings, long generation) {
        Map<String, AgreementHistory> known = cache.histories();
        Set<String> missing = new java.util.TreeSet<>();
        for (NpiListings l : listings) {
            for (ListedParticipation p : l.listings()) {
                if (!known.containsKey(p.acoId())) {
                    missing.add(p.acoId());
                }
            }
        }
        if (missing.isEmpty()) {
            return known;
        }
        Map<String, AgreementHistory> read = new HashMap<>(agreements.histories(missing));
        missing.forEach(aco -> read.putIfAbsent(aco, AgreementHistory.none()));
        cache.putHistories(generation, read);
        Map<String, AgreementHistory> all = new HashMap<>(known);
        all.putAll(read);
        return all;
    }

    private Map<String, NpiListings> listings(List<Npi> npis, long generation) {
        Map<String, NpiListings> byNpi = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (Npi npi : npis) {
            NpiListings cached = cache.get(npi.value());
            if (cached != null) {
                byNpi.put(npi.value(), cached);
            } else {
                missing.add(npi.value());
            }
        }
        if (missing.isEmpty()) {
            return byNpi;
        }
        Map<String, NpiListings> found;
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(ListsInForceQuery.forNpis(missing.size()))) {
            ListsInForceQuery.bind(ps, missing);
            try (ResultSet rs = ps.executeQuery()) {
                found = ListsInForceQuery.read(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The lists in force could not be read", e);
        }
        for (String npi : missing) {
            NpiListings l = found.getOrDefault(npi, NpiListings.NONE);
            cache.put(npi, generation, l);
            byNpi.put(npi, l);
        }
        return byNpi;
    }

    /** The released MIPS scores of every APM Entity, read once per generation (a few hundred ACOs × PYs) and kept. */
    private Map<String, Map<Integer, MipsScore>> mipsScores(long generation) {
        Map<String, Map<Integer, MipsScore>> scores = cache.mipsScores();
        if (scores != null) {
            return scores;
        }
        Map<String, Map<Integer, MipsScore>> read = new HashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select aco_id, py, mips_final_score, mips_quality, mips_interoperability,"
                     + " mips_improvement_activities from released_quality where mips_final_score is not null")) {
            while (rs.next()) {
                read.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getInt(2),
                        new MipsScore(rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The released MIPS scores could not be read", e);
        }
        Map<String, Map<Integer, MipsScore>> kept = new HashMap<>();
        read.forEach((aco, byPy) -> kept.put(aco, Map.copyOf(byPy)));
        scores = Map.copyOf(kept);
        cache.putMipsScores(generation, scores);
        return scores;
    }

    private Map<Integer, LocalDate> windows(long generation) {
        Map<Integer, LocalDate> windows = cache.windows();
        if (windows == null) {
            windows = new HashMap<>();
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select py, opens_on from certification_cycle")) {
                while (rs.next()) {
                    windows.put(rs.getInt(1), rs.getDate(2).toLocalDate());
                }
            } catch (SQLException e) {
                throw new IllegalStateException("The certification windows could not be read", e);
            }
            windows = Map.copyOf(windows);
            cache.putWindows(generation, windows);
        }
        return windows;
    }
}
