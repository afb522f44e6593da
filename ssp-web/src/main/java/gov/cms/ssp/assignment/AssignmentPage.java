package gov.cms.ssp.assignment;

import gov.cms.ssp.shared.DisplayFormat;
import gov.cms.ssp.reconciliation.ReconciliationRunService;
import gov.cms.ssp.reconciliation.RunView;
import gov.cms.ssp.shared.web.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Year;
import java.util.List;

/**
 * The analyst's claims-to-settlement desk: load a data year's files (the browser sends them in parts
 * through the API, with a progress bar; this bean lists what is loaded), run assignment and expenditures
 * for a PY as a batch job and watch each step, then start the draft reconciliation from its inputs.
 */
@Named
@ViewScoped
public class AssignmentPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private DataLoadService data;
    @EJB
    private AssignmentRunService runs;
    @EJB
    private ReconciliationRunService reconciliation;

    private int dataYear = Year.now().getValue() - 1;
    private int performanceYear = Year.now().getValue() - 1;
    private List<DataFileView> files;
    private List<AssignmentRunView> yearRuns;
    private AssignmentRunView selected;
    private List<AssignmentRunService.AcoSummaryRow> summary;

    @PostConstruct
    void init() {
        loadFiles();
        loadRuns();
    }

    public void loadFiles() {
        files = data.files(dataYear);
    }

    private void loadRuns() {
        yearRuns = runs.runs(performanceYear);
        selected = yearRuns.isEmpty() ? null : yearRuns.get(0);
        loadSummary();
    }

    private void loadSummary() {
        summary = selected != null && selected.isComplete() ? runs.summary(selected.id(), performanceYear) : List.of();
    }

    public void yearChanged() {
        loadRuns();
    }

    /** 0: the PY's final run with its benchmark years; 1–4: a quarterly report's run. */
    private int quarter;

    public void start() {
        selected = runs.start(performanceYear, quarter == 0 ? null : quarter);
        yearRuns = runs.runs(performanceYear);
        summary = List.of();
        Feedback.info(quarter == 0 ? "Started assignment run " + selected.id() + " for PY" + performanceYear + " and "
                + DisplayFormat.count(selected.years().size() - 1, "benchmark year", "benchmark years") + "."
                : "Started assignment run " + selected.id() + " for the quarter " + quarter + " report of PY" + performanceYear + ".");
    }

    public int getQuarter() {
        return quarter;
    }

    public void setQuarter(int quarter) {
        this.quarter = quarter >= 0 && quarter <= 4 ? quarter : 0;
    }

    public void open(long runId) {
        selected = runs.run(runId);
        loadSummary();
    }

    /** Called by the poll while the job runs. */
    public void refresh() {
        if (selected != null) {
            selected = runs.run(selected.id());
            if (!selected.isRunning()) {
                yearRuns = runs.runs(performanceYear);
                loadSummary();
            }
        }
    }

    public void resume() {
        selected = runs.resume(selected.id());
        Feedback.info("Resumed run " + selected.id() + ": only the years and partitions still missing are computed.");
    }

    /** One click from the pipeline's inputs to a draft reconciliation run. */
    public String reconcile() {
        RunView run = reconciliation.start(performanceYear, null);
        Feedback.info("Started draft reconciliation run " + run.id() + " for PY" + performanceYear
                + " from the inputs of assignment run " + selected.id() + ".");
        jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/cms/reconciliation?faces-redirect=true&py=" + performanceYear;
    }

    public List<String> getFileNames() {
        return AssignmentFiles.uploadable();
    }

    public boolean isLoaded(String name) {
        return files.stream().anyMatch(f -> f.fileName().equals(name));
    }

    public int getDataYear() {
        return dataYear;
    }

    public void setDataYear(int dataYear) {
        this.dataYear = dataYear;
    }

    public int getPerformanceYear() {
        return performanceYear;
    }

    public void setPerformanceYear(int performanceYear) {
        this.performanceYear = performanceYear;
    }

    public List<DataFileView> getFiles() {
        return files;
    }

    public List<AssignmentRunView> getYearRuns() {
        return yearRuns;
    }

    public AssignmentRunView getSelected() {
        return selected;
    }

    public List<AssignmentRunService.AcoSummaryRow> getSummary() {
        return summary;
    }

    public boolean isRunning() {
        return selected != null && selected.isRunning();
    }

    public long getPartBytes() {
        return DataLoadService.MAX_PART_BYTES;
    }
}
