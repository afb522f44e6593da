package gov.cms.ssp.assignment;

import gov.cms.ssp.shared.DisplayFormat;
import gov.cms.ssp.shared.web.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/**
 * CMS administrators' reference data for the pipeline: national per-capita expenditures and truncation
 * points per year, ACO risk scores per year, and beneficiaries' data-sharing preferences (CSV, all or nothing).
 */
@Named
@ViewScoped
public class BenchmarkReferencePage implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final int MAX_FILE_BYTES = 20 * 1024 * 1024;

    @EJB
    private BenchmarkReferenceService reference;
    @EJB
    private SharingPreferenceService preferences;

    private List<BenchmarkReferenceService.NationalRow> national;
    private long riskScores;
    private long declined;
    private UploadReport report;

    @PostConstruct
    void init() {
        refresh();
    }

    private void refresh() {
        national = reference.national();
        riskScores = reference.riskScoreCount();
        declined = preferences.declinedCount();
    }

    public void uploadNational(FileUploadEvent event) {
        report = reference.loadNational(reader(event), event.getFile().getFileName());
        done("national figures");
    }

    public void uploadRiskScores(FileUploadEvent event) {
        report = reference.loadRiskScores(reader(event), event.getFile().getFileName());
        done("risk scores");
    }

    public void uploadAcoMsr(FileUploadEvent event) {
        report = reference.loadAcoMsr(reader(event), event.getFile().getFileName());
        done("minimum savings rates");
    }

    public long getAcoMsrs() {
        return reference.acoMsrCount();
    }

    public void uploadPreferences(FileUploadEvent event) {
        report = preferences.load(reader(event), event.getFile().getFileName());
        done("data-sharing preferences");
    }

    private void done(String what) {
        if (report.isClean()) {
            Feedback.info("Loaded " + report.rows() + " rows of " + what + " from " + report.fileName() + ".");
        } else {
            Feedback.error(report.fileName() + " has " + DisplayFormat.count(report.problems().size(), "problem", "problems") + "; nothing was loaded.");
        }
        refresh();
    }

    private static Reader reader(FileUploadEvent event) {
        return new InputStreamReader(new ByteArrayInputStream(event.getFile().getContent()), StandardCharsets.UTF_8);
    }

    public List<BenchmarkReferenceService.NationalRow> getNational() {
        return national;
    }

    public long getRiskScores() {
        return riskScores;
    }

    public long getDeclined() {
        return declined;
    }

    public UploadReport getReport() {
        return report;
    }

    public int getMaxFileBytes() {
        return MAX_FILE_BYTES;
    }
}
