package gov.cms.ssp.reconciliation;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;

/**
 * One ACO's figures as people type them (percentages as percent, the MSR as a choice), shared by
 * the what-if estimator and CMS's by-hand financial input; {@link #toRequest} turns them into the
 * engine's request (fractions, a fixed MSR or none).
 */
public class EstimateForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final BigDecimal HUNDRED = new BigDecimal(100);

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

    EstimateRequest toRequest(int performanceYear) {
        BigDecimal score = qualityScorePercent == null ? null : qualityScorePercent.divide(HUNDRED, MathContext.DECIMAL128);
        BigDecimal fixed = "variable".equals(minimumSavingsRate) ? null : new BigDecimal(minimumSavingsRate);
        return new EstimateRequest(performanceYear, agreementStart, agreementPeriodNumber, assignedBeneficiaries, totalBenchmark,
                totalExpenditures, qualityStandard, score, fixed, participantRevenue, lowRevenue);
    }

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
