package gov.cms.ssp.quality;

import gov.cms.ssp.shared.DisplayFormat;
import gov.cms.ssp.aco.AcoProfile;
import gov.cms.ssp.aco.AcoService;
import gov.cms.ssp.participant.RowProblem;
import gov.cms.ssp.participant.UploadResult;
import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.web.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/**
 * The ACO's quality report for a PY: the measures by form or CSV upload (all or nothing, every problem
 * by row and column), the executive's submission after a confirmation, and once submitted the score
 * with every step explained and each measure against its benchmark deciles.
 */
@Named
@ViewScoped
public class AcoQualityPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private QualityReportService reports;
    @EJB
    private QualityReferenceService reference;
    @EJB
    private AcoService acos;

    private String acoId;
    private int performanceYear = 2023;
    private QualityReportView report;
    private final List<FormRow> rows = new ArrayList<>();
    private List<RowProblem> problems = List.of();
    private String problemSource;
    private List<MeasureChoice> measureChoices = List.of();

    /** A measure the ACO can report: its key as the form keeps it, and its name. */
    public record MeasureChoice(String value, String label) implements Serializable {
    }

    /** One row of the report form: the measure (ID and collection type) and the four counts as typed. */
    public static class FormRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String measure;
        private String performanceMet;
        private String denominator;
        private String exclusions;
        private String eligiblePopulation;

        public String getMeasure() { return measure; }
        public void setMeasure(String v) { measure = v; }
        public String getPerformanceMet() { return performanceMet; }
        public void setPerformanceMet(String v) { performanceMet = v; }
        public String getDenominator() { return denominator; }
        public void setDenominator(String v) { denominator = v; }
        public String getExclusions() { return exclusions; }
        public void setExclusions(String v) { exclusions = v; }
        public String getEligiblePopulation() { return eligiblePopulation; }
        public void setEligiblePopulation(String v) { eligiblePopulation = v; }

        List<String> fields() {
            String id = "";
            String type = "";
            if (measure != null && measure.contains("|")) {
                id = measure.substring(0, measure.indexOf('|'));
                type = measure.substring(measure.indexOf('|') + 1);
            }
            return List.of(id, type, nz(performanceMet), nz(denominator), nz(exclusions), nz(eligiblePopulation));
        }

        private static String nz(String s) {
            return s == null ? "" : s;
        }
    }

    @PostConstruct
    void init() {
        List<AcoProfile> mine = acos.myAcos();
        acoId = mine.isEmpty() ? null : mine.get(0).summary().acoId();
        load();
    }

    private void load() {
        if (acoId == null) {
            return;
        }
        report = reports.report(AcoId.of(acoId), performanceYear);
        rows.clear();
        for (QualityReportView.MeasureRowView r : report.rows()) {
            FormRow f = new FormRow();
            f.measure = r.measureId() + "|" + r.collectionType();
            f.performanceMet = Long.toString(r.performanceMet());
            f.denominator = Long.toString(r.denominator());
            f.exclusions = Long.toString(r.exclusions());
            f.eligiblePopulation = Long.toString(r.eligiblePopulation());
            rows.add(f);
        }
        measureChoices = reference.current(performanceYear).measures().stream()
                .filter(m -> m.key().collectionType().reportedByAco())
                .map(m -> new MeasureChoice(m.key().measureId() + "|" + m.key().collectionType().name(),
                        m.key().measureId() + " (" + m.key().collectionType().label() + ") " + m.title()))
                .toList();
    }

    public void yearChanged() {
        problems = List.of();
        load();
    }

    public void addRow() {
        rows.add(new FormRow());
    }

    public void removeRow(FormRow row) {
        rows.remove(row);
    }

    public void save() {
        UploadResult r = reports.saveRows(AcoId.of(acoId), performanceYear, rows.stream().map(FormRow::fields).toList());
        show(r, "The form");
    }

    public void upload(FileUploadEvent event) {
        UploadResult r = reports.upload(AcoId.of(acoId), performanceYear, event.getFile().getContent());
        show(r, event.getFile().getFileName());
    }

    private void show(UploadResult r, String source) {
        if (r.saved()) {
            problems = List.of();
            Feedback.info("Saved " + DisplayFormat.count(r.rows(), "measure", "measures") + " of your PY" + performanceYear + " quality report.");
            load();
        } else {
            problems = r.problems();
            problemSource = source;
            Feedback.error(source + " has " + DisplayFormat.count(r.problems().size(), "problem", "problems") + "; nothing was saved. Correct them and save again.");
        }
    }

    public void submit() {
        report = reports.submit(AcoId.of(acoId), performanceYear);
        Feedback.info("Submitted your PY" + performanceYear + " quality report. Its score is below.");
        load();
    }

    public String columnLabel(String column) {
        return QualityReportRows.LABELS.getOrDefault(column, column);
    }

    public List<Integer> getPerformanceYears() {
        return QualityReferenceData.standardYears();
    }

    public String getAcoId() { return acoId; }
    public int getPerformanceYear() { return performanceYear; }
    public void setPerformanceYear(int v) { performanceYear = v; }
    public QualityReportView getReport() { return report; }
    public List<FormRow> getRows() { return rows; }
    public List<RowProblem> getProblems() { return problems; }
    public String getProblemSource() { return problemSource; }
    public List<MeasureChoice> getMeasureChoices() { return measureChoices; }
    public boolean isEditable() { return report != null && report.open() && !report.submitted(); }
}
