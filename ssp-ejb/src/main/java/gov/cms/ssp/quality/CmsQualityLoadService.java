package gov.cms.ssp.quality;

import gov.cms.ssp.participant.RowProblem;
import gov.cms.ssp.participant.UploadResult;
import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.BusinessException;
import gov.cms.ssp.shared.CallerContext;
import gov.cms.ssp.shared.NotFoundException;
import gov.cms.ssp.shared.Role;
import gov.cms.ssp.shared.UploadedFileName;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What CMS loads for a PY's quality: the CAHPS for MIPS survey results, the claims-based measures
 * (479, 484) and its per-ACO determinations. A file replaces what was loaded of its kind for the ACOs it
 * names; a row of an ACO the program does not have is a problem of its row; nothing is half-loaded.
 */
@Stateless
@RolesAllowed({Role.CMS_ADMIN, Role.CMS_ANALYST})
public class CmsQualityLoadService {
    public static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerContext caller;

    public UploadResult load(int py, @NotNull CmsQualityFile.Kind kind, @NotNull String fileName, @NotNull byte[] content) {
        if (content.length > MAX_FILE_BYTES) {
            throw new BusinessException("The file is larger than 5 MB.");
        }
        String name = UploadedFileName.of(fileName);
        QualityReferenceData data = QualityReferenceService.find(em, py)
                .orElseThrow(() -> new NotFoundException("There is no quality reference data for PY" + py + "."));
        CmsQualityFile file = CmsQualityFile.read(kind, data, content);
        if (!file.isClean()) {
            return new UploadResult(false, 0, file.problems());
        }
        Set<AcoId> known = new HashSet<>(em.createQuery("select a.acoId from Aco a", AcoId.class).getResultList());
        List<RowProblem> problems = new ArrayList<>();
        file.measures().stream().filter(r -> !known.contains(r.acoId())).forEach(r -> problems.add(unknown(r.line(), r.acoId())));
        file.determinations().stream().filter(r -> !known.contains(r.acoId())).forEach(r -> problems.add(unknown(r.line(), r.acoId())));
        if (!problems.isEmpty()) {
            problems.sort(RowProblem.IN_FILE_ORDER);
            return new UploadResult(false, 0, problems);
        }
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        String by = caller.userName();
        if (kind == CmsQualityFile.Kind.DETERMINATIONS) {
            Set<AcoId> acos = new HashSet<>();
            file.determinations().forEach(d -> acos.add(d.acoId()));
            em.createQuery("delete from CmsQualityInputs i where i.py = :py and i.acoId in :acos")
                    .setParameter("py", py).setParameter("acos", acos).executeUpdate();
            file.determinations().forEach(d -> em.persist(new CmsQualityInputs(d.acoId(), py, d, name, by, now)));
        } else {
            Set<AcoId> acos = new HashSet<>();
            file.measures().forEach(m -> acos.add(m.acoId()));
            em.createQuery("delete from CmsQualityMeasure m where m.py = :py and m.collectionType = :type and m.acoId in :acos")
                    .setParameter("py", py).setParameter("type", kind.collectionType()).setParameter("acos", acos).executeUpdate();
            file.measures().forEach(m -> em.persist(new CmsQualityMeasure(m.acoId(), py, m.measure(), name, by, now)));
        }
        em.flush();
        return new UploadResult(true, kind == CmsQualityFile.Kind.DETERMINATIONS ? file.determinations().size() : file.measures().size(),
                List.of());
    }

    private static RowProblem unknown(int line, AcoId aco) {
        return new RowProblem(line, "aco_id", aco + " is not an ACO of the program", "Check the ACO ID or remove the row");
    }
}
