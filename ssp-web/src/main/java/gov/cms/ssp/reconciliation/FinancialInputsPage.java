package gov.cms.ssp.reconciliation;

import gov.cms.ssp.agreement.Track;
import gov.cms.ssp.aco.AcoService;
import gov.cms.ssp.aco.AcoSummary;
import gov.cms.ssp.shared.PageRequest;
import gov.cms.ssp.shared.web.Feedback;
import gov.cms.ssp.shared.web.LazyTable;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * Financial inputs of a PY: the table, the upload of a PUF-layout file (all or nothing, every problem
 * listed by row and column) and the form for typing one ACO's figures in.
 */
@Named
@ViewScoped
public class FinancialInputsPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private FinancialInputService inputs;
    @EJB
    private AcoService acos;

    private int performanceYear = 2023;
    private LazyTable<FinancialInputView> table;
    private ImportReport report;
    private List<AcoSummary> programAcos;

    // the by-hand form
    private String acoId;
    private Track track;
    private final EstimateForm form = new EstimateForm();

    @PostConstruct
    void init() {
        table = new LazyTable<>(r -> inputs.search(performanceYear, r), v -> Long.toString(v.id()));
        programAcos = acos.search(new PageRequest(0, 500, "acoId", true, Map.of())).rows();
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        report = inputs.importFile(performanceYear, file.getFileName(), file.getContent());
        if (report.isClean()) {
            Feedback.info("Imported the financial inputs of " + report.saved() + " ACO(s) for PY" + performanceYear
                    + " from " + report.fileName() + ".");
        } else {
            Feedback.error(report.fileName() + " has " + report.problems().size() + " problem(s); nothing was imported. "
                    + "Correct the file and upload it again.");
        }
    }

    public void enter() {
        FinancialInputView saved = inputs.enter(new HandEnteredInput(acoId, track, form.toRequest(performanceYear)));
        Feedback.info("Saved the PY" + saved.performanceYear() + " inputs of " + saved.acoId() + ".");
        report = null;
    }

    public void yearChanged() {
        report = null;
    }

    public boolean isProblems() {
        return report != null && !report.isClean();
    }

    public long getCount() {
        return inputs.count(performanceYear);
    }

    public List<Integer> getPerformanceYears() {
        return EstimateRequest.supportedYears();
    }

    public List<Track> getTracks() {
        return Arrays.asList(Track.values());
    }

    public List<QualityStandard> getQualityStandards() {
        return List.of(QualityStandard.values());
    }

    public List<AcoSummary> getProgramAcos() { return programAcos; }
    public LazyTable<FinancialInputView> getTable() { return table; }
    public ImportReport getReport() { return report; }
    public int getMaxFileBytes() { return FinancialInputService.MAX_FILE_BYTES; }
    public int getPerformanceYear() { return performanceYear; }
    public void setPerformanceYear(int v) { performanceYear = v; }
    public String getAcoId() { return acoId; }
    public void setAcoId(String v) { acoId = v; }
    public Track getTrack() { return track; }
    public void setTrack(Track v) { track = v; }
    public EstimateForm getForm() { return form; }
}
