package gov.cms.ssp.quality;

import gov.cms.ssp.agreement.AgreementService;
import gov.cms.ssp.participant.RowProblem;
import gov.cms.ssp.participant.UploadResult;
import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.BusinessException;
import gov.cms.ssp.shared.CallerContext;
import gov.cms.ssp.shared.DisplayFormat;
import gov.cms.ssp.shared.NotFoundException;
import gov.cms.ssp.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * ACOs' quality reports through the APP: the ACO's staff report measures by form or CSV upload inside
 * the PY's reporting window (all or nothing), its executive submits, and the program scores the
 * submitted report. ACO users work only with their own ACO's report (another ACO's is answered like a
 * missing one); CMS staff read every ACO's.
 */
@Stateless
@RolesAllowed({Role.CMS_ADMIN, Role.CMS_REVIEWER, Role.CMS_ANALYST, Role.ACO_EXECUTIVE, Role.ACO_STAFF})
public class QualityReportService {
    public static final int MAX_FILE_BYTES = 512 * 1024;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerContext caller;

    @EJB
    private AgreementService agreements;

    @EJB
    private QualityReferenceService reference;

    private static Supplier<NotFoundException> missing(AcoId aco, int py) {
        return () -> new NotFoundException("There is no PY" + py + " quality report for " + aco + ".");
    }

    /** The ACO's report for the PY (an empty draft when nothing is reported yet), scored once submitted. */
    public QualityReportView report(@NotNull AcoId acoId, int py) {
        caller.requireAcoAccess(acoId, missing(acoId, py));
        String name = acoName(acoId).orElseThrow(missing(acoId, py));
        QualityReferenceData data = QualityReferenceService.find(em, py).orElseThrow(missing(acoId, py));
        Optional<QualityReport> report = QualityScores.report(em, acoId, py);
        Optional<QualityReportingWindow> window = reference.window(py);
        LocalDate today = LocalDate.now(DisplayFormat.CMS_ZONE);
        List<QualityReportView.MeasureRowView> rows = report.map(r -> r.getMeasures().stream().map(m -> row(data, m)).toList())
                .orElse(List.of());
        QualityResult result = report.filter(QualityReport::isSubmitted)
                .map(r -> new QualityScoring(data).score(QualityScores.submission(em, agreements.history(acoId), r, data)))
                .orElse(null);
        return new QualityReportView(acoId.value(), name, py,
                report.map(r -> r.getStatus().label()).orElse("Not started"), report.map(QualityReport::isSubmitted).orElse(false),
                report.map(QualityReport::getSubmittedBy).orElse(null),
                report.map(QualityReport::getSubmittedAt).map(DisplayFormat::dateTime).orElse(null),
                report.map(QualityReport::getUpdatedBy).orElse(null),
                report.map(QualityReport::getUpdatedAt).map(DisplayFormat::dateTime).orElse(null),
                windowText(py, window, today), window.map(w -> w.isOpenOn(today)).orElse(false), rows,
                notes(data, report.orElse(null), window.orElse(null), today), result, charts(data, result),
                result == null ? null : QualityScores.mips(em, acoId, py, data, result));
    }

    /** An uploaded CSV of the ACO's measures replaces every row of its draft, or nothing when a row has a problem. */
    @RolesAllowed({Role.ACO_EXECUTIVE, Role.ACO_STAFF})
    public UploadResult upload(@NotNull AcoId acoId, int py, @NotNull byte[] content) {
        caller.requireMembership(acoId, missing(acoId, py));
        if (content.length > MAX_FILE_BYTES) {
            throw new BusinessException("The file is larger than 512 KB; a quality report has at most 200 rows.");
        }
        QualityReferenceData data = reportable(acoId, py);
        QualityReportRows read = QualityReportRows.read(data, content);
        return save(acoId, py, read);
    }

    /**
     * The report form: every row at once (each a list of the six fields in {@link QualityReportRows#COLUMNS}
     * order), or nothing when a row has a problem.
     */
    @RolesAllowed({Role.ACO_EXECUTIVE, Role.ACO_STAFF})
    public UploadResult saveRows(@NotNull AcoId acoId, int py, @NotNull List<List<String>> rows) {
        caller.requireMembership(acoId, missing(acoId, py));
        QualityReferenceData data = reportable(acoId, py);
        return save(acoId, py, QualityReportRows.check(data, rows));
    }

