package gov.cms.ssp.quality;

import gov.cms.ssp.agreement.AgreementService;
import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.CallerContext;
import gov.cms.ssp.shared.NotFoundException;
import gov.cms.ssp.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * CMS's release of a PY's quality results: every ACO whose submitted report is fully scored gets its
 * results kept as released — the quality score, whether it met the quality performance standard, its
 * measure rates and the APM Entity's MIPS final score and category scores. Only what is released is
 * public (the ACO's public page, the clinician lookup); releasing again replaces the PY's rows.
 */
@Stateless
@RolesAllowed(Role.CMS_ADMIN)
public class QualityReleaseService {
    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerContext caller;

    @EJB
    private AgreementService agreements;

    /** What a release did: the ACOs released and those left out because their quality is not scored yet. */
    public record ReleaseResult(int py, List<String> released, List<String> notScored) {
    }

    /** Releases the PY (the page asks for confirmation first). */
    public ReleaseResult release(int py) {
        QualityReferenceData data = QualityReferenceService.find(em, py)
                .orElseThrow(() -> new NotFoundException("There is no quality reference data for PY" + py + "."));
        em.createQuery("select r from QualityRelease r where r.py = :py", QualityRelease.class).setParameter("py", py)
                .getResultStream().forEach(em::remove);
        em.flush();
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        List<String> released = new ArrayList<>();
        List<String> notScored = new ArrayList<>();
        for (AcoId aco : em.createQuery("select r.acoId from QualityReport r where r.py = :py order by r.acoId", AcoId.class)
                .setParameter("py", py).getResultList()) {
            QualityResult result = QualityScores.score(em, agreements.history(aco), aco, py).orElse(null);
            if (result == null || !result.isDetermined()) {
                notScored.add(aco.value());
                continue;
            }
            MipsApmScoring.Result mips = QualityScores.mips(em, aco, py, data, result);
            em.persist(new QualityRelease(aco, py, result, mips, rates(data, result), caller.userName(), now));
            released.add(aco.value());
        }
        em.flush();
        return new ReleaseResult(py, released, notScored);
    }

    /** Each measure's rate as the per-ACO results files publish it (the survey by its summary survey measures). */
    static List<QualityRelease.Rate> rates(QualityReferenceData data, QualityResult result) {
        List<QualityRelease.Rate> rates = new ArrayList<>();
        for (MeasureResult m : result.measures()) {
            for (MeasureResult part : m.parts().isEmpty() ? List.of(m) : m.parts()) {
                if (part.rate() != null) {
                    String name = data.measure(part.key()).map(d -> d.key().collectionType() == CollectionType.CAHPS ? d.label()
                            : d.label() + ": " + d.title()).orElse(part.title());
                    rates.add(new QualityRelease.Rate(name.length() > 200 ? name.substring(0, 200) : name,
                            part.rate().setScale(4, java.math.RoundingMode.HALF_UP)));
                }
            }
        }
        return rates;
    }
}
