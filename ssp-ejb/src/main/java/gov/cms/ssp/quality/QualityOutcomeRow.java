package gov.cms.ssp.quality;

import java.math.BigDecimal;

/**
 * One ACO's quality for a PY on CMS's list: its report's state (late and incomplete named), and the
 * score and outcome once scored.
 */
public record QualityOutcomeRow(String acoId, String acoName, String status, String submittedAt, String notes,
                                BigDecimal finalScore, String outcome, boolean determined) {
}
