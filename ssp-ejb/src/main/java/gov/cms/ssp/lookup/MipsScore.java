package gov.cms.ssp.lookup;

import java.math.BigDecimal;

/**
 * The MIPS final score and performance category scores of the APM Entity (the ACO) for a PY, out of 100,
 * as CMS released them: each of the ACO's MIPS eligible clinicians receives the entity's score under
 * the MIPS APM scoring standard. Cost is not assessed.
 */
public record MipsScore(BigDecimal finalScore, BigDecimal quality, BigDecimal promotingInteroperability,
                        BigDecimal improvementActivities) {

    /** "86.25 out of 100 (quality 80.00, Promoting Interoperability 87.50, improvement activities 100.00; cost not assessed)" */
    public String summary() {
        return finalScore.toPlainString() + " out of 100 (quality " + quality.toPlainString() + ", Promoting Interoperability "
                + promotingInteroperability.toPlainString() + ", improvement activities " + improvementActivities.toPlainString()
                + "; cost not assessed)";
    }
}
