package gov.cms.ssp.quality;

import gov.cms.ssp.shared.AcoId;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * An ACO's quality results for one PY as its public page shows them once CMS released them, in the
 * fields of CMS's per-ACO results (QualScore, Met_QPS, Met_AltQPS, the measure rates).
 *
 * @param qualityScore  "91.50 out of 100"
 * @param metStandard   "Yes" / "No"
 * @param metAlternative "Yes" / "No"
 * @param outcome       how the outcome was decided, in words
 * @param rates         each measure's published rate
 */
public record PublicQuality(int performanceYear, String qualityScore, String metStandard, String metAlternative,
                            String outcome, List<Rate> rates) {

    /** "Quality ID 236 (eCQM): Controlling High Blood Pressure", "72.5%" */
    public record Rate(String measure, String rate) {
    }

    /** The ACO's released results, newest PY first; none before CMS releases a PY. */
    public static List<PublicQuality> of(EntityManager em, AcoId acoId) {
        return em.createQuery("select r from QualityRelease r where r.acoId = :aco order by r.py desc", QualityRelease.class)
                .setParameter("aco", acoId).getResultStream()
                .map(r -> new PublicQuality(r.getPy(), r.getQualityScore() == null ? "Not scored" : QualityWording.score(r.getQualityScore()),
                        r.isMetStandard() ? "Yes" : "No", r.isMetAlternative() ? "Yes" : "No", r.getOutcome(),
                        r.getRates().stream().map(x -> new Rate(x.getMeasure(), rate(x.getRate()))).toList()))
                .toList();
    }

    private static String rate(BigDecimal r) {
        return QualityWording.rate(r.setScale(2, RoundingMode.HALF_UP));
    }
}
