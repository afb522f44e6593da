package gov.cms.ssp.reconciliation;

import gov.cms.ssp.shared.DisplayFormat;
import gov.cms.ssp.agreement.Track;
import gov.cms.ssp.aco.AcoService;
import gov.cms.ssp.aco.AcoSummary;
import gov.cms.ssp.shared.PageRequest;
import gov.cms.ssp.shared.web.Feedback;
import gov.cms.ssp.shared.web.LazyTable;
import gov.cms.ssp.shared.web.TableExport;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
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
    /** What looked implausible in the figures last typed in, by figure; empty when nothing waits for confirmation. */
    private Map<PlausibleRange.Figure, String> implausible = Map.of();
    private List<AcoSummary> programAcos;
    /** a file with implausible rows, kept until the analyst confirms them or gives up */
    private String pendingName;
    private byte[] pendingContent;
    private final Map<Long, Boolean> confirmed = new HashMap<>();

    // the by-hand form
    private String acoId;
    private Track track;
    private final EstimateForm form = new EstimateForm();
    // what the import reads beyond the estimator's figures
    private BigDecimal cmsSetMsrPercent;
    private BigDecimal eucReduction;
    private LossLimitBasis lossLimitBasis;
    private PerformancePeriod performancePeriod = PerformancePeriod.FULL_YEAR;
    private boolean guardrail;
    private boolean midYearTermination;
    private Integer monthsBeforeTermination;
    private BigDecimal advancePaymentRecoupment;

    /** Each figure's message beside its field: the request's property → the field's client id. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("acoId", "manual:aco"), Map.entry("agreementPeriodNumber", "manual:period"),
            Map.entry("assignedBeneficiaries", "manual:beneficiaries"), Map.entry("totalBenchmark", "manual:benchmark"),
            Map.entry("totalExpenditures", "manual:expenditures"), Map.entry("qualityStandard", "manual:qualityStandard"),
            Map.entry("qualityScore", "manual:qualityScore"), Map.entry("fixedMinimumSavingsRate", "manual:msr"),
            Map.entry("participantRevenue", "manual:revenue"), Map.entry("cmsSetMinimumSavingsRate", "manual:cmsMsr"),
            Map.entry("eucReduction", "manual:euc"), Map.entry("monthsBeforeTermination", "manual:months"),
            Map.entry("advancePaymentRecoupment", "manual:recoupment"), Map.entry("performanceYear", "year:py"));

    static final TableExport<FinancialInputView> EXPORT = TableExport.of("financial-inputs",
            TableExport.text("ACO ID", FinancialInputView::acoId), TableExport.text("Performance year", FinancialInputView::performanceYear),
            TableExport.text("Track / level", FinancialInputView::trackLabel),
            TableExport.count("Assigned beneficiaries", FinancialInputView::assignedBeneficiaries),
            TableExport.dollars("Total benchmark", FinancialInputView::totalBenchmark),
            TableExport.dollars("Total expenditures", FinancialInputView::totalExpenditures),
            TableExport.percent("Quality score", FinancialInputView::qualityScore), TableExport.text("Source", FinancialInputView::source));

    public StreamedContent getCsv() {
        return EXPORT.csv(table.exportRows());
    }

    public StreamedContent getXlsx() {
        return EXPORT.xlsx(table.exportRows());
    }

    @PostConstruct
    void init() {
        table = new LazyTable<>(r -> inputs.search(performanceYear, r), v -> Long.toString(v.id()));
        programAcos = acos.search(new PageRequest(0, 500, "acoId", true, Map.of())).rows();
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        pendingName = file.getFileName();
        pendingContent = file.getContent();
        confirmed.clear();
        importPending(Set.of());
    }

    /** Imports the file waiting for confirmation with the rows the analyst checked. */
    public void confirmChecked() {
        Set<Long> rows = new HashSet<>();
        confirmed.forEach((row, yes) -> {
            if (Boolean.TRUE.equals(yes)) {
                rows.add(row);
            }
        });
        importPending(rows);
    }

    /** Confirms every flagged row of the file at once and imports it. */
    public void confirmAll() {
        importPending(report == null ? Set.of() : report.flagged().stream().map(ImportFlag::row).collect(Collectors.toSet()));
    }

    public void discardPending() {
        report = null;
        pendingName = null;
        pendingContent = null;
        confirmed.clear();
        Feedback.info("Nothing was imported.");
    }

    private void importPending(Set<Long> rows) {
        if (pendingContent == null) {
            Feedback.error("Choose the file again: the page no longer holds it.");
            return;
        }
        report = inputs.importFile(performanceYear, pendingName, pendingContent, rows);
        if (!report.isAwaitingConfirmation()) {
            pendingContent = null;
            confirmed.clear();
        }
        if (report.isAwaitingConfirmation()) {
            Feedback.warn(report.fileName() + ": " + DisplayFormat.count(report.flagged().size(), "row looks", "rows look") + " implausible for PY" + performanceYear
                    + ". Nothing was imported: confirm each row (or the whole file), or correct it and upload again.");
        } else if (report.isClean()) {
            Feedback.info("Imported the financial inputs of " + DisplayFormat.count(report.saved(), "ACO", "ACOs") + " for PY" + performanceYear
                    + " from " + report.fileName() + ".");
        } else {
            Feedback.error(report.fileName() + " has " + DisplayFormat.count(report.problems().size(), "problem", "problems") + "; nothing was imported. "
                    + "Correct the file and upload it again.");
        }
    }

    public void enter() {
        save(false);
    }

    /** The analyst confirms figures that looked implausible: they are saved, and the confirmation audited. */
    public void enterConfirmed() {
        save(true);
    }

    private void save(boolean implausibleConfirmed) {
        BigDecimal cmsSetMsr = cmsSetMsrPercent == null ? null
                : cmsSetMsrPercent.divide(new BigDecimal(100), java.math.MathContext.DECIMAL128).stripTrailingZeros();
        FinancialInputView saved;
        try {
            saved = inputs.enter(new HandEnteredInput(acoId, track, form.toRequest(performanceYear), cmsSetMsr, eucReduction,
                    lossLimitBasis, performanceYear == 2019 ? performancePeriod : PerformancePeriod.FULL_YEAR, guardrail,
                    midYearTermination, midYearTermination ? monthsBeforeTermination : null, advancePaymentRecoupment),
                    implausibleConfirmed);
        } catch (ImplausibleInputException e) {
            // held, as an implausible row of a file is: the findings beside their figures, and a confirmation to save
            implausible = e.findings();
            Feedback.warn(e.getMessage());
            return;
        } catch (RuntimeException e) {
            implausible = Map.of();
            if (Feedback.besideFields(e, FIELDS)) {
                return;
            }
            throw e;
        }
        implausible = Map.of();
        Feedback.info("Saved the PY" + saved.performanceYear() + " inputs of " + saved.acoId() + "."
                + (implausibleConfirmed ? " Your confirmation of the implausible figures is recorded in the audit trail." : ""));
        report = null;
    }

    /** The finding beside a field: the benchmark's, or the expenditures' together with the savings rate's ("" : none). */
    public String implausible(String field) {
        List<PlausibleRange.Figure> figures = "benchmark".equals(field) ? List.of(PlausibleRange.Figure.BENCHMARK)
                : List.of(PlausibleRange.Figure.EXPENDITURES, PlausibleRange.Figure.SAVINGS_RATE);
        return figures.stream().map(implausible::get).filter(java.util.Objects::nonNull).collect(Collectors.joining("; "));
    }

    public boolean isImplausiblePending() {
        return !implausible.isEmpty();
    }

    public void yearChanged() {
        report = null;
        pendingContent = null;
        confirmed.clear();
    }

    /** The template of the chosen PY: the columns the import reads, with one example row. */
    public StreamedContent getTemplate() {
        byte[] bytes = FinancialInputFile.template(performanceYear).getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name("financial-inputs-PY" + performanceYear + "-template.csv")
                .contentType("text/csv;charset=UTF-8").contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public boolean isAwaitingConfirmation() {
        return report != null && report.isAwaitingConfirmation();
    }

    public Map<Long, Boolean> getConfirmed() {
        return confirmed;
    }

    public boolean isProblems() {
        return report != null && !report.problems().isEmpty();
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

    public List<LossLimitBasis> getLossLimitBases() {
        return Arrays.asList(LossLimitBasis.values());
    }

    public String basisLabel(LossLimitBasis basis) {
        return basis == LossLimitBasis.REVENUE ? "ACO participants' revenue (8%, at most 4% of the benchmark)" : "Benchmark (4%)";
    }

    public List<PerformancePeriod> getPeriods() {
        return Arrays.asList(PerformancePeriod.values());
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
    public BigDecimal getCmsSetMsrPercent() { return cmsSetMsrPercent; }
    public void setCmsSetMsrPercent(BigDecimal v) { cmsSetMsrPercent = v; }
    public BigDecimal getEucReduction() { return eucReduction; }
    public void setEucReduction(BigDecimal v) { eucReduction = v; }
    public LossLimitBasis getLossLimitBasis() { return lossLimitBasis; }
    public void setLossLimitBasis(LossLimitBasis v) { lossLimitBasis = v; }
    public PerformancePeriod getPerformancePeriod() { return performancePeriod; }
    public void setPerformancePeriod(PerformancePeriod v) { performancePeriod = v == null ? PerformancePeriod.FULL_YEAR : v; }
    public boolean isGuardrail() { return guardrail; }
    public void setGuardrail(boolean v) { guardrail = v; }
    public boolean isMidYearTermination() { return midYearTermination; }
    public void setMidYearTermination(boolean v) { midYearTermination = v; }
    public Integer getMonthsBeforeTermination() { return monthsBeforeTermination; }
    public void setMonthsBeforeTermination(Integer v) { monthsBeforeTermination = v; }
    public BigDecimal getAdvancePaymentRecoupment() { return advancePaymentRecoupment; }
    public void setAdvancePaymentRecoupment(BigDecimal v) { advancePaymentRecoupment = v; }
}
