package gov.cms.ssp.reconciliation;

import gov.cms.ssp.shared.AcoId;
import java.util.Optional;

/**
 * Where a reconciliation run takes an ACO's quality outcome from when the program scored one: the
 * ACO's submitted APP report with CMS's survey and claims-based results (the quality feature
 * implements it). Empty when there is no scored quality for the PY; the run then keeps the quality
 * recorded with the financial inputs.
 */
public interface ScoredQualityOutcomes {

    Optional<QualityOutcome> outcome(AcoId acoId, int performanceYear);
}
