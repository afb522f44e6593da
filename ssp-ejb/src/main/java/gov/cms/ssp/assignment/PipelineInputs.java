package gov.cms.ssp.assignment;

import gov.cms.ssp.agreement.AgreementService;
import gov.cms.ssp.agreement.AgreementTerms;
import gov.cms.ssp.reconciliation.FinancialInput;
import gov.cms.ssp.reconciliation.MinimumSavingsRateChoice;
import gov.cms.ssp.reconciliation.QualityOutcome;
import gov.cms.ssp.reconciliation.ReconciliationInput;
import gov.cms.ssp.shared.AcoId;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The PY's results become each ACO's financial inputs (spec G), marked as coming from the run: head
 * count N_AB, total expenditure (PC × PY) and, when the run computed the ACO's three benchmark years and
 * CMS loaded the national figures, the benchmark from {@link PipelineBenchmark}
 * (HistoricalBenchmarkCalculator). Figures the pipeline does not compute — quality, revenue, an
 * elected MSR — are kept from the ACO's inputs when it had some; else quality is "not reported" until
 * an analyst enters it. Every figure of a created input traces back to the run's beneficiary rows.
 */
@Dependent
public class PipelineInputs {
    /** The source of inputs created by a run; the run id follows. */
    public static final String SOURCE = "assignment run ";

    @PersistenceContext
    private EntityManager em;
    @Inject
    private RunStore store;
    @EJB
    private AgreementService agreements;

    @Transactional
    public void create(long runId) {
        int py = store.performanceYear(runId);
        if (store.quarter(runId) != 0) {
            // a quarterly report is informational (425.400(a)(2)(ii)): it never becomes a reconciliation input
            store.update("update assignment_run set inputs_created = 0, inputs_note = ?, status = 'COMPLETE', finished_at = ?,"
                    + " problem = null where id = ?", "Quarterly report: not a reconciliation input", Instant.now(), runId);
            return;
        }
        Map<String, AcoYearFigures> pyFigures = figures(runId, py);
        Set<Integer> summarized = new HashSet<>(store.query("select data_year from assignment_run_year where run_id = ?"
                + " and summarized", rs -> rs.getInt(1), runId));
        Set<String> known = new HashSet<>();
        em.createQuery("select a.acoId from Aco a", AcoId.class).getResultList().forEach(a -> known.add(a.value()));
        Map<Integer, Map<String, AcoYearFigures>> byYear = new HashMap<>();
        List<String> notes = new ArrayList<>();
        int created = 0;
        for (AcoYearFigures figures : pyFigures.values()) {
            String aco = figures.acoId();
            if (figures.assigned() == 0) {
                continue;
            }
            if (!known.contains(aco)) {
                notes.add(aco + ": not an ACO of the program");
                continue;
            }
            AgreementTerms terms = agreements.history(AcoId.of(aco)).termsIn(py).orElse(null);
            if (terms == null) {
                notes.add(aco + ": no agreement in force in PY" + py);
                continue;
            }
            FinancialInput existing = em.createQuery("select f from FinancialInput f where f.acoId = :aco and f.performanceYear = :py",
                    FinancialInput.class).setParameter("aco", AcoId.of(aco)).setParameter("py", py).getResultStream()
                    .findFirst().orElse(null);
            BigDecimal benchmark = null;
            int by3 = terms.agreementStart().getYear() - 1;
            List<Integer> bys = List.of(by3 - 2, by3 - 1, by3);
            if (summarized.containsAll(bys)) {
                try {
                    List<AcoYearFigures> byFigures = new ArrayList<>();
                    for (int y : bys) {
                        AcoYearFigures f = byYear.computeIfAbsent(y, year -> figures(runId, year)).get(aco);
                        if (f == null) {
                            throw new IllegalArgumentException("no results in " + y);
                        }
                        byFigures.add(f);
                    }
                    List<Integer> all = List.of(bys.get(0), bys.get(1), bys.get(2), py);
                    List<PipelineBenchmark.NationalYear> national = new ArrayList<>();
                    List<Map<EnrollmentType, BigDecimal>> risk = new ArrayList<>();
                    for (int y : all) {
                        national.add(new PipelineBenchmark.NationalYear(y, byType("select enrollment_type, national_per_capita"
                                + " from benchmark_national_year where data_year = ?", y)));
                        Map<EnrollmentType, BigDecimal> scores = byType("select enrollment_type, risk_score from benchmark_risk_score"
                                + " where data_year = ? and aco_id = ?", y, aco);
                        if (scores.size() == EnrollmentType.values().length) {
                            risk.add(scores);
                        }
                    }
                    benchmark = new PipelineBenchmark().benchmark(byFigures, figures, national,
                            risk.size() == all.size() ? risk : List.of(), terms.agreementNumber() == 1).totalBenchmark();
                } catch (IllegalArgumentException e) {
                    notes.add(aco + ": benchmark not computed (" + e.getMessage() + ")");
                }
            } else {
                notes.add(aco + ": benchmark years " + bys.get(0) + "–" + bys.get(2) + " not all computed in this run");
            }
            if (benchmark == null && existing == null) {
                notes.add(aco + ": no inputs created (no benchmark)");
                continue;
            }
            ReconciliationInput.Builder b = existing != null ? existing.toReconciliationInput().toBuilder()
                    : ReconciliationInput.builder().performanceYear(py).track(terms.level())
                            .agreementStart(terms.agreementStart()).agreementPeriodNumber(terms.agreementNumber())
                            .minimumSavingsRateChoice(terms.msrMlr() == null || terms.msrMlr().rate() == null
                                    ? MinimumSavingsRateChoice.variableRate() : MinimumSavingsRateChoice.fixed(terms.msrMlr().rate()))
                            .quality(QualityOutcome.notReported());
            b.assignedBeneficiaries(figures.assigned()).totalExpenditures(figures.totalExpenditure());
            if (figures.assigned() < TinEstimates.MINIMUM) {
                // below 5,000 the MSR is the one CMS sets (425.110(b)); loaded as reference data, else kept from the inputs
                List<BigDecimal> msr = store.query("select cms_set_msr from benchmark_aco_msr where data_year = ? and aco_id = ?",
                        rs -> rs.getBigDecimal(1), py, aco);
                if (!msr.isEmpty()) {
                    b.cmsSetMinimumSavingsRate(msr.get(0));
                } else if (existing == null || existing.toReconciliationInput().cmsSetMinimumSavingsRate() == null) {
                    notes.add(aco + ": " + figures.assigned() + " assigned (fewer than 5,000): load the MSR CMS set for it"
                            + " (Benchmark reference data), then run again");
                    continue;
                }
            }
            if (benchmark != null) {
                b.totalBenchmark(benchmark);
            }
            ReconciliationInput input;
            try {
                input = b.build();
            } catch (IllegalArgumentException e) {
                notes.add(aco + ": inputs inconsistent (" + e.getMessage() + ")");
                continue;
            }
            String source = SOURCE + runId + (benchmark == null ? " (benchmark kept from " + existing.getSource() + ")" : "");
            if (source.length() > 200) {
                source = source.substring(0, 200);
            }
            if (existing != null) {
                existing.replaceFigures(input, source);
            } else {
                em.persist(new FinancialInput(AcoId.of(aco), input, source));
            }
            created++;
        }
        em.flush();
        String note = String.join("; ", notes);
        store.update("update assignment_run set inputs_created = ?, inputs_note = ?, status = 'COMPLETE', finished_at = ?,"
                + " problem = null where id = ?", created, note.length() > 4000 ? note.substring(0, 4000) : note, Instant.now(), runId);
    }

