package gov.cms.ssp.reconciliation;

import gov.cms.ssp.agreement.Track;
import java.math.BigDecimal;

/** One ACO's financial inputs for a PY, as the inputs table shows them. */
public record FinancialInputView(long id, String acoId, int performanceYear, Track track, int assignedBeneficiaries,
                                 BigDecimal totalBenchmark, BigDecimal totalExpenditures, BigDecimal qualityScore,
                                 String source, PerformancePeriod performancePeriod) {
    static FinancialInputView of(FinancialInput f) {
        return new FinancialInputView(f.getId(), f.getAcoId().value(), f.getPerformanceYear(), f.getTrack(),
                f.getAssignedBeneficiaries(), f.getTotalBenchmark(), f.getTotalExpenditures(), f.getQualityScore(),
                f.getSource(), f.getPerformancePeriod());
    }

    public String periodLabel() {
        return performancePeriod.label();
    }

    public String trackLabel() {
        return track.label();
    }
}
