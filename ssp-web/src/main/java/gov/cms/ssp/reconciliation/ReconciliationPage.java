package gov.cms.ssp.reconciliation;

import gov.cms.ssp.agreement.Track;
import gov.cms.ssp.shared.web.Feedback;
import gov.cms.ssp.shared.web.LazyTable;
import gov.cms.ssp.shared.web.TableExport;
import org.primefaces.model.StreamedContent;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The analyst's reconciliation desk for a PY: start a run (a batch job) and watch its progress, resume
 * it if it stopped, approve and release it; the results table and the savings distribution.
 */
@Named
@ViewScoped
public class ReconciliationPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private ReconciliationRunService runs;
    @EJB
    private FinancialInputService inputs;

    private int performanceYear = 2023;
    private List<RunView> yearRuns;
    private RunView selected;
    private LazyTable<ResultRow> results;
    /** why a released PY is run again (a correction) */
    private String reason;
    /** what the approving or releasing analyst checked */
    private String note;

    @PostConstruct
    void init() {
        results = new LazyTable<>(r -> runs.results(selected == null ? -1 : selected.id(), r), ResultRow::acoId);
        load();
    }

    private void load() {
        yearRuns = runs.runs(performanceYear);
        selected = yearRuns.isEmpty() ? null : yearRuns.get(0);
    }

    public void yearChanged() {
        load();
    }

    public void start() {
        selected = runs.start(performanceYear, reason);
        reason = null;
        yearRuns = runs.runs(performanceYear);
        Feedback.info("Started reconciliation run " + selected.id() + " for PY" + performanceYear
                + (selected.revision() > 1 ? ", revision " + selected.revision() : "") + ".");
    }

    public void open(long runId) {
        selected = runs.run(runId);
    }

    /** Called by the poll while the job runs. */
    public void refresh() {
        if (selected != null) {
            selected = runs.run(selected.id());
            if (!selected.isRunning()) {
                yearRuns = runs.runs(performanceYear);
            }
        }
    }

    public void resume() {
        selected = runs.resume(selected.id());
        Feedback.info("Resumed run " + selected.id() + ": only the ACOs still missing are reconciled.");
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

    /** The released revision of the PY a new run would correct, or null when the PY was never released. */
    public RunView getReleased() {
        return yearRuns == null ? null : yearRuns.stream().filter(r -> r.status() == RunStatus.RELEASED).findFirst().orElse(null);
    }

    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }

    public boolean isRunning() {
        return selected != null && selected.isRunning();
    }

    public String getDistributionChart() {
        return selected == null ? null : SettlementCharts.savingsDistribution(runs.allResults(selected.id()));
    }

    public long getInputCount() {
        return inputs.count(performanceYear);
    }

    public List<Integer> getPerformanceYears() {
        return EstimateRequest.supportedYears();
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