    private Map<EnrollmentType, BigDecimal> byType(String sql, Object... params) {
        Map<EnrollmentType, BigDecimal> values = new EnumMap<>(EnrollmentType.class);
        store.query(sql, rs -> values.put(EnrollmentType.valueOf(rs.getString(1)), rs.getBigDecimal(2)), params);
        return values;
    }

    /** Every ACO's figures of one year of the run. */
    Map<String, AcoYearFigures> figures(long runId, int year) {
        Map<String, Map<EnrollmentType, Long>> months = new HashMap<>();
        Map<String, Map<EnrollmentType, BigDecimal>> perCapita = new HashMap<>();
        Map<String, BigDecimal> total = new HashMap<>();
        Map<String, Integer> assigned = new HashMap<>();
        store.query("select aco_id, enrollment_type, months, expenditure, per_capita, assigned from aco_year_summary"
                + " where run_id = ? and data_year = ? order by aco_id", rs -> {
                    String aco = rs.getString(1);
                    String type = rs.getString(2);
                    assigned.put(aco, rs.getInt(6));
                    if (type.equals("TOTAL")) {
                        total.put(aco, rs.getBigDecimal(4));
                    } else {
                        EnrollmentType t = EnrollmentType.valueOf(type);
                        months.computeIfAbsent(aco, a -> new EnumMap<>(EnrollmentType.class)).put(t, rs.getLong(3));
                        if (rs.getBigDecimal(5) != null) {
                            perCapita.computeIfAbsent(aco, a -> new EnumMap<>(EnrollmentType.class)).put(t, rs.getBigDecimal(5));
                        }
                    }
                    return null;
                }, runId, year);
        Map<String, AcoYearFigures> result = new java.util.TreeMap<>();
        for (String aco : assigned.keySet()) {
            result.put(aco, new AcoYearFigures(year, aco, months.getOrDefault(aco, Map.of()),
                    perCapita.getOrDefault(aco, Map.of()), total.getOrDefault(aco, BigDecimal.ZERO), assigned.get(aco)));
        }
        return result;
    }
}
