package gov.cms.ssp.reconciliation;

import gov.cms.ssp.shared.DisplayFormat;
import gov.cms.ssp.agreement.Track;
import gov.cms.ssp.shared.BusinessException;
import gov.cms.ssp.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The what-if estimator: an ACO's figures reconciled under every current track and level, side by
 * side. It reads and stores nothing, so every logged-in role may use it (applicants included).
 */
@Stateless
@RolesAllowed({Role.CMS_ADMIN, Role.CMS_REVIEWER, Role.CMS_ANALYST, Role.ACO_EXECUTIVE, Role.ACO_STAFF, Role.CLINICIAN})
public class EstimateService {
    private static final ReconciliationEngine ENGINE = ReconciliationEngine.withStandardParameters();

    /** BASIC A–E and ENHANCED, in that order, each with its explanation. */
    public List<ReconciledFigures> estimate(@NotNull(message = "The estimate needs its figures") @Valid EstimateRequest request) {
        Map<Track, ReconciliationResult> all = ENGINE.reconcileUnderEveryCurrentTrack(input(request));
        return ReconciliationEngine.CURRENT_TRACKS.stream().map(all::get).map(ReconciledFigures::of).toList();
    }

    static ReconciliationInput input(EstimateRequest r) {
        boolean needsScore = r.qualityStandard() == QualityStandard.MET || r.qualityStandard() == QualityStandard.MET_ALTERNATIVE;
        if (needsScore && r.qualityScore() == null) {
            throw new BusinessException("Quality score is required when a quality standard is met.");
        }
        LocalDate start = r.agreementStart() == null ? LocalDate.of(r.performanceYear(), 1, 1) : r.agreementStart();
        if (start.getYear() > r.performanceYear()) {
            throw new BusinessException("Agreement start " + DisplayFormat.date(start) + " is after performance year " + r.performanceYear() + ".");
        }
        MinimumSavingsRateChoice msr = MinimumSavingsRateChoice.variableRate();
        if (r.fixedMinimumSavingsRate() != null) {
            BigDecimal fixed = r.fixedMinimumSavingsRate();
            if (MinimumSavingsRateChoice.FIXED_OPTIONS.stream().noneMatch(o -> o.compareTo(fixed) == 0)) {
                throw new BusinessException("Fixed minimum savings rate must be one of 0, 0.005, 0.01, 0.015 or 0.02 "
                        + "(leave it empty for the variable rate).");
            }
            msr = MinimumSavingsRateChoice.fixed(fixed);
        }
        return ReconciliationInput.builder()
                .performanceYear(r.performanceYear())
                // the estimate runs every current track; the builder needs one to start from
                .track(Track.ENHANCED)
                .agreementStart(start)
                .agreementPeriodNumber(r.agreementPeriodNumber() == null ? 1 : r.agreementPeriodNumber())
                .assignedBeneficiaries(r.assignedBeneficiaries())
                .totalBenchmark(r.totalBenchmark())
                .totalExpenditures(r.totalExpenditures())
                .minimumSavingsRateChoice(msr)
                .quality(r.qualityStandard().outcome(r.qualityScore()))
                .participantRevenue(r.participantRevenue())
                .lowRevenue(Boolean.TRUE.equals(r.lowRevenue()))
                .build();
    }
}
