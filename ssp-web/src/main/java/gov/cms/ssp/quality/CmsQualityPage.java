package gov.cms.ssp.quality;

import gov.cms.ssp.shared.DisplayFormat;
import gov.cms.ssp.participant.RowProblem;
import gov.cms.ssp.participant.UploadResult;
import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.web.Feedback;
import gov.cms.ssp.aco.AcoService;
import gov.cms.ssp.aco.AcoSummary;
import gov.cms.ssp.shared.PageRequest;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;

/**
 * Every ACO's quality for a PY (late and incomplete reporting named, the score and outcome once
 * scored, one ACO's report explained on request) and the files CMS loads: the CAHPS for MIPS survey
 * results, the claims-based measures, its per-ACO determinations (by file, or one ACO on the form) and the
 * participant TINs' Promoting Interoperability scores; and the administrator's release of the PY's results.
 */
@Named
@ViewScoped
public class CmsQualityPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private QualityReportService reports;
    @EJB
    private CmsQualityLoadService loads;
    @EJB
    private QualityReleaseService releases;
    @EJB
    private AcoService acos;

    /** The determinations form's fields by the file's column names, each message shown beside its field. */
    private static final Map<String, String> FIELDS = Map.of("aco_id", "determination:aco",
            "underserved_share", "determination:share", "measures_in_top_third", "determination:top",
            "measures_in_middle_third", "determination:middle", "improvement_points", "determination:improvement",
            "euc_affected", "determination:euc", "improvement_activities", "determination:activities");

    private String formAco;
    private String formShare;
    private String formTop;
    private String formMiddle;
    private String formImprovement;
    private String formEuc = "N";
    private String formActivities;
    private List<AcoSummary> programAcos;
    private QualityReleaseService.ReleaseResult lastRelease;

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

    public void uploadInteroperability(FileUploadEvent e) {
        upload(CmsQualityFile.Kind.INTEROPERABILITY, e);
    }

    /** The form shows what CMS has on record for the chosen ACO, or empty fields. */
    public void formAcoChanged() {
        var held = formAco == null ? java.util.Optional.<CmsQualityLoadService.DeterminationForm>empty()
                : loads.determination(performanceYear, AcoId.of(formAco));
        formShare = held.map(CmsQualityLoadService.DeterminationForm::underservedShare).orElse(null);
        formTop = held.map(CmsQualityLoadService.DeterminationForm::measuresInTopThird).orElse(null);
        formMiddle = held.map(CmsQualityLoadService.DeterminationForm::measuresInMiddleThird).orElse(null);
        formImprovement = held.map(CmsQualityLoadService.DeterminationForm::improvementPoints).orElse(null);
        formEuc = held.map(CmsQualityLoadService.DeterminationForm::eucAffected).orElse("N");
        formActivities = held.map(CmsQualityLoadService.DeterminationForm::improvementActivities).orElse(null);
    }

    public void saveDetermination() {
        UploadResult r = loads.saveDetermination(performanceYear, new CmsQualityLoadService.DeterminationForm(formAco, formShare,
                formTop, formMiddle, formImprovement, formEuc, formActivities));
        if (r.saved()) {
            Feedback.info("Saved the PY" + performanceYear + " determinations of " + formAco + ".");
            load();
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        for (RowProblem p : r.problems()) {
            faces.addMessage(FIELDS.get(p.column()), new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    p.problem() + (p.fix() == null ? "" : ". " + p.fix()), null));
        }
        faces.validationFailed();
    }

    /** Releases the PY's results (confirmed on the page first): then public on ACO pages and in the lookup. */
    public void release() {
        lastRelease = releases.release(performanceYear);
        Feedback.info("Released the PY" + performanceYear + " quality results of " + DisplayFormat.count(lastRelease.released().size(), "ACO", "ACOs")
                + (lastRelease.notScored().isEmpty() ? "." : "; not released, not scored yet: " + String.join(", ", lastRelease.notScored()) + "."));
    }

    public List<AcoSummary> getProgramAcos() {
        if (programAcos == null) {
            programAcos = acos.search(new PageRequest(0, 500, "acoId", true, Map.of())).rows();
        }
        return programAcos;
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
    public String getFormAco() { return formAco; }
    public void setFormAco(String v) { formAco = v; }
    public String getFormShare() { return formShare; }
    public void setFormShare(String v) { formShare = v; }
    public String getFormTop() { return formTop; }
    public void setFormTop(String v) { formTop = v; }
    public String getFormMiddle() { return formMiddle; }
    public void setFormMiddle(String v) { formMiddle = v; }
    public String getFormImprovement() { return formImprovement; }
    public void setFormImprovement(String v) { formImprovement = v; }
    public String getFormEuc() { return formEuc; }
    public void setFormEuc(String v) { formEuc = v; }
    public String getFormActivities() { return formActivities; }
    public void setFormActivities(String v) { formActivities = v; }
    public QualityReleaseService.ReleaseResult getLastRelease() { return lastRelease; }
}