    private UploadResult save(AcoId acoId, int py, QualityReportRows read) {
        if (!read.isClean()) {
            return new UploadResult(false, 0, read.problems());
        }
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        QualityReport report = QualityScores.report(em, acoId, py).orElseGet(() -> {
            QualityReport created = new QualityReport(acoId, py, caller.userName(), now);
            em.persist(created);
            return created;
        });
        report.replaceMeasures(read.measures(), caller.userName(), now);
        em.flush();
        return new UploadResult(true, read.measures().size(), List.<RowProblem>of());
    }

    /** The ACO's executive submits the report (the page asks for confirmation first); it is then scored. */
    @RolesAllowed(Role.ACO_EXECUTIVE)
    public QualityReportView submit(@NotNull AcoId acoId, int py) {
        caller.requireMembership(acoId, missing(acoId, py));
        reportable(acoId, py);
        QualityReport report = QualityScores.report(em, acoId, py)
                .orElseThrow(() -> new BusinessException("Nothing is reported for PY" + py + " yet; report the measures before submitting."));
        report.submit(caller.userName(), LocalDateTime.now(ZoneOffset.UTC));
        em.flush();
        return report(acoId, py);
    }

    /** The reference data, when the ACO may report for the PY today (inside the window CMS set). */
    private QualityReferenceData reportable(AcoId acoId, int py) {
        QualityReferenceData data = QualityReferenceService.find(em, py).orElseThrow(missing(acoId, py));
        LocalDate today = LocalDate.now(DisplayFormat.CMS_ZONE);
        QualityReportingWindow w = reference.window(py)
                .orElseThrow(() -> new BusinessException("CMS has not opened quality reporting for PY" + py + "."));
        if (!w.isOpenOn(today)) {
            throw new BusinessException("Quality reporting for PY" + py + " is open from " + DisplayFormat.date(w.getOpensOn())
                    + " to " + DisplayFormat.date(w.getClosesOn()) + "; today it is " + (w.hasClosedBy(today) ? "closed." : "not open yet."));
        }
        return data;
    }

    /** Every ACO's quality for the PY, for CMS: late and incomplete reporting named, the outcome once scored. */
    @RolesAllowed({Role.CMS_ADMIN, Role.CMS_REVIEWER, Role.CMS_ANALYST})
    public List<QualityOutcomeRow> outcomes(int py) {
        QualityReferenceData data = QualityReferenceService.find(em, py)
                .orElseThrow(() -> new NotFoundException("There is no quality reference data for PY" + py + "."));
        Map<AcoId, QualityReport> reports = new HashMap<>();
        em.createQuery("select r from QualityReport r where r.py = :py", QualityReport.class).setParameter("py", py)
                .getResultStream().forEach(r -> reports.put(r.getAcoId(), r));
        QualityReportingWindow window = reference.window(py).orElse(null);
        LocalDate today = LocalDate.now(DisplayFormat.CMS_ZONE);
        List<QualityOutcomeRow> rows = new ArrayList<>();
        for (Object[] aco : em.createQuery("select a.acoId, a.legalName from Aco a order by a.acoId", Object[].class).getResultList()) {
            AcoId id = (AcoId) aco[0];
            QualityReport r = reports.get(id);
            QualityResult result = r != null && r.isSubmitted()
                    ? new QualityScoring(data).score(QualityScores.submission(em, agreements.history(id), r, data)) : null;
            rows.add(new QualityOutcomeRow(id.value(), (String) aco[1], r == null ? "Not started" : r.getStatus().label(),
                    r == null || r.getSubmittedAt() == null ? null : DisplayFormat.dateTime(r.getSubmittedAt()),
                    String.join(" ", notes(data, r, window, today)),
                    result == null ? null : result.publishedScore(),
                    result == null ? "Not scored: no submitted report" : result.isDetermined() ? result.determination().label()
                            : "Not determined: " + String.join("; ", result.undetermined()),
                    result != null && result.isDetermined()));
        }
        return rows;
    }

    // ---- words and figures for the view

    private Optional<String> acoName(AcoId acoId) {
        return em.createQuery("select a.legalName from Aco a where a.acoId = :id", String.class).setParameter("id", acoId)
                .getResultStream().findFirst();
    }

    private static String windowText(int py, Optional<QualityReportingWindow> window, LocalDate today) {
        return window.map(w -> (w.isOpenOn(today) ? "Open" : w.hasClosedBy(today) ? "Closed" : "Not open yet") + ": "
                        + DisplayFormat.date(w.getOpensOn()) + " to " + DisplayFormat.date(w.getClosesOn()))
                .orElse("CMS has not opened quality reporting for PY" + py);
    }

