package gov.cms.ssp.quality;

import gov.cms.ssp.agreement.AgreementService;
import gov.cms.ssp.reconciliation.QualityOutcome;
import gov.cms.ssp.reconciliation.ScoredQualityOutcomes;
import gov.cms.ssp.shared.AcoId;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * The reconciliation run's source of scored quality: the outcome of the ACO's submitted report,
 * scored now with what CMS loaded; empty when there is none, or while the score is not fully
 * determined (a survey, claims-based result, benchmark or determination of CMS still missing): the run
 * then keeps the quality recorded with the financial inputs rather than take a half-known outcome. A plain CDI bean
 * (no caller checks): the batch job that consults it runs without a user.
 */
@Dependent
public class ScoredQualityProvider implements ScoredQualityOutcomes {
    @PersistenceContext
    private EntityManager em;

    @EJB
    private AgreementService agreements;

    @Override
    public Optional<QualityOutcome> outcome(AcoId acoId, int performanceYear) {
        return QualityScores.score(em, agreements.history(acoId), acoId, performanceYear)
                .filter(QualityResult::isDetermined)
                .flatMap(QualityResult::reconciliationOutcome);
    }
}
