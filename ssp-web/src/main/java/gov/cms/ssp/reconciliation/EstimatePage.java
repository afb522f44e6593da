package gov.cms.ssp.reconciliation;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;

/**
 * The what-if estimator page: the ACO's figures in, the outcome under BASIC A–E and ENHANCED side by
 * side, each with its explanation. Percentages are typed as percent and sent as fractions.
 */
@Named
@ViewScoped
public class EstimatePage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final BigDecimal HUNDRED = new BigDecimal(100);

    @EJB
    private EstimateService estimates;

    private Integer performanceYear = 2025;
    private LocalDate agreementStart;
    private Integer agreementPeriodNumber = 1;
    private Integer assignedBeneficiaries;
    private BigDecimal totalBenchmark;
    private BigDecimal totalExpenditures;
    private QualityStandard qualityStandard = QualityStandard.MET;
    private BigDecimal qualityScorePercent;
    private String minimumSavingsRate = "variable";
    private BigDecimal participantRevenue;
    private boolean lowRevenue;
    private List<ReconciledFigures> results = List.of();

    public void estimate() {
        BigDecimal score = qualityScorePercent == null ? null : qualityScorePercent.divide(HUNDRED, MathContext.DECIMAL128);
        BigDecimal fixed = "variable".equals(minimumSavingsRate) ? null : new BigDecimal(minimumSavingsRate);
        results = estimates.estimate(new EstimateRequest(performanceYear, agreementStart, agreementPeriodNumber,
                assignedBeneficiaries, totalBenchmark, totalExpenditures, qualityStandard, score, fixed,
                participantRevenue, lowRevenue));
    }

    public List<QualityStandard> getQualityStandards() {
        return List.of(QualityStandard.values());
    }

    public List<Integer> getPerformanceYears() {
        return EstimateRequest.supportedYears();
    }

    public List<ReconciledFigures> getResults() { return results; }
    public Integer getPerformanceYear() { return performanceYear; }
    public void setPerformanceYear(Integer v) { performanceYear = v; }
    public LocalDate getAgreementStart() { return agreementStart; }
    public void setAgreementStart(LocalDate v) { agreementStart = v; }
    public Integer getAgreementPeriodNumber() { return agreementPeriodNumber; }
    public void setAgreementPeriodNumber(Integer v) { agreementPeriodNumber = v; }
    public Integer getAssignedBeneficiaries() { return assignedBeneficiaries; }
    public void setAssignedBeneficiaries(Integer v) { assignedBeneficiaries = v; }
    public BigDecimal getTotalBenchmark() { return totalBenchmark; }
    public void setTotalBenchmark(BigDecimal v) { totalBenchmark = v; }
    public BigDecimal getTotalExpenditures() { return totalExpenditures; }
    public void setTotalExpenditures(BigDecimal v) { totalExpenditures = v; }
    public QualityStandard getQualityStandard() { return qualityStandard; }
    public void setQualityStandard(QualityStandard v) { qualityStandard = v; }
    public BigDecimal getQualityScorePercent() { return qualityScorePercent; }
    public void setQualityScorePercent(BigDecimal v) { qualityScorePercent = v; }
    public String getMinimumSavingsRate() { return minimumSavingsRate; }
    public void setMinimumSavingsRate(String v) { minimumSavingsRate = v; }
    public BigDecimal getParticipantRevenue() { return participantRevenue; }
    public void setParticipantRevenue(BigDecimal v) { participantRevenue = v; }
    public boolean isLowRevenue() { return lowRevenue; }
    public void setLowRevenue(boolean v) { lowRevenue = v; }
}
