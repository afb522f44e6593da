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
import java.math.BigDecimal;
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
        file.interoperability().stream().filter(r -> !known.contains(r.acoId())).forEach(r -> problems.add(unknown(r.line(), r.acoId())));
        if (!problems.isEmpty()) {
            problems.sort(RowProblem.IN_FILE_ORDER);
            return new UploadResult(false, 0, problems);
        }
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        String by = caller.userName();
        int rows;
        if (kind == CmsQualityFile.Kind.DETERMINATIONS) {
            // entity by entity, not a bulk delete: every determination's change is audited
            file.determinations().forEach(d -> determine(py, d, null, name, by, now));
            rows = file.determinations().size();
        } else if (kind == CmsQualityFile.Kind.INTEROPERABILITY) {
            Set<AcoId> acos = new HashSet<>();
            file.interoperability().forEach(t -> acos.add(t.acoId()));
            em.createQuery("delete from CmsTinInteroperability t where t.py = :py and t.acoId in :acos")
                    .setParameter("py", py).setParameter("acos", acos).executeUpdate();
            file.interoperability().forEach(t -> em.persist(new CmsTinInteroperability(t.acoId(), py, t.tin(), name, by, now)));
            rows = file.interoperability().size();
        } else {
            Set<AcoId> acos = new HashSet<>();
            file.measures().forEach(m -> acos.add(m.acoId()));
            em.createQuery("delete from CmsQualityMeasure m where m.py = :py and m.collectionType = :type and m.acoId in :acos")
                    .setParameter("py", py).setParameter("type", kind.collectionType()).setParameter("acos", acos).executeUpdate();
            file.measures().forEach(m -> em.persist(new CmsQualityMeasure(m.acoId(), py, m.measure(), name, by, now)));
            rows = file.measures().size();
        }
        em.flush();
        return new UploadResult(true, rows, List.of());
    }

    /** The ACO's determinations for the PY as CMS enters them on the form, or the form's problems by field. */
    public UploadResult saveDetermination(int py, @NotNull DeterminationForm form) {
        QualityReferenceData data = QualityReferenceService.find(em, py)
                .orElseThrow(() -> new NotFoundException("There is no quality reference data for PY" + py + "."));
        List<RowProblem> problems = new ArrayList<>();
        List<String> names = new ArrayList<>(CmsQualityFile.DETERMINATION_COLUMNS);
        names.add("improvement_activities");
        List<String> values = new ArrayList<>(form.fields());
        values.add(form.improvementActivities() == null ? "" : form.improvementActivities());
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).length() > 40) { // bounded before anything reads it as a number
                problems.add(new RowProblem(1, names.get(i), "longer than 40 characters", "Give a short value, e.g. 0.25"));
            }
        }
        if (!problems.isEmpty()) {
            return new UploadResult(false, 0, problems);
        }
        BigDecimal activities = null;
        String ia = form.improvementActivities() == null ? "" : form.improvementActivities().strip();
        if (!ia.isEmpty()) {
            try {
                activities = new BigDecimal(ia);
                if (activities.signum() < 0 || activities.compareTo(BigDecimal.valueOf(100)) > 0 || activities.scale() > 4) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                problems.add(new RowProblem(1, "improvement_activities", "'" + ia + "' is not a score from 0 to 100",
                        "Give the improvement activities score the ACO reported, or leave it empty"));
                activities = null;
            }
        }
        CmsQualityFile.Determination d = CmsQualityFile.determination(data, form.fields(), problems);
        if (d != null && problems.isEmpty()
                && em.createQuery("select count(a) from Aco a where a.acoId = :id", Long.class).setParameter("id", d.acoId()).getSingleResult() == 0) {
            problems.add(unknown(1, d.acoId()));
        }
        if (!problems.isEmpty()) {
            return new UploadResult(false, 0, problems);
        }
        determine(py, d, activities, "entered on the form", caller.userName(), LocalDateTime.now(ZoneOffset.UTC));
        em.flush();
        return new UploadResult(true, 1, List.of());
    }

    /** The determinations CMS has on record for the ACO's PY, for the form; empty when none. */
    public java.util.Optional<DeterminationForm> determination(int py, @NotNull AcoId acoId) {
        return inputs(py, acoId).map(i -> new DeterminationForm(acoId.value(),
                i.getUnderservedShare() == null ? "" : i.getUnderservedShare().stripTrailingZeros().toPlainString(),
                i.getTopThird() == null ? "" : i.getTopThird().toString(), i.getMiddleThird() == null ? "" : i.getMiddleThird().toString(),
                i.getImprovementPoints().stripTrailingZeros().toPlainString(), i.isEucAffected() ? "Y" : "N",
                i.getImprovementActivities() == null ? "" : i.getImprovementActivities().stripTrailingZeros().toPlainString()));
    }

    private java.util.Optional<CmsQualityInputs> inputs(int py, AcoId acoId) {
        return em.createQuery("select i from CmsQualityInputs i where i.py = :py and i.acoId = :aco", CmsQualityInputs.class)
                .setParameter("py", py).setParameter("aco", acoId).getResultStream().findFirst();
    }

    private void determine(int py, CmsQualityFile.Determination d, BigDecimal activities, String source, String by, LocalDateTime now) {
        java.util.Optional<CmsQualityInputs> held = inputs(py, d.acoId());
        if (held.isPresent()) {
            held.get().replace(d, activities, source, by, now);
        } else {
            CmsQualityInputs created = new CmsQualityInputs(d.acoId(), py, d, source, by, now);
            created.replace(d, activities, source, by, now);
            em.persist(created);
        }
    }

    /**
     * The determinations form: the same fields as a row of the determinations file (so the same checks and
     * messages), plus the improvement activities score the ACO reported, which only the form records.
     */
    public record DeterminationForm(String acoId, String underservedShare, String measuresInTopThird,
                                    String measuresInMiddleThird, String improvementPoints, String eucAffected,
                                    String improvementActivities) {
        List<String> fields() {
            return java.util.Arrays.asList(n(acoId), n(underservedShare), n(measuresInTopThird), n(measuresInMiddleThird),
                    n(improvementPoints), n(eucAffected));
        }

        private static String n(String v) {
            return v == null ? "" : v;
        }
    }

    private static RowProblem unknown(int line, AcoId aco) {
        return new RowProblem(line, "aco_id", aco + " is not an ACO of the program", "Check the ACO ID or remove the row");
    }
}
