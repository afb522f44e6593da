package gov.cms.ssp.reconciliation;

import gov.cms.ssp.agreement.Track;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Whether one ACO's financial inputs determine its result. A reconciliation run never stops on an
 * ACO: one whose result the engine refuses (a figure the rules need is missing) or computes only as a
 * bound ({@link ReconciliationResult#isDetermined()} false) is set aside with its reasons in plain
 * English, and the run goes on with the next ACO.
 *
 * @param result  the result when determined, else null
 * @param missing which figures are missing (empty when determined)
 * @param reasons the reasons in words, one per missing figure
 */
public record AcoDetermination(ReconciliationResult result, Set<MissingFigure> missing, List<String> reasons) {

    public AcoDetermination {
        missing = missing.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(missing));
        reasons = List.copyOf(reasons);
    }

    public boolean isDetermined() {
        return result != null;
    }

    /** What the inputs determine: the result, or the figures missing and why. */
    public static AcoDetermination of(ReconciliationEngine engine, ReconciliationInput in) {
        Objects.requireNonNull(in);
        ReconciliationResult result;
        try {
            result = engine.reconcile(in);
        } catch (IllegalArgumentException | ArithmeticException refused) {
            return refused(in, refused.getMessage());
        }
        if (result.isDetermined()) {
            return new AcoDetermination(result, Set.of(), List.of());
        }
        EnumSet<MissingFigure> missing = EnumSet.noneOf(MissingFigure.class);
        List<String> reasons = new ArrayList<>();
        if (in.track() == Track.TRACK_1_PLUS && in.lossLimitBasis() == null) {
            missing.add(MissingFigure.LOSS_LIMIT_BASIS);
            reasons.add("The ACO owes shared losses under Track 1+, and whether its loss sharing limit is based on its"
                    + " participants' revenue (8% of revenue, at most 4% of the benchmark) or on the benchmark (4%) is not"
                    + " recorded. Enter the loss sharing limit basis.");
        } else if (in.participantRevenue() == null && needsRevenue(in)) {
            missing.add(MissingFigure.PARTICIPANT_REVENUE);
            reasons.add("The ACO owes shared losses under " + in.track().label() + ", whose loss sharing limit is a share"
                    + " of the ACO participants' Medicare revenue, and that revenue is not recorded. Enter the participants'"
                    + " revenue.");
        }
        if (in.midYearTermination() && in.monthsBeforeTermination() == null) {
            missing.add(MissingFigure.MONTHS_BEFORE_TERMINATION);
            reasons.add("The ACO's agreement ended during the year, so its shared losses are prorated by the months before"
                    + " it ended, and those months are not recorded. Enter the months before the agreement ended.");
        }
        if (missing.isEmpty()) {
            missing.add(MissingFigure.OTHER);
            result.unresolved().forEach(u -> reasons.add("The result cannot be determined: " + u + "."));
        }
        return new AcoDetermination(null, missing, reasons);
    }

    /** Inputs that could not even be put to the engine (stored figures it refuses). */
    public static AcoDetermination unusable(String problem) {
        return new AcoDetermination(null, Set.of(MissingFigure.OTHER), List.of(
                "The figures cannot be reconciled as they are (" + problem + "). Correct the financial inputs."));
    }

    private static AcoDetermination refused(ReconciliationInput in, String engineMessage) {
        if (in.assignedBeneficiaries() < MinimumSavingsRateTable.SMALLEST_TABULATED_POPULATION
                && in.cmsSetMinimumSavingsRate() == null) {
            return new AcoDetermination(null, Set.of(MissingFigure.CMS_SET_MINIMUM_SAVINGS_RATE), List.of(
                    "The ACO has " + String.format("%,d", in.assignedBeneficiaries()) + " assigned beneficiaries, fewer than"
                            + " 5,000, so CMS sets its minimum savings rate, and that rate is not recorded. Enter the"
                            + " minimum savings rate set by CMS."));
        }
        if (in.quality().qualityScore() == null) {
            return new AcoDetermination(null, Set.of(MissingFigure.QUALITY_SCORE), List.of(
                    "The sharing rate of PY" + in.performanceYear() + " depends on the quality score, and the ACO's score"
                            + " is not recorded. Enter the quality score."));
        }
        return new AcoDetermination(null, Set.of(MissingFigure.OTHER), List.of(
                "The figures cannot be reconciled as they are (" + engineMessage + "). Correct the financial inputs."));
    }

    private static boolean needsRevenue(ReconciliationInput in) {
        return switch (in.track()) {
            case BASIC_C, BASIC_D, BASIC_E -> true;
            case TRACK_1_PLUS -> in.lossLimitBasis() == LossLimitBasis.REVENUE;
            default -> false;
        };
    }
}
