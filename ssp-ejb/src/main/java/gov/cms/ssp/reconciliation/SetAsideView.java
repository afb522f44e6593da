package gov.cms.ssp.reconciliation;

import java.time.Instant;
import java.util.List;

/** An ACO a run set aside: why, which figures it lacks, and what an analyst decided. */
public record SetAsideView(long runId, String acoId, String acoName, List<String> reasons, List<MissingFigure> missing,
                           SetAsideAco.Decision decision, String decidedBy, Instant decidedAt, String decisionNote) {

    public String decisionLabel() {
        return decision.label();
    }

    public boolean needsAttention() {
        return decision == SetAsideAco.Decision.NEEDS_ATTENTION;
    }

    public boolean isMissing(String figure) {
        return missing.contains(MissingFigure.valueOf(figure));
    }

    static SetAsideView of(SetAsideAco s, String acoName) {
        return new SetAsideView(s.getRun().getId(), s.getAcoId().value(), acoName, s.reasons(),
                s.missing().stream().sorted().toList(), s.getDecision(), s.getDecidedBy(), s.getDecidedAt(), s.getDecisionNote());
    }
}
