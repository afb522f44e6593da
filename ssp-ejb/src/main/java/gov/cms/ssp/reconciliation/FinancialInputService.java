package gov.cms.ssp.reconciliation;

import gov.cms.ssp.agreement.AgreementService;
import gov.cms.ssp.audit.AuditLog;
import gov.cms.ssp.audit.FieldChange;
import gov.cms.ssp.agreement.AgreementTerms;
import gov.cms.ssp.agreement.Track;
import gov.cms.ssp.reconciliation.puf.PufColumns;
import gov.cms.ssp.reconciliation.puf.PufLayout;
import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.BusinessException;
import gov.cms.ssp.shared.CallerContext;
import gov.cms.ssp.shared.Page;
import gov.cms.ssp.shared.PageRequest;
import gov.cms.ssp.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The financial inputs a reconciliation is computed from: CMS staff read them, a CMS financial
 * analyst imports them from a PUF-layout file (all or nothing) or types them in.
 */
@Stateless
@RolesAllowed({Role.CMS_ADMIN, Role.CMS_REVIEWER, Role.CMS_ANALYST})
public class FinancialInputService {
    /** a PUF of every ACO is about 1 MB; anything far bigger is not an input file */
    public static final int MAX_FILE_BYTES = 5 * 1024 * 1024;
    static final String HAND_ENTERED = "entered by hand";
    private static final Map<String, String> SORTABLE = Map.of("acoId", "f.acoId", "track", "f.track",
            "assignedBeneficiaries", "f.assignedBeneficiaries", "totalBenchmark", "f.totalBenchmark",
            "totalExpenditures", "f.totalExpenditures");

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerContext caller;

    @EJB
    private AgreementService agreements;

    @Inject
    private AuditLog audit;

    public Page<FinancialInputView> search(int performanceYear, @NotNull PageRequest request) {
        StringBuilder where = new StringBuilder(" where f.performanceYear = :year");
        Map<String, Object> params = new HashMap<>();
        params.put("year", performanceYear);
        String aco = request.filter("acoId");
        if (aco != null) {
            where.append(" and (upper(f.acoId) like :aco or exists (select 1 from Aco n where n.acoId = f.acoId"
                    + " and upper(n.legalName) like :aco))"); // the ACO's ID or name
            params.put("aco", "%" + aco.toUpperCase(Locale.ROOT) + "%");
        }
        String track = request.filter("track");
        if (track != null) {
            where.append(" and f.track = :track");
            params.put("track", Track.valueOf(track));
        }
        String order = SORTABLE.getOrDefault(request.sortField() == null ? "" : request.sortField(), "f.acoId");
        TypedQuery<FinancialInput> rows = em.createQuery("select f from FinancialInput f" + where + " order by " + order
                + (request.ascending() ? " asc" : " desc") + ", f.id", FinancialInput.class);
        TypedQuery<Long> count = em.createQuery("select count(f) from FinancialInput f" + where, Long.class);
        params.forEach((k, v) -> {
            rows.setParameter(k, v);
            count.setParameter(k, v);
        });
        return new Page<>(rows.setFirstResult(request.first()).setMaxResults(request.pageSize())
                .getResultStream().map(FinancialInputView::of).toList(), count.getSingleResult());
    }

    /** The ACOs with inputs for one performance period of the PY (PY2019: each six-month period apart). */
    public long count(int performanceYear, @NotNull PerformancePeriod period) {
        return em.createQuery("select count(f) from FinancialInput f where f.performanceYear = :year and f.performancePeriod = :period",
                        Long.class)
                .setParameter("year", performanceYear).setParameter("period", period).getSingleResult();
    }

    public long count(int performanceYear) {
        return em.createQuery("select count(f) from FinancialInput f where f.performanceYear = :year", Long.class)
                .setParameter("year", performanceYear).getSingleResult();
    }

    /**
     * Imports a whole file or nothing: every bad row is reported with its row and column, and the
     * inputs are only saved when the file has no problem at all. An ACO already having inputs for
     * the PY gets them replaced (a corrected file).
     */
    @RolesAllowed(Role.CMS_ANALYST)
    public ImportReport importFile(int performanceYear, @NotNull String fileName, @NotNull byte[] content) {
        return importFile(performanceYear, fileName, content, Set.of());
    }

