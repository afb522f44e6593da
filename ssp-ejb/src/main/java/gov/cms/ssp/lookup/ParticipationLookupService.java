package gov.cms.ssp.lookup;

import gov.cms.ssp.agreement.AgreementHistory;
import gov.cms.ssp.agreement.AgreementService;
import gov.cms.ssp.agreement.Track;
import gov.cms.ssp.shared.CallerContext;
import gov.cms.ssp.shared.Npi;
import gov.cms.ssp.shared.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.sql.Date;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Clinician participation status: for each NPI, per performance year, the ACOs and participant TINs
 * it takes part through, the track, what that means (Advanced or MIPS APM) and the status. Public:
 * it shows what ACOs' lists make public anyway. One set-based query per lookup, whatever its size.
 */
@Stateless
@RolesAllowed(Role.CLINICIAN)
public class ParticipationLookupService {
    /**
     * Listings in force (provider/supplier lists) and additions waiting for CMS's decision (change
     * requests submitted, row pending). The participant's legal name comes from the participant list.
     */
    private static final String LISTINGS = """
            select p.npi, p.aco_id, a.legal_name, a.track, p.tin,
                   (select min(t.legal_name) from participant_tin t where t.aco_id = p.aco_id and t.tin = p.tin),
                   p.effective_date, p.termination_date, cast(null as integer)
            from provider_supplier p join aco a on a.aco_id = p.aco_id
            where p.npi in (:npis)
            union all
            select r.npi, c.aco_id, a.legal_name, a.track, r.tin,
                   (select min(t.legal_name) from participant_tin t where t.aco_id = c.aco_id and t.tin = r.tin),
                   coalesce(r.effective_date, cast(concat(cast(c.py as varchar(4)), '-01-01') as date)), r.termination_date, c.py
            from change_request_row r join change_request c on c.id = r.request_id join aco a on a.aco_id = c.aco_id
            where r.npi in (:npis) and r.list_kind = 'PROVIDER_SUPPLIER' and r.action = 'ADD'
              and r.disposition = 'PENDING' and c.status = 'SUBMITTED'
            """;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerContext caller;

    @EJB
    private AgreementService agreements;

    /** Looks up every NPI of the batch; {@code year} narrows the answer to one PY (null: all). */
    @PermitAll
    public List<NpiResult> lookup(@NotNull NpiBatch batch, Integer year) {
        Map<String, List<ParticipationRow>> rowsByNpi = participations(batch.validNpis(), year);
        List<NpiResult> results = new ArrayList<>();
        for (NpiBatch.Entry e : batch.entries()) {
            if (e.valid()) {
                results.add(new NpiResult(e.npi().value(), true, null,
                        rowsByNpi.getOrDefault(e.npi().value(), List.of())));
            } else {
                results.add(new NpiResult(e.raw(), false, e.problem(), List.of()));
            }
        }
        return results;
    }

    /** "My participation": the NPI on the clinician's account, over all years. */
    public NpiResult myParticipation() {
        Npi npi = caller.npi().orElse(null);
        if (npi == null) {
            return new NpiResult(null, false, "No NPI is recorded on your account.", List.of());
        }
        return lookup(NpiBatch.of(List.of(npi.value())), null).get(0);
    }

    private Map<String, List<ParticipationRow>> participations(List<Npi> npis, Integer year) {
        Map<String, List<ParticipationRow>> byNpi = new HashMap<>();
        if (npis.isEmpty()) {
            return byNpi;
        }
        int currentYear = Year.now().getValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(LISTINGS)
                .setParameter("npis", npis.stream().map(Npi::value).toList()).getResultList();
        // the classification is the one of the ACO's level in force in each PY (glide path)
        Map<String, AgreementHistory> programYears = agreements.histories(rows.stream().map(r -> (String) r[1]).distinct().toList());
        for (Object[] r : rows) {
            ListedParticipation listing = new ListedParticipation((String) r[0], (String) r[1], (String) r[2],
                    r[3] == null ? null : Track.valueOf((String) r[3]), (String) r[4], (String) r[5], date(r[6]),
                    date(r[7]), r[8] == null ? null : ((Number) r[8]).intValue());
            for (ListedParticipation.YearlyParticipation y : listing.years(currentYear)) {
                if (year == null || y.performanceYear() == year) {
                    byNpi.computeIfAbsent(listing.npi(), k -> new ArrayList<>()).add(ParticipationRow.of(y,
                            programYears.getOrDefault(listing.acoId(), AgreementHistory.none()).levelIn(y.performanceYear()).orElse(null)));
                }
            }
        }
        byNpi.values().forEach(list -> list.sort(Comparator.comparingInt(ParticipationRow::performanceYear).reversed()
                .thenComparing(ParticipationRow::acoId).thenComparing(ParticipationRow::tin)));
        return byNpi;
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
