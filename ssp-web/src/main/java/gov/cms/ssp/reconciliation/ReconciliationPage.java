package gov.cms.ssp.reconciliation;

import gov.cms.ssp.agreement.Track;
import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.web.Feedback;
import gov.cms.ssp.shared.web.LazyTable;
import gov.cms.ssp.shared.web.TableExport;
import org.primefaces.model.StreamedContent;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The analyst's reconciliation desk for a PY: start a run (a batch job) and watch its progress, resume
 * it if it stopped, decide on the ACOs it set aside, approve and release it, export it in CMS's layout;
 * the results table and the savings distribution.
 */
@Named
@ViewScoped
public class ReconciliationPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final BigDecimal HUNDRED = new BigDecimal(100);

    @EJB
    private ReconciliationRunService runs;
    @EJB
    private FinancialInputService inputs;
    @EJB
    private SetAsideService setAsideService;
    @EJB
    private ResultsExportService exports;

    private int performanceYear = 2023;
    private PerformancePeriod performancePeriod = PerformancePeriod.FULL_YEAR;
    private List<RunView> yearRuns;
    private RunView selected;
    private List<SetAsideView> setAside = List.of();
    private LazyTable<ResultRow> results;
    /** why a released PY is run again (a correction) */
    private String reason;
    /** what the approving or releasing analyst checked */
    private String note;
    private final Decision decision = new Decision();

    /** The analyst's decision on one set-aside ACO: the missing figures as people type them, or a reason to withhold it. */
    public static class Decision implements Serializable {
        private static final long serialVersionUID = 1L;
        private String acoId;
        private BigDecimal cmsSetMsrPercent;
        private BigDecimal participantRevenue;
        private LossLimitBasis lossLimitBasis;
        private Integer monthsBeforeTermination;
        private BigDecimal qualityScorePercent;
        private String withholdReason;

        EnteredFigures figures() {
            return new EnteredFigures(fraction(cmsSetMsrPercent), participantRevenue, lossLimitBasis, monthsBeforeTermination,
                    fraction(qualityScorePercent));
        }

        private static BigDecimal fraction(BigDecimal percent) {
            return percent == null ? null : percent.divide(HUNDRED, MathContext.DECIMAL128).stripTrailingZeros();
        }

        public String getAcoId() { return acoId; }
        public BigDecimal getCmsSetMsrPercent() { return cmsSetMsrPercent; }
        public void setCmsSetMsrPercent(BigDecimal v) { cmsSetMsrPercent = v; }
        public BigDecimal getParticipantRevenue() { return participantRevenue; }
        public void setParticipantRevenue(BigDecimal v) { participantRevenue = v; }
        public LossLimitBasis getLossLimitBasis() { return lossLimitBasis; }
        public void setLossLimitBasis(LossLimitBasis v) { lossLimitBasis = v; }
        public Integer getMonthsBeforeTermination() { return monthsBeforeTermination; }
        public void setMonthsBeforeTermination(Integer v) { monthsBeforeTermination = v; }
        public BigDecimal getQualityScorePercent() { return qualityScorePercent; }
        public void setQualityScorePercent(BigDecimal v) { qualityScorePercent = v; }
        public String getWithholdReason() { return withholdReason; }
        public void setWithholdReason(String v) { withholdReason = v; }
    }

    @PostConstruct
    void init() {
        results = new LazyTable<>(r -> runs.results(selected == null ? -1 : selected.id(), r), ResultRow::acoId);
        load();
    }

    private void load() {
        yearRuns = runs.runs(performanceYear);
        select(yearRuns.isEmpty() ? null : yearRuns.get(0));
    }

    private void select(RunView run) {
        selected = run;
        setAside = run == null ? List.of() : setAsideService.setAside(run.id());
        if (decision.acoId != null && setAside.stream().noneMatch(s -> s.acoId().equals(decision.acoId) && s.needsAttention())) {
            decision.acoId = null;
        }
    }

    public void yearChanged() {
        if (performanceYear != 2019) {
            performancePeriod = PerformancePeriod.FULL_YEAR;
        }
        load();
    }

    public void start() {
        RunView started = runs.start(performanceYear, performancePeriod, reason);
        reason = null;
        yearRuns = runs.runs(performanceYear);
        select(started);
        Feedback.info("Started reconciliation run " + selected.id() + " for " + selected.yearLabel()
                + (selected.revision() > 1 ? ", revision " + selected.revision() : "") + ".");
    }

    public void open(long runId) {
        select(runs.run(runId));
    }

    /** Called by the poll while the job runs. */
    public void refresh() {
        if (selected != null) {
            select(runs.run(selected.id()));
            if (!selected.isRunning()) {
                yearRuns = runs.runs(performanceYear);
            }
        }
    }

    public void resume() {
        selected = runs.resume(selected.id());
        Feedback.info("Resumed run " + selected.id() + ": only the ACOs still missing are reconciled.");
    }

    /** Opens the decision form for one set-aside ACO. */
    public void decide(String acoId) {
        decision.acoId = acoId;
        decision.cmsSetMsrPercent = null;
        decision.participantRevenue = null;
        decision.lossLimitBasis = null;
        decision.monthsBeforeTermination = null;
        decision.qualityScorePercent = null;
        decision.withholdReason = null;
    }

    public SetAsideView getDeciding() {
        return decision.acoId == null ? null
                : setAside.stream().filter(s -> s.acoId().equals(decision.acoId)).findFirst().orElse(null);
    }

    private static final java.util.Map<String, String> DECISION_FIELDS = java.util.Map.of(
            "cmsSetMinimumSavingsRate", "runForm:cmsMsr", "participantRevenue", "runForm:revenue",
            "lossLimitBasis", "runForm:basis", "monthsBeforeTermination", "runForm:months", "qualityScore", "runForm:score");

    public void enterFigures() {
        SetAsideView done;
        try {
            done = setAsideService.enter(selected.id(), AcoId.of(decision.acoId), decision.figures());
        } catch (RuntimeException e) {
            if (Feedback.besideFields(e, DECISION_FIELDS)) {
                return;
            }
            throw e;
        }
        Feedback.info(done.needsAttention()
                ? decision.acoId + " still needs attention: " + String.join(" ", done.reasons())
                : decision.acoId + " was recomputed with " + done.decisionNote() + ".");
        refresh();
        yearRuns = runs.runs(performanceYear);
    }

    public void withhold() {
        if (decision.withholdReason == null || decision.withholdReason.isBlank()) {
            jakarta.faces.context.FacesContext.getCurrentInstance().addMessage("runForm:withholdReason",
                    new jakarta.faces.application.FacesMessage(jakarta.faces.application.FacesMessage.SEVERITY_ERROR,
                            "Give the reason for withholding " + decision.acoId + " from the run.", null));
            return;
        }
        setAsideService.withhold(selected.id(), AcoId.of(decision.acoId), decision.withholdReason);
        Feedback.info(decision.acoId + " is withheld from run " + selected.id() + ".");
        refresh();
        yearRuns = runs.runs(performanceYear);
    }

    public void approve() {
        selected = runs.approve(selected.id(), note);
        note = null;
        yearRuns = runs.runs(performanceYear);
        Feedback.info("Approved run " + selected.id() + ". ACOs will see it once it is released.");
    }

    public void release() {
        selected = runs.release(selected.id(), note);
        note = null;
        yearRuns = runs.runs(performanceYear);
        Feedback.info("Released run " + selected.id() + ": each ACO now sees its own settlement report.");
    }

    /** The released run's results in CMS's per-ACO results layout of its PY. */
    public StreamedContent getExport() {
        ResultsExport export = exports.export(selected.id());
        byte[] bytes = export.csv().getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name(export.fileName()).contentType("text/csv;charset=UTF-8")
                .contentLength((long) bytes.length).stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public String getExportNote() {
        return selected == null ? null : gov.cms.ssp.reconciliation.puf.PufResultsWriter.layoutFor(selected.performanceYear()).note();
    }

    /** The released revision of the PY a new run would correct, or null when the PY was never released. */
    public RunView getReleased() {
        return yearRuns == null ? null : yearRuns.stream()
                .filter(r -> r.status() == RunStatus.RELEASED && r.performancePeriod() == performancePeriod).findFirst().orElse(null);
    }

    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public Decision getDecision() { return decision; }
    public List<SetAsideView> getSetAside() { return setAside; }

    public boolean isRunning() {
        return selected != null && selected.isRunning();
    }

    public String getDistributionChart() {
        return selected == null ? null : SettlementCharts.savingsDistribution(runs.allResults(selected.id()));
    }

    public long getInputCount() {
        return inputs.count(performanceYear, performancePeriod);
    }

    public List<Integer> getPerformanceYears() {
        return EstimateRequest.supportedYears();
    }

    public List<PerformancePeriod> getPeriods() {
        return Arrays.asList(PerformancePeriod.values());
    }

    public List<LossLimitBasis> getLossLimitBases() {
        return Arrays.asList(LossLimitBasis.values());
    }

    public String basisLabel(LossLimitBasis basis) {
        return basis == LossLimitBasis.REVENUE ? "ACO participants' revenue (8%, at most 4% of the benchmark)" : "Benchmark (4%)";
    }

    public List<Track> getTracks() {
        return Arrays.asList(Track.values());
    }

    public List<PerformanceOutcome> getOutcomes() {
        return Arrays.asList(PerformanceOutcome.values());
    }

    public String outcomeLabel(PerformanceOutcome o) {
        return ReconciledFigures.outcomeLabel(o);
    }

    public int getPerformanceYear() { return performanceYear; }
    public void setPerformanceYear(int v) { performanceYear = v; }
    public PerformancePeriod getPerformancePeriod() { return performancePeriod; }
    public void setPerformancePeriod(PerformancePeriod v) { performancePeriod = v == null ? PerformancePeriod.FULL_YEAR : v; }
    public List<RunView> getYearRuns() { return yearRuns; }
    public RunView getSelected() { return selected; }
    public LazyTable<ResultRow> getResults() { return results; }

    static final TableExport<ResultRow> RESULTS_EXPORT = TableExport.of("reconciliation-results",
            TableExport.text("ACO ID", ResultRow::acoId), TableExport.text("ACO name", ResultRow::acoName),
            TableExport.text("Track / level", ResultRow::trackLabel), TableExport.text("Outcome", ResultRow::outcomeLabel),
            TableExport.count("Assigned beneficiaries", ResultRow::assignedBeneficiaries),
            TableExport.dollars("Total benchmark", ResultRow::totalBenchmark),
            TableExport.dollars("Total expenditures", ResultRow::totalExpenditures),
            TableExport.percent("Savings rate", ResultRow::savingsRate), TableExport.dollars("Net (+ paid / − owed)", ResultRow::netAmount));

    /** The results of the open run with the table's filters, every row. */
    public StreamedContent getCsv() {
        return RESULTS_EXPORT.csv(results.exportRows());
    }

    public StreamedContent getXlsx() {
        return RESULTS_EXPORT.xlsx(results.exportRows());
    }
}