    /**
     * As {@link #importFile(int, String, byte[])}; a file without problems whose rows are implausible
     * for the PY ({@link PlausibleRange}) is saved only when the analyst has confirmed every such row
     * (by its row number); each confirmation is recorded in the audit trail.
     */
    @RolesAllowed(Role.CMS_ANALYST)
    public ImportReport importFile(int performanceYear, @NotNull String fileName, @NotNull byte[] content,
                                   @NotNull Set<Long> confirmedRows) {
        if (!fileName.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            throw new BusinessException("Upload a CSV file (.csv) in the layout of CMS's per-ACO results; " + fileName + " is not one.");
        }
        if (content.length > MAX_FILE_BYTES) {
            throw new BusinessException("The file is larger than " + (MAX_FILE_BYTES / 1024 / 1024) + " MB.");
        }
        if (performanceYear < EstimateRequest.FIRST_YEAR || performanceYear > PufLayout.LAST_YEAR) {
            throw new BusinessException("Financial inputs can be imported for PY" + EstimateRequest.FIRST_YEAR + " to PY"
                    + PufLayout.LAST_YEAR + "; PY" + performanceYear + " is outside that range.");
        }
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        FinancialInputFile file;
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(content), decoder)) {
            file = FinancialInputFile.read(reader, performanceYear, fileName);
        } catch (java.io.IOException e) {
            throw new BusinessException("The file could not be read: " + e.getMessage());
        }
        List<ImportProblem> problems = new ArrayList<>(file.problems());
        Set<AcoId> known = new HashSet<>(em.createQuery("select a.acoId from Aco a", AcoId.class).getResultList());
        file.entries().stream().filter(e -> !known.contains(e.acoId())).forEach(e -> problems.add(
                new ImportProblem(e.row(), PufColumns.ACO_ID, e.acoId() + " is not an ACO of the program")));
        problems.sort(Comparator.comparingLong(ImportProblem::row));
        if (!problems.isEmpty()) {
            return new ImportReport(fileName, performanceYear, 0, problems);
        }
        PlausibleRange range = plausibleRange(performanceYear);
        List<ImportFlag> flagged = new ArrayList<>();
        for (FinancialInputFile.Entry entry : file.entries()) {
            List<String> findings = range.findings(entry.figures());
            if (!findings.isEmpty()) {
                flagged.add(new ImportFlag(entry.row(), entry.acoId().value(), findings));
            }
        }
        if (!flagged.stream().allMatch(f -> confirmedRows.contains(f.row()))) {
            return new ImportReport(fileName, performanceYear, 0, List.of(), flagged);
        }
        for (ImportFlag f : flagged) {
            audit.record(f.acoId(), "Financial input", f.acoId() + " PY" + performanceYear, "Implausible figures confirmed",
                    List.of(new FieldChange("Row " + f.row() + " of " + fileName, "flagged: " + f.text(), "confirmed")));
        }
        for (FinancialInputFile.Entry entry : file.entries()) {
            store(entry.acoId(), entry.figures(), fileName);
        }
        em.flush();
        return new ImportReport(fileName, performanceYear, file.entries().size(), List.of());
    }

    /** The PY's plausible range (reference data); a PY without a row of its own gets the latest PY's. */
    private PlausibleRange plausibleRange(int performanceYear) {
        PlausibleRange range = em.find(PlausibleRange.class, performanceYear);
        if (range != null) {
            return range;
        }
        return em.createQuery("select r from PlausibleRange r order by r.performanceYear desc", PlausibleRange.class)
                .setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no plausible input range on record"));
    }

    /** Inputs typed in by an analyst; replaces what the ACO had for that PY (and PY2019 period). Implausible figures are held. */
    @RolesAllowed(Role.CMS_ANALYST)
    public FinancialInputView enter(@NotNull(message = "The inputs are required") @Valid HandEnteredInput input) {
        return enter(input, false);
    }

    /**
     * As {@link #enter(HandEnteredInput)}; figures outside the PY's plausible range ({@link PlausibleRange},
     * the same reference data as the import's) are refused with their findings
     * ({@link ImplausibleInputException}) unless {@code implausibleConfirmed}: then they are saved and the
     * confirmation is recorded in the audit trail.
     */
    @RolesAllowed(Role.CMS_ANALYST)
    public FinancialInputView enter(@NotNull(message = "The inputs are required") @Valid HandEnteredInput input,
                                    boolean implausibleConfirmed) {
        AcoId acoId = AcoId.of(input.acoId());
        if (em.createQuery("select count(a) from Aco a where a.acoId = :id", Long.class).setParameter("id", acoId)
                .getSingleResult() == 0) {
            throw new BusinessException("There is no ACO with ID " + acoId + " in the program.");
        }
        int py = input.figures().performanceYear();
        AgreementTerms terms = agreements.history(acoId).termsIn(py).orElse(null);
        ReconciliationInput figures = figuresOf(acoId, input, terms);
        java.util.Map<PlausibleRange.Figure, String> findings = plausibleRange(py).findingsByFigure(figures);
        if (!findings.isEmpty()) {
            if (!implausibleConfirmed) {
                throw new ImplausibleInputException(acoId.value(), py, findings);
            }
            audit.record(acoId.value(), "Financial input", acoId.value() + " PY" + py, "Implausible figures confirmed",
                    List.of(new FieldChange("Entered by hand", "flagged: " + String.join("; ", findings.values()), "confirmed")));
        }
        FinancialInput stored = store(acoId, figures, HAND_ENTERED + " by " + caller.userName());
        em.flush();
        return FinancialInputView.of(stored);
    }

    /**
     * The engine's input from what the analyst typed: the level and, when left empty, the start and
     * agreement number of the ACO's agreement in force in the PY ({@code terms}, null when none is
     * recorded), and every other input the import takes.
     */
    static ReconciliationInput figuresOf(AcoId acoId, HandEnteredInput input, AgreementTerms terms) {
        int py = input.figures().performanceYear();
        try {
            ReconciliationInput.Builder b = EstimateService.input(input.figures()).toBuilder().track(levelIn(acoId, py, input.track(), terms));
            if (terms != null && input.figures().agreementStart() == null) {
                b.agreementStart(terms.agreementStart());
            }
            if (terms != null && input.figures().agreementPeriodNumber() == null) {
                b.agreementPeriodNumber(terms.agreementNumber());
            }
            withTheImportsOtherInputs(b, input);
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new BusinessException("The figures are inconsistent: " + e.getMessage());
        }
    }

    /** What the import reads beyond the estimator's figures, so that hand entry takes every input the import takes. */
    private static void withTheImportsOtherInputs(ReconciliationInput.Builder b, HandEnteredInput input) {
        ReconciliationInput so = b.build();
        if (input.lossLimitBasis() != null && so.track() != Track.TRACK_1_PLUS) {
            throw new BusinessException("The loss sharing limit basis is chosen for Track 1+ only; " + so.track().label()
                    + " has its own.");
        }
        if (!Boolean.TRUE.equals(input.midYearTermination()) && input.monthsBeforeTermination() != null) {
            throw new BusinessException("Months before the agreement ended are entered only when the agreement ended during the year.");
        }
        if (Boolean.TRUE.equals(input.guardrail()) && so.performanceYear() < 2024) {
            throw new BusinessException("The guardrail applies from PY2024 on.");
        }
        PerformancePeriod period = input.performancePeriod() == null ? PerformancePeriod.FULL_YEAR : input.performancePeriod();
        if (period.isSixMonths() && so.performanceYear() != 2019) {
            throw new BusinessException("Six-month performance years exist only in PY2019.");
        }
        b.cmsSetMinimumSavingsRate(input.cmsSetMinimumSavingsRate())
                .euc(input.eucReduction() == null || input.eucReduction().signum() == 0 ? EucAdjustment.none()
                        : EucAdjustment.determinedReduction(input.eucReduction()))
                .lossLimitBasis(input.lossLimitBasis())
                .performancePeriod(period)
                .guardrail(Boolean.TRUE.equals(input.guardrail()))
                .midYearTermination(Boolean.TRUE.equals(input.midYearTermination()))
                .monthsBeforeTermination(input.monthsBeforeTermination())
                .advancePaymentRecoupment(input.advancePaymentRecoupment());
    }

    /**
     * The track or level the inputs are reconciled under: the one of the ACO's agreement in force in the
     * PY when the program records one (an entry that names another is refused), else the one entered.
     */
    private static Track levelIn(AcoId acoId, int py, Track entered, AgreementTerms terms) {
        if (terms == null) {
            if (entered == null) {
                throw new BusinessException("Track is required: " + acoId + " has no agreement recorded for PY" + py + ".");
            }
            return entered;
        }
        if (entered != null && entered != terms.level()) {
            throw new BusinessException("In PY" + py + " " + acoId + " is at " + terms.level().label() + " under its agreement, not "
                    + entered.label() + "; the inputs are reconciled under the level in force.");
        }
        return terms.level();
    }

    private FinancialInput store(AcoId acoId, ReconciliationInput figures, String source) {
        FinancialInput existing = em.createQuery("select f from FinancialInput f where f.acoId = :aco and f.performanceYear = :year"
                        + " and f.performancePeriod = :period", FinancialInput.class)
                .setParameter("aco", acoId).setParameter("year", figures.performanceYear())
                .setParameter("period", figures.performancePeriod())
                .getResultStream().findFirst().orElse(null);
        if (existing != null) {
            existing.replaceFigures(figures, source);
            return existing;
        }
        FinancialInput created = new FinancialInput(acoId, figures, source);
        em.persist(created);
        return created;
    }
}
