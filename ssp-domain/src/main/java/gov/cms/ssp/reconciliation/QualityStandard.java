package gov.cms.ssp.reconciliation;

import java.math.BigDecimal;

/** How the ACO did against the quality performance standard, as a form or the API states it. */
public enum QualityStandard {
    MET("Met the quality standard"),
    MET_ALTERNATIVE("Met only the alternative standard"),
    FAILED("Did not meet the standard"),
    NOT_REPORTED("Did not report quality");

    private final String label;

    QualityStandard(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The engine's quality outcome; the score is a fraction in [0, 1] or null. */
    public QualityOutcome outcome(BigDecimal score) {
        return switch (this) {
            case MET -> QualityOutcome.met(score);
            case MET_ALTERNATIVE -> QualityOutcome.metAlternative(score);
            case FAILED -> QualityOutcome.failed(score);
            case NOT_REPORTED -> QualityOutcome.notReported();
        };
    }

    public static QualityStandard of(QualityOutcome q) {
        if (q.metQualityStandard()) {
            return MET;
        }
        if (q.metAlternativeStandard()) {
            return MET_ALTERNATIVE;
        }
        return q.qualityScore() == null ? NOT_REPORTED : FAILED;
    }
}
