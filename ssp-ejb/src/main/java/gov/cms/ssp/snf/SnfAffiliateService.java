package gov.cms.ssp.snf;

import gov.cms.ssp.aco.Aco;
import gov.cms.ssp.participant.ExportCell;
import gov.cms.ssp.participant.ListFile;
import gov.cms.ssp.participant.ListWorkbook;
import gov.cms.ssp.participant.RowProblem;
import gov.cms.ssp.participant.UploadResult;
import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.BusinessException;
import gov.cms.ssp.shared.CallerContext;
import gov.cms.ssp.shared.NotFoundException;
import gov.cms.ssp.shared.Page;
import gov.cms.ssp.shared.PageRequest;
import gov.cms.ssp.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * An ACO's SNF affiliates (SNF 3-day rule waiver, 42 CFR 425.612): the list in force today, uploads
 * checked as a whole with the same file reader as the participant lists, single entries and
 * removals. Unlike participant lists these change directly — no change request — because the
 * waiver list is the ACO's own declaration; every change is audited (Envers). Only ACOs on a
 * waiver track (BASIC C/D/E, ENHANCED) may keep one; CMS may read every ACO's list.
 */
@Stateless
@RolesAllowed({Role.CMS_ADMIN, Role.CMS_REVIEWER, Role.CMS_ANALYST, Role.ACO_EXECUTIVE, Role.ACO_STAFF})
public class SnfAffiliateService {
    private static final Map<String, String> SORTABLE = Map.of("ccn", "ccn", "facilityName", "facilityName", "tin", "tin",
            "starRating", "starRating", "effectiveDate", "effectiveDate");

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerContext caller;

