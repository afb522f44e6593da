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
import java.math.BigDecimal;
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
        BigDecimal cmsSetMsr = cmsSetMsrPercent == null ? null
                : cmsSetMsrPercent.divide(new BigDecimal(100), java.math.MathContext.DECIMAL128).stripTrailingZeros();
        FinancialInputView saved;
        try {
            saved = inputs.enter(new HandEnteredInput(acoId, track, form.toRequest(performanceYear), cmsSetMsr, eucReduction,
                    lossLimitBasis, performanceYear == 2019 ? performancePeriod : PerformancePeriod.FULL_YEAR, guardrail,
                    midYearTermination, midYearTermination ? monthsBeforeTermination : null, advancePaymentRecoupment));
        } catch (RuntimeException e) {
            if (Feedback.besideFields(e, FIELDS)) {
                return;
            }
            throw e;
        }
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
