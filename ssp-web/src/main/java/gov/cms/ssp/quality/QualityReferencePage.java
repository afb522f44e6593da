package gov.cms.ssp.quality;

import gov.cms.ssp.shared.DisplayFormat;
import gov.cms.ssp.participant.RowProblem;
import gov.cms.ssp.participant.UploadResult;
import gov.cms.ssp.shared.web.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/**
 * A PY's quality reference data and reporting window, for CMS administrators: the measure set, the
 * benchmark deciles and the parameters (thresholds, percentile standard, health equity), each loaded as
 * a new version of its CSV file (checked with the other two, every problem by row and column).
 */
@Named
@ViewScoped
public class QualityReferencePage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private QualityReferenceService reference;

    private int performanceYear = 2023;
    private LocalDate opensOn;
    private LocalDate closesOn;
    private transient QualityReferenceData data;
    private List<RowProblem> problems = List.of();
    private String problemSource;

    @PostConstruct
    void init() {
        load();
    }

    private void load() {
        data = reference.current(performanceYear);
        var w = reference.window(performanceYear);
        opensOn = w.map(QualityReportingWindow::getOpensOn).orElse(null);
        closesOn = w.map(QualityReportingWindow::getClosesOn).orElse(null);
    }

    public void yearChanged() {
        problems = List.of();
        load();
    }

    public void saveWindow() {
        reference.setWindow(performanceYear, opensOn, closesOn);
        Feedback.info("PY" + performanceYear + " quality reporting is open from " + gov.cms.ssp.shared.DisplayFormat.date(opensOn)
                + " to " + gov.cms.ssp.shared.DisplayFormat.date(closesOn) + ".");
    }

    public void uploadParameters(FileUploadEvent e) {
        upload(QualityReferenceFiles.PARAMETERS, e);
    }

    public void uploadMeasures(FileUploadEvent e) {
        upload(QualityReferenceFiles.MEASURES, e);
    }

    public void uploadBenchmarks(FileUploadEvent e) {
        upload(QualityReferenceFiles.BENCHMARKS, e);
    }

    private void upload(String name, FileUploadEvent e) {
        UploadResult r = reference.load(performanceYear, name, e.getFile().getContent());
        if (r.saved()) {
            problems = List.of();
            Feedback.info("Loaded a new " + name + " for PY" + performanceYear + "; scoring uses it from now on.");
            load();
        } else {
            problems = r.problems();
            problemSource = e.getFile().getFileName();
            Feedback.error(problemSource + " has " + DisplayFormat.count(r.problems().size(), "problem", "problems") + "; nothing was loaded.");
        }
    }

    public QualityReferenceData getData() {
        if (data == null) {
            load();
        }
        return data;
    }

    public String getSource() {
        return reference.source(performanceYear);
    }

    public List<Integer> getPerformanceYears() {
        return QualityReferenceData.standardYears();
    }

    public int getPerformanceYear() { return performanceYear; }
    public void setPerformanceYear(int v) { performanceYear = v; }
    public LocalDate getOpensOn() { return opensOn; }
    public void setOpensOn(LocalDate v) { opensOn = v; }
    public LocalDate getClosesOn() { return closesOn; }
    public void setClosesOn(LocalDate v) { closesOn = v; }
    public List<RowProblem> getProblems() { return problems; }
    public String getProblemSource() { return problemSource; }
}