    /** The affiliates in force today, filtered and sorted in the database. */
    public Page<SnfAffiliateView> inForce(@NotNull AcoId acoId, @NotNull PageRequest request) {
        caller.requireAcoAccess(acoId);
        StringBuilder where = new StringBuilder(" where a.acoId = :aco and a.effectiveDate <= :today"
                + " and (a.terminationDate is null or a.terminationDate >= :today)");
        Map<String, Object> params = new HashMap<>();
        params.put("aco", acoId);
        params.put("today", LocalDate.now());
        if (request.filter("ccn") != null) {
            where.append(" and a.ccn like :ccn");
            params.put("ccn", request.filter("ccn").strip() + "%");
        }
        if (request.filter("tin") != null) {
            where.append(" and a.tin like :tin");
            params.put("tin", request.filter("tin").replace("-", "").strip() + "%");
        }
        if (request.filter("facilityName") != null) {
            where.append(" and upper(a.facilityName) like :name");
            params.put("name", "%" + request.filter("facilityName").toUpperCase() + "%");
        }
        String sort = SORTABLE.getOrDefault(request.sortField() == null ? "" : request.sortField(), "ccn");
        TypedQuery<SnfAffiliate> rows = em.createQuery("select a from SnfAffiliate a" + where + " order by a." + sort
                + (request.ascending() ? " asc" : " desc") + ", a.id", SnfAffiliate.class);
        TypedQuery<Long> count = em.createQuery("select count(a) from SnfAffiliate a" + where, Long.class);
        params.forEach((k, v) -> {
            rows.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<SnfAffiliateView> page = rows.setFirstResult(request.first()).setMaxResults(request.pageSize()).getResultStream()
                .map(SnfAffiliateView::of).toList();
        return new Page<>(page, count.getSingleResult());
    }

    /** Whether the ACO's track allows an SNF list at all, and why not (pages hide the upload when it does not). */
    public SnfWaiverStatus waiverStatus(@NotNull AcoId acoId) {
        caller.requireAcoAccess(acoId);
        Aco aco = aco(acoId);
        String refusal = SnfScreening.trackRefusal(aco.getTrack());
        return new SnfWaiverStatus(acoId.value(), aco.getTrack() == null ? null : aco.getTrack().name(), refusal == null, refusal);
    }

    /**
     * An uploaded SNF list file, checked as a whole (formats, 3-star minimum, duplicates in the file
     * and against the list in force). Only a file with no problem at all is saved.
     */
    @RolesAllowed({Role.ACO_EXECUTIVE, Role.ACO_STAFF})
    public UploadResult upload(@NotNull AcoId acoId, byte[] content) {
        caller.requireMembership(acoId);
        requireWaiverTrack(acoId);
        ListFile.Parsed<SnfRow> file = ListFile.parse(SnfScreening.COLUMNS, "SNF", content, ListFile.MAX_ROWS,
                SnfScreening::checkFields);
        return screenAndSave(acoId, file.rows(), new ArrayList<>(file.problems()), file.dataRows(), file.readable());
    }

    /** One SNF typed on the page, checked exactly like an uploaded row. */
    @RolesAllowed({Role.ACO_EXECUTIVE, Role.ACO_STAFF})
    public UploadResult add(@NotNull AcoId acoId, @NotNull List<String> fields) {
        caller.requireMembership(acoId);
        requireWaiverTrack(acoId);
        if (fields.size() != SnfScreening.COLUMNS.size()) {
            throw new BusinessException("Expected " + SnfScreening.COLUMNS.size() + " values: " + String.join(", ", SnfScreening.COLUMNS));
        }
        List<RowProblem> problems = new ArrayList<>();
        SnfRow row = SnfScreening.checkFields(1, fields, problems);
        return screenAndSave(acoId, row == null ? List.of() : List.of(row), problems, 1, true);
    }

    private UploadResult screenAndSave(AcoId acoId, List<SnfRow> rows, List<RowProblem> problems, int dataRows, boolean readable) {
        if (readable) {
            List<String> inForce = em.createQuery("select a.ccn from SnfAffiliate a where a.acoId = :aco"
                            + " and (a.terminationDate is null or a.terminationDate >= :today)", String.class)
                    .setParameter("aco", acoId).setParameter("today", LocalDate.now()).getResultList();
            problems.addAll(SnfScreening.duplicates(rows, new HashSet<>(inForce)));
        }
        if (!problems.isEmpty()) {
            problems.sort(RowProblem.IN_FILE_ORDER);
            return new UploadResult(false, dataRows, problems);
        }
        LocalDate today = LocalDate.now();
        for (SnfRow row : rows) {
            em.persist(new SnfAffiliate(acoId, row, today));
        }
        em.flush();
        return new UploadResult(true, rows.size(), List.of());
    }

    /**
     * Takes an SNF off the list from today. An affiliate added today is removed outright (it never
     * was in force on an earlier day); otherwise it is terminated, keeping the history.
     */
    @RolesAllowed({Role.ACO_EXECUTIVE, Role.ACO_STAFF})
    public void remove(@NotNull AcoId acoId, long affiliateId) {
        caller.requireMembership(acoId);
        SnfAffiliate a = em.find(SnfAffiliate.class, affiliateId);
        LocalDate today = LocalDate.now();
        if (a == null || !a.getAcoId().equals(acoId) || !a.isInForce(today)) {
            throw new NotFoundException("That SNF affiliate is not on the list.");
        }
        if (a.getEffectiveDate().equals(today)) {
            em.remove(a);
        } else {
            a.terminate(today.minusDays(1));
        }
    }

    /** The list in force as CSV in the upload layout (plus dates), cells safe for spreadsheets. */
    public String exportCsv(@NotNull AcoId acoId) {
        List<List<String>> table = exportTable(acoId);
        StringWriter out = new StringWriter();
        try (org.apache.commons.csv.CSVPrinter csv = new org.apache.commons.csv.CSVPrinter(out,
                org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader(table.get(0).toArray(String[]::new)).get())) {
            for (List<String> row : table.subList(1, table.size())) {
                csv.printRecord(row.stream().map(ExportCell::neutralised).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The same as an Excel workbook (inline strings, never evaluated). */
    public byte[] exportXlsx(@NotNull AcoId acoId) {
        List<List<String>> table = exportTable(acoId);
        return ListWorkbook.write(acoId + " SNF affiliates", table.get(0), table.subList(1, table.size()));
    }

    private List<List<String>> exportTable(AcoId acoId) {
        List<List<String>> table = new ArrayList<>();
        List<String> header = new ArrayList<>(SnfScreening.COLUMNS);
        header.add("Effective date");
        header.add("Termination date");
        table.add(header);
        int first = 0;
        Page<SnfAffiliateView> page;
        do {
            page = inForce(acoId, new PageRequest(first, 500, null, true, null));
            for (SnfAffiliateView a : page.rows()) {
                table.add(List.of(a.ccn(), a.facilityName(), a.tin(), String.valueOf(a.starRating()), String.valueOf(a.effectiveDate()),
                        a.terminationDate() == null ? "" : a.terminationDate().toString()));
            }
            first += 500;
        } while (first < page.total());
        return table;
    }

    private void requireWaiverTrack(AcoId acoId) {
        String refusal = SnfScreening.trackRefusal(aco(acoId).getTrack());
        if (refusal != null) {
            throw new BusinessException(refusal + ".");
        }
    }

    private Aco aco(AcoId acoId) {
        return em.createQuery("select a from Aco a where a.acoId = :id", Aco.class).setParameter("id", acoId)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("There is no ACO " + acoId + "."));
    }
}