    /** What is late or incomplete about the report, in words. */
    static List<String> notes(QualityReferenceData data, QualityReport report, QualityReportingWindow window, LocalDate today) {
        List<String> notes = new ArrayList<>();
        boolean submitted = report != null && report.isSubmitted();
        if (!submitted && window != null && window.hasClosedBy(today)) {
            notes.add("Late: not submitted, and the reporting window closed on " + DisplayFormat.date(window.getClosesOn()) + ".");
        }
        if (report == null || report.getMeasures().isEmpty()) {
            return notes;
        }
        for (ReportingRoute route : List.of(ReportingRoute.WEB_INTERFACE, ReportingRoute.CQM)) {
            List<ReportedMeasure> reported = report.reportedMeasures().stream()
                    .filter(m -> route.collectionTypes().contains(m.key().collectionType())).toList();
            if (reported.isEmpty()) {
                continue;
            }
            if (route == ReportingRoute.WEB_INTERFACE) {
                List<String> missingIds = data.measuresOf(CollectionType.WEB_INTERFACE).stream()
                        .map(MeasureDefinition::key).filter(k -> reported.stream().noneMatch(m -> m.key().equals(k)))
                        .map(MeasureKey::measureId).toList();
                if (!missingIds.isEmpty()) {
                    notes.add("Incomplete: " + missingIds.size() + " of the " + data.measuresOf(CollectionType.WEB_INTERFACE).size()
                            + " CMS Web Interface measures are not reported (" + String.join(", ", missingIds) + ").");
                }
            } else {
                List<String> missingIds = data.measures().stream().map(MeasureDefinition::key)
                        .filter(k -> route.collectionTypes().contains(k.collectionType()))
                        .map(MeasureKey::measureId).distinct()
                        .filter(id -> reported.stream().noneMatch(m -> m.key().measureId().equals(id))).toList();
                if (!missingIds.isEmpty()) {
                    notes.add("Incomplete: " + (missingIds.size() == 1 ? "measure " : "measures ") + String.join(", ", missingIds)
                            + (missingIds.size() == 1 ? " is" : " are") + " not reported as an eCQM, MIPS CQM or Medicare CQM.");
                }
            }
            for (ReportedMeasure m : reported) {
                BigDecimal c = m.completeness();
                if (c != null && c.compareTo(data.parameters().dataCompleteness()) < 0) {
                    notes.add("Incomplete: data completeness of " + data.measure(m.key()).map(MeasureDefinition::label)
                            .orElse(m.key().toString()) + " is " + percent(c) + ", below the "
                            + percent(data.parameters().dataCompleteness()) + " required.");
                }
            }
        }
        return notes;
    }

    private static QualityReportView.MeasureRowView row(QualityReferenceData data, QualityReportMeasure m) {
        ReportedMeasure r = m.toReportedMeasure();
        BigDecimal c = r.completeness();
        return new QualityReportView.MeasureRowView(m.getMeasureId(), m.getCollectionType().name(), m.getCollectionType().label(),
                data.measure(r.key()).map(MeasureDefinition::title).orElse(m.getMeasureId()), m.getPerformanceMet(),
                m.getDenominator(), m.getExclusions(), m.getEligiblePopulation(),
                r.performanceRate().setScale(2, RoundingMode.HALF_UP),
                c == null ? null : c.movePointRight(2).setScale(2, RoundingMode.HALF_UP));
    }

    private static List<QualityReportView.MeasureChart> charts(QualityReferenceData data, QualityResult result) {
        if (result == null) {
            return List.of();
        }
        List<QualityReportView.MeasureChart> charts = new ArrayList<>();
        for (MeasureResult m : result.measures()) {
            List<MeasureResult> scored = m.parts().isEmpty() ? List.of(m) : m.parts();
            for (MeasureResult part : scored) {
                if (part.rate() == null) {
                    continue;
                }
                data.benchmark(part.key()).ifPresent(b -> charts.add(new QualityReportView.MeasureChart(
                        data.measure(part.key()).map(MeasureDefinition::label).orElse(part.title()), part.rate().setScale(2, RoundingMode.HALF_UP),
                        b.decileStarts(), b.inverse(), part.decile(), part.points())));
            }
        }
        return charts;
    }

    static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
    }
}
