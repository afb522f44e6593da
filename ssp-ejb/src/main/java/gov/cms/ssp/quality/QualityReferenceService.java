package gov.cms.ssp.quality;

import gov.cms.ssp.participant.RowProblem;
import gov.cms.ssp.participant.UploadResult;
import gov.cms.ssp.shared.BusinessException;
import gov.cms.ssp.shared.CallerContext;
import gov.cms.ssp.shared.NotFoundException;
import gov.cms.ssp.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * A PY's quality reference data and reporting window, as CMS administrators set them. One source of
 * truth: the PY's reference data are the three CSV files the domain reads ({@link QualityReferenceFiles})
 * — the latest version an administrator loaded, else the repository's files. Loading one file stores a
 * new version of all three, checked together, or nothing.
 */
@Stateless
@RolesAllowed({Role.CMS_ADMIN, Role.CMS_REVIEWER, Role.CMS_ANALYST, Role.ACO_EXECUTIVE, Role.ACO_STAFF})
public class QualityReferenceService {
    public static final int MAX_FILE_BYTES = 1024 * 1024;
    static final List<String> FILES = List.of(QualityReferenceFiles.PARAMETERS, QualityReferenceFiles.MEASURES,
            QualityReferenceFiles.BENCHMARKS);

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerContext caller;

    /** The reference data scoring uses for the PY; not found when neither CMS nor the repository has any. */
    public QualityReferenceData current(int py) {
        return find(em, py).orElseThrow(() -> new NotFoundException("There is no quality reference data for PY" + py + "."));
    }

    static Optional<QualityReferenceData> find(EntityManager em, int py) {
        Optional<QualityReferenceVersion> latest = latest(em, py);
        if (latest.isPresent()) {
            QualityReferenceVersion v = latest.get();
            QualityReferenceFiles.Reading r = QualityReferenceFiles.read(py, v.file(QualityReferenceFiles.PARAMETERS),
                    v.file(QualityReferenceFiles.MEASURES), v.file(QualityReferenceFiles.BENCHMARKS));
            if (!r.isClean()) {
                throw new IllegalStateException("stored quality reference data of PY" + py + " do not read: " + r.problems());
            }
            return Optional.of(r.data());
        }
        return QualityReferenceData.standardYears().contains(py) ? Optional.of(QualityReferenceData.standard(py)) : Optional.empty();
    }

    private static Optional<QualityReferenceVersion> latest(EntityManager em, int py) {
        return em.createQuery("select v from QualityReferenceVersion v where v.py = :py order by v.number desc",
                QualityReferenceVersion.class).setParameter("py", py).setMaxResults(1).getResultStream().findFirst();
    }

    /** Where the PY's reference data come from, in words. */
    public String source(int py) {
        return latest(em, py).map(v -> "Version " + v.getNumber() + ", " + v.getChanged() + " loaded by " + v.getLoadedBy()
                        + " on " + gov.cms.ssp.shared.DisplayFormat.dateTime(v.getLoadedAt()))
                .orElse(QualityReferenceData.standardYears().contains(py) ? "The program's published reference files" : "None");
    }

    /** The current file of that name for the PY (to download, change and load again). */
    public byte[] file(int py, @NotNull String name) {
        if (!FILES.contains(name)) {
            throw new NotFoundException("There is no quality reference file " + name + ".");
        }
        return latest(em, py).map(v -> v.file(name)).or(() -> StandardQualityFiles.file(py, name))
                .orElseThrow(() -> new NotFoundException("There is no " + name + " for PY" + py + "."));
    }

    /**
     * A CMS administrator loads a new version of one of the PY's files; it is read together with the
     * current other two, and stored only when all three read without a problem.
     */
    @RolesAllowed(Role.CMS_ADMIN)
    public UploadResult load(int py, @NotNull String name, @NotNull byte[] content) {
        if (py < 2012 || py > 2100) {
            throw new BusinessException("The performance year must be between 2012 and 2100.");
        }
        if (!FILES.contains(name)) {
            throw new BusinessException("Load one of " + String.join(", ", FILES) + "; " + name + " is not a quality reference file.");
        }
        if (content.length > MAX_FILE_BYTES) {
            throw new BusinessException("The file is larger than 1 MB.");
        }
        byte[][] files = new byte[3][];
        for (int i = 0; i < 3; i++) {
            String f = FILES.get(i);
            files[i] = f.equals(name) ? content : currentOrEmpty(py, f, name);
        }
        QualityReferenceFiles.Reading r = QualityReferenceFiles.read(py, files[0], files[1], files[2]);
        if (!r.isClean()) {
            return new UploadResult(false, 0, r.problems());
        }
        int number = latest(em, py).map(QualityReferenceVersion::getNumber).orElse(0) + 1;
        em.persist(new QualityReferenceVersion(py, number, files[0], files[1], files[2], name, caller.userName(),
                LocalDateTime.now(ZoneOffset.UTC)));
        em.flush();
        return new UploadResult(true, r.data().measures().size(), List.<RowProblem>of());
    }

    private byte[] currentOrEmpty(int py, String f, String loading) {
        try {
            return file(py, f);
        } catch (NotFoundException e) {
            throw new BusinessException("PY" + py + " has no " + f + " yet: load it before " + loading + ".");
        }
    }

    /** The PY's reporting window, empty when CMS has not set one. */
    public Optional<QualityReportingWindow> window(int py) {
        return Optional.ofNullable(em.find(QualityReportingWindow.class, py));
    }

    @RolesAllowed(Role.CMS_ADMIN)
    public QualityReportingWindow setWindow(int py, LocalDate opensOn, LocalDate closesOn) {
        if (find(em, py).isEmpty()) {
            throw new BusinessException("PY" + py + " has no quality reference data; load them before opening reporting.");
        }
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        QualityReportingWindow w = em.find(QualityReportingWindow.class, py);
        if (w == null) {
            w = new QualityReportingWindow(py, opensOn, closesOn, caller.userName(), now);
            em.persist(w);
        } else {
            w.reschedule(opensOn, closesOn, caller.userName(), now);
        }
        em.flush();
        return w;
    }
}
