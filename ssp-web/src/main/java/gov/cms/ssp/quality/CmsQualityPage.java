package gov.cms.ssp.quality;

import gov.cms.ssp.shared.DisplayFormat;
import gov.cms.ssp.participant.RowProblem;
import gov.cms.ssp.participant.UploadResult;
import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.web.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/**
 * Every ACO's quality for a PY (late and incomplete reporting named, the score and outcome once
 * scored, one ACO's report explained on request) and the files CMS loads: the CAHPS for MIPS survey
 * results, the claims-based measures and its per-ACO determinations.
 */
@Named
@ViewScoped
public class CmsQualityPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private QualityReportService reports;
    @EJB
    private CmsQualityLoadService loads;

    private int performanceYear = 2023;
    private List<QualityOutcomeRow> outcomes = List.of();
    private QualityReportView selected;
    private List<RowProblem> problems = List.of();
    private String problemSource;

    @PostConstruct
    void init() {
        load();
    }

    private void load() {
        outcomes = reports.outcomes(performanceYear);
        selected = null;
    }

    public void yearChanged() {
        problems = List.of();
        load();
    }

    public void select(String acoId) {
        selected = reports.report(AcoId.of(acoId), performanceYear);
    }

    public void uploadCahps(FileUploadEvent e) {
        upload(CmsQualityFile.Kind.CAHPS, e);
    }

    public void uploadClaims(FileUploadEvent e) {
        upload(CmsQualityFile.Kind.CLAIMS, e);
    }

    public void uploadDeterminations(FileUploadEvent e) {
        upload(CmsQualityFile.Kind.DETERMINATIONS, e);
    }

    private void upload(CmsQualityFile.Kind kind, FileUploadEvent e) {
        UploadResult r = loads.load(performanceYear, kind, e.getFile().getFileName(), e.getFile().getContent());
        if (r.saved()) {
            problems = List.of();
            Feedback.info("Loaded " + DisplayFormat.count(r.rows(), "row", "rows") + " of " + kind.label() + " for PY" + performanceYear + ".");
            load();
        } else {
            problems = r.problems();
            problemSource = e.getFile().getFileName();
            Feedback.error(problemSource + " has " + DisplayFormat.count(r.problems().size(), "problem", "problems") + "; nothing was loaded.");
        }
    }

    public List<Integer> getPerformanceYears() {
        return QualityReferenceData.standardYears();
    }

    public int getPerformanceYear() { return performanceYear; }
    public void setPerformanceYear(int v) { performanceYear = v; }
    public List<QualityOutcomeRow> getOutcomes() { return outcomes; }
    public QualityReportView getSelected() { return selected; }
    public List<RowProblem> getProblems() { return problems; }
    public String getProblemSource() { return problemSource; }
}
