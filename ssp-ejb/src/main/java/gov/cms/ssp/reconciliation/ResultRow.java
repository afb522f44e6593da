package gov.cms.ssp.reconciliation;

import gov.cms.ssp.agreement.Track;
import java.math.BigDecimal;

/** One ACO's line in a run's results table. */
public record ResultRow(long runId, String acoId, String acoName, Track track, PerformanceOutcome outcome,
                        int assignedBeneficiaries, BigDecimal totalBenchmark, BigDecimal totalExpenditures,
                        BigDecimal savingsRate, BigDecimal netAmount) {

    public String trackLabel() {
        return track.label();
    }

    public String outcomeLabel() {
        return ReconciledFigures.outcomeLabel(outcome);
    }
}
