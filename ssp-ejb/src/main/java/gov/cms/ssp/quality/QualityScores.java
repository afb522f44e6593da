package gov.cms.ssp.quality;

import gov.cms.ssp.agreement.Agreement;
import gov.cms.ssp.agreement.AgreementHistory;
import gov.cms.ssp.shared.AcoId;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Scores an ACO's PY from what is stored: its submitted report, what CMS loaded for it (survey and
 * claims-based rates, its determinations) and the facts of its agreement, with the PY's current
 * reference data. Only a submitted report is scored.
 */
final class QualityScores {

    private QualityScores() {
    }

    /** The scored result, empty when the ACO has no submitted report for the PY or the PY has no reference data. */
    static Optional<QualityResult> score(EntityManager em, AgreementHistory agreements, AcoId acoId, int py) {
        Optional<QualityReport> report = report(em, acoId, py).filter(QualityReport::isSubmitted);
        if (report.isEmpty()) {
            return Optional.empty();
        }
        Optional<QualityReferenceData> reference = QualityReferenceService.find(em, py);
        if (reference.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new QualityScoring(reference.get()).score(submission(em, agreements, report.get(), reference.get())));
    }

    static Optional<QualityReport> report(EntityManager em, AcoId acoId, int py) {
        return em.createQuery("select r from QualityReport r where r.acoId = :aco and r.py = :py", QualityReport.class)
                .setParameter("aco", acoId).setParameter("py", py).getResultStream().findFirst();
    }

    static QualitySubmission submission(EntityManager em, AgreementHistory agreements, QualityReport report,
                                        QualityReferenceData reference) {
        int py = report.getPy();
        List<ReportedMeasure> measures = new ArrayList<>(report.reportedMeasures());
        em.createQuery("select m from CmsQualityMeasure m where m.acoId = :aco and m.py = :py", CmsQualityMeasure.class)
                .setParameter("aco", report.getAcoId()).setParameter("py", py).getResultStream()
                .map(CmsQualityMeasure::toReportedMeasure)
                .filter(m -> reference.inMeasureSet(m.key()))
                .forEach(measures::add);
        CmsQualityInputs inputs = em.createQuery("select i from CmsQualityInputs i where i.acoId = :aco and i.py = :py",
                        CmsQualityInputs.class)
                .setParameter("aco", report.getAcoId()).setParameter("py", py).getResultStream().findFirst().orElse(null);
        boolean firstYear = firstYearOfFirstAgreement(agreements, py);
        HealthEquityInput equity = inputs == null ? null : inputs.healthEquity();
        BigDecimal improvement = inputs == null ? null : inputs.getImprovementPoints();
        boolean euc = inputs != null && inputs.isEucAffected();
        return new QualitySubmission(py, firstYear, euc, measures, equity, improvement);
    }

    /**
     * The APM Entity's MIPS final score (MIPS APM scoring standard): the scored quality, the participant TINs'
     * Promoting Interoperability scores CMS loaded (none loaded: not determined) and the improvement activities
     * score the ACO reported, if CMS recorded one.
     */
    static MipsApmScoring.Result mips(EntityManager em, AcoId acoId, int py, QualityReferenceData reference, QualityResult quality) {
        List<MipsApmScoring.TinInteroperability> tins = em.createQuery(
                        "select t from CmsTinInteroperability t where t.acoId = :aco and t.py = :py order by t.tin", CmsTinInteroperability.class)
                .setParameter("aco", acoId).setParameter("py", py).getResultStream().map(CmsTinInteroperability::toInput).toList();
        BigDecimal reported = em.createQuery("select i.improvementActivities from CmsQualityInputs i where i.acoId = :aco and i.py = :py",
                        BigDecimal.class)
                .setParameter("aco", acoId).setParameter("py", py).getResultStream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
        return MipsApmScoring.score(reference.parameters(), quality.mipsQualityScore(), tins.isEmpty() ? null : tins, reported);
    }

    /** Whether the agreement history says the PY is the first of the ACO's first agreement. */
    static boolean firstYearOfFirstAgreement(AgreementHistory agreements, int py) {
        return agreements.agreementIn(py).map((Agreement a) -> a.getAgreementNumber() == 1 && a.firstPerformanceYear() == py)
                .orElse(false);
    }
}
