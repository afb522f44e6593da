package gov.cms.ssp.participant;

import gov.cms.ssp.certification.SignedLists;
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
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hibernate.Session;

/**
 * An ACO's participant and provider/supplier lists: the lists in force for a PY, the draft change
 * request it builds (uploads checked as a whole, single entries, deletions) and its submission.
 * ACO people act on their own ACO only; CMS may read every ACO's lists.
 */
@Stateless
@RolesAllowed({Role.CMS_ADMIN, Role.CMS_REVIEWER, Role.CMS_ANALYST, Role.ACO_EXECUTIVE, Role.ACO_STAFF})
public class ParticipantListService {
    private static final Map<String, String> SORTABLE = Map.of("tin", "tin", "npi", "npi", "name", "name",
            "effectiveDate", "effectiveDate", "terminationDate", "terminationDate", "specialty", "specialty");

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerContext caller;

    /** The PY change requests are for now: the one whose window is open, else next year. */
    public int changePy() {
        LocalDate today = LocalDate.now();
        return windows().stream().filter(w -> w.isOpen(today)).mapToInt(ChangeRequestWindow::py).max()
                .orElse(today.getYear() + 1);
    }

    public List<ChangeRequestWindow> windows() {
        return em.createNativeQuery("select py, opens_on, closes_on from change_request_window order by py desc", Object[].class)
                .getResultStream().map(o -> {
                    Object[] r = (Object[]) o;
                    return new ChangeRequestWindow(((Number) r[0]).intValue(), toDate(r[1]), toDate(r[2]));
                }).toList();
    }

    private static LocalDate toDate(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }

    public ListOverview overview(@NotNull AcoId acoId, int py) {
        caller.requireAcoAccess(acoId);
        ChangeRequestWindow window = windows().stream().filter(w -> w.py() == py).findFirst().orElse(null);
        ChangeRequest draft = draft(acoId, py, false);
        long draftRows = draft == null ? 0 : em.createQuery("select count(r) from ChangeRequestRow r where r.request = :c", Long.class)
                .setParameter("c", draft).getSingleResult();
        return new ListOverview(acoId.value(), py, window == null ? null : window.opensOn(), window == null ? null : window.closesOn(),
                window != null && window.isOpen(LocalDate.now()), draft == null ? null : draft.getId(), draftRows,
                inForce(acoId, py, ListKind.PARTICIPANT, new PageRequest(0, 1, null, true, null)).total(),
                inForce(acoId, py, ListKind.PROVIDER_SUPPLIER, new PageRequest(0, 1, null, true, null)).total());
    }

    /** The list in force for a PY: entries whose dates overlap the year. */
    public Page<ListEntryView> inForce(@NotNull AcoId acoId, int py, @NotNull ListKind kind, @NotNull PageRequest request) {
        caller.requireAcoAccess(acoId);
        String entity = kind == ListKind.PARTICIPANT ? "ParticipantTin" : "ProviderSupplier";
        StringBuilder where = new StringBuilder(" where e.acoId = :aco and e.effectiveDate <= :end"
                + " and (e.terminationDate is null or e.terminationDate >= :start)");
        Map<String, Object> params = new HashMap<>();
        params.put("aco", acoId);
        params.put("start", LocalDate.of(py, 1, 1));
        params.put("end", LocalDate.of(py, 12, 31));
        String nameField = kind == ListKind.PARTICIPANT ? "legalName" : "name";
        if (request.filter("tin") != null) {
            where.append(" and e.tin like :tin");
            params.put("tin", request.filter("tin").replace("-", "") + "%");
        }
        if (kind == ListKind.PROVIDER_SUPPLIER && request.filter("npi") != null) {
            where.append(" and e.npi like :npi");
            params.put("npi", request.filter("npi") + "%");
        }
        if (request.filter("name") != null) {
            where.append(" and upper(e.").append(nameField).append(") like :name");
            params.put("name", "%" + request.filter("name").toUpperCase() + "%");
        }
        String sort = SORTABLE.getOrDefault(request.sortField() == null ? "" : request.sortField(),
                kind == ListKind.PARTICIPANT ? "tin" : "npi");
        if (sort.equals("name")) {
            sort = nameField;
        }
        if (kind == ListKind.PARTICIPANT && (sort.equals("npi") || sort.equals("specialty"))) {
            sort = "tin";
        }
        TypedQuery<Object> rows = em.createQuery("select e from " + entity + " e" + where + " order by e." + sort
                + (request.ascending() ? " asc" : " desc") + ", e.id", Object.class);
        TypedQuery<Long> count = em.createQuery("select count(e) from " + entity + " e" + where, Long.class);
        params.forEach((k, v) -> {
            rows.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<ListEntryView> page = rows.setFirstResult(request.first()).setMaxResults(request.pageSize()).getResultStream()
                .map(e -> e instanceof ParticipantTin p ? ListEntryView.of(p) : ListEntryView.of((ProviderSupplier) e)).toList();
        return new Page<>(page, count.getSingleResult());
    }

    /** Every change-request row of the ACO for the PY, newest request first, with CMS's dispositions. */
    public Page<ChangeRowView> changes(@NotNull AcoId acoId, int py, @NotNull PageRequest request) {
        caller.requireAcoAccess(acoId);
        StringBuilder where = new StringBuilder(" where r.request.acoId = :aco and r.request.py = :py");
        Map<String, Object> params = new HashMap<>();
        params.put("aco", acoId);
        params.put("py", py);
        if (request.filter("tin") != null) {
            where.append(" and r.tin like :tin");
            params.put("tin", request.filter("tin") + "%");
        }
        if (request.filter("npi") != null) {
            where.append(" and r.npi like :npi");
            params.put("npi", request.filter("npi") + "%");
        }
        if (request.filter("name") != null) {
            where.append(" and upper(r.name) like :name");
            params.put("name", "%" + request.filter("name").toUpperCase() + "%");
        }
        if (request.filter("disposition") != null) {
            where.append(" and r.disposition = :disposition");
            params.put("disposition", Disposition.valueOf(request.filter("disposition")));
        }
        Map<String, String> sortable = Map.of("tin", "r.tin", "npi", "r.npi", "name", "r.name", "disposition", "r.disposition",
                "kind", "r.kind");
        String sort = sortable.get(request.sortField() == null ? "" : request.sortField());
        TypedQuery<ChangeRequestRow> rows = em.createQuery("select r from ChangeRequestRow r join fetch r.request" + where
                + " order by " + (sort == null ? "r.request.id desc, r.id" : sort + (request.ascending() ? " asc" : " desc") + ", r.id"),
                ChangeRequestRow.class);
        TypedQuery<Long> count = em.createQuery("select count(r) from ChangeRequestRow r" + where, Long.class);
        params.forEach((k, v) -> {
            rows.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<ChangeRowView> page = rows.setFirstResult(request.first()).setMaxResults(request.pageSize()).getResultStream()
                .map(r -> ChangeRowView.of(r, List.of())).toList();
        return new Page<>(page, count.getSingleResult());
    }

    /**
     * An uploaded list file, checked as a whole: formats, duplicates, and — set-based, against the
     * whole program — exclusivity, other initiatives and what is already listed. Only a file with no
     * problem at all is added to the ACO's draft change request; otherwise nothing is saved.
     */
    @RolesAllowed({Role.ACO_EXECUTIVE, Role.ACO_STAFF})
    public UploadResult upload(@NotNull AcoId acoId, int py, @NotNull ListKind kind, byte[] content) {
        caller.requireMembership(acoId);
        ListScreening rules = new ListScreening(py, LocalDate.now());
        ListFile file = ListFile.read(kind, content, rules);
        return screenAndSave(acoId, kind, rules, file.rows(), new ArrayList<>(file.problems()), file.dataRows());
    }

    /** One row typed on the page, screened exactly like an uploaded row, the moment it is entered. */
    @RolesAllowed({Role.ACO_EXECUTIVE, Role.ACO_STAFF})
    public UploadResult addEntry(@NotNull AcoId acoId, int py, @NotNull ListKind kind, @NotNull List<String> fields) {
        caller.requireMembership(acoId);
        if (fields.size() != kind.columns().size()) {
            throw new BusinessException("Expected " + kind.columns().size() + " values: " + String.join(", ", kind.columns()));
        }
        ListScreening rules = new ListScreening(py, LocalDate.now());
        List<RowProblem> problems = new ArrayList<>();
        ListRow row = rules.checkFields(kind, 1, fields, problems);
        return screenAndSave(acoId, kind, rules, row == null ? List.of() : List.of(row), problems, 1);
    }

    private UploadResult screenAndSave(AcoId acoId, ListKind kind, ListScreening rules, List<ListRow> rows,
                                       List<RowProblem> problems, int dataRows) {
        if (problems.stream().noneMatch(p -> p.row() == 0)) {
            problems.addAll(screen(acoId, rules, kind, rows, -1));
        }
        if (!problems.isEmpty()) {
            problems.sort(RowProblem.IN_FILE_ORDER);
            return new UploadResult(false, dataRows, problems);
        }
        ChangeRequest draft = draft(acoId, rules.py(), true);
        for (ListRow row : rows) {
            em.persist(ChangeRequestRow.addition(draft, row));
        }
        em.flush();
        return new UploadResult(true, rows.size(), List.of());
    }

    List<RowProblem> screen(AcoId acoId, ListScreening rules, ListKind kind, List<ListRow> rows, long excludeRequestId) {
        em.flush();
        return em.unwrap(Session.class).doReturningWork(c -> ConflictScreen.screen(c, acoId, rules, kind, rows, excludeRequestId));
    }

    /** Takes a row out of the draft before it is submitted. */
    @RolesAllowed({Role.ACO_EXECUTIVE, Role.ACO_STAFF})
    public void removeDraftRow(@NotNull AcoId acoId, long rowId) {
        caller.requireMembership(acoId);
        ChangeRequestRow row = em.find(ChangeRequestRow.class, rowId);
        if (row == null || !row.getRequest().getAcoId().equals(acoId)) {
            throw new NotFoundException("That change-request row does not exist.");
        }
        row.getRequest().requireDraft();
        em.remove(row);
    }

    /**
     * Asks for an entry in force to leave the list on {@code terminationDate}; the deletion must be
     * reported within 30 days of that date and takes effect on it.
     */
    @RolesAllowed({Role.ACO_EXECUTIVE, Role.ACO_STAFF})
    public void requestDeletion(@NotNull AcoId acoId, int py, @NotNull ListKind kind, long entryId, LocalDate terminationDate) {
        caller.requireMembership(acoId);
        ListScreening rules = new ListScreening(py, LocalDate.now());
        Class<?> type = kind == ListKind.PARTICIPANT ? ParticipantTin.class : ProviderSupplier.class;
        Object entry = em.find(type, entryId);
        AcoId owner = entry instanceof ParticipantTin p ? p.getAcoId() : entry instanceof ProviderSupplier s ? s.getAcoId() : null;
        if (owner == null || !owner.equals(acoId)) {
            throw new NotFoundException("That list entry does not exist.");
        }
        LocalDate effective = entry instanceof ParticipantTin p ? p.getEffectiveDate() : ((ProviderSupplier) entry).getEffectiveDate();
        List<String> problems = rules.deletionProblems(terminationDate, effective);
        if (!problems.isEmpty()) {
            throw new BusinessException(String.join(". ", problems) + ".");
        }
        long pending = em.createQuery("select count(r) from ChangeRequestRow r where r.targetId = :id and r.kind = :kind"
                        + " and r.action = :del and r.disposition = :pending", Long.class)
                .setParameter("id", entryId).setParameter("kind", kind).setParameter("del", ChangeAction.DELETE)
                .setParameter("pending", Disposition.PENDING).getSingleResult();
        if (pending > 0) {
            throw new BusinessException("A deletion of this entry is already waiting in a change request.");
        }
        ChangeRequest draft = draft(acoId, py, true);
        em.persist(entry instanceof ParticipantTin p ? ChangeRequestRow.deletion(draft, p, terminationDate)
                : ChangeRequestRow.deletion(draft, (ProviderSupplier) entry, terminationDate));
    }

    /**
     * The ACO executive sends the draft to CMS. Participant additions only during the
     * change-request window CMS set for the PY; deletions and provider/supplier changes at any time
     * (they must be reported within 30 days).
     */
    @RolesAllowed(Role.ACO_EXECUTIVE)
    public ChangeRequestSummary submit(@NotNull AcoId acoId, int py) {
        caller.requireMembership(acoId);
        SignedLists.requireUnsigned(em, acoId, py);
        ChangeRequest draft = draft(acoId, py, false);
        if (draft == null) {
            throw new BusinessException("There is no draft change request for " + py + ": add or delete entries first.");
        }
        long rows = em.createQuery("select count(r) from ChangeRequestRow r where r.request = :c", Long.class)
                .setParameter("c", draft).getSingleResult();
        long additions = em.createQuery("select count(r) from ChangeRequestRow r where r.request = :c and r.kind = :k and r.action = :a",
                        Long.class).setParameter("c", draft).setParameter("k", ListKind.PARTICIPANT)
                .setParameter("a", ChangeAction.ADD).getSingleResult();
        if (additions > 0) {
            ChangeRequestWindow window = windows().stream().filter(w -> w.py() == py).findFirst().orElse(null);
            if (window == null || !window.isOpen(LocalDate.now())) {
                throw new BusinessException("Participant additions for " + py + " can only be submitted during the change-request window"
                        + (window == null ? ", which CMS has not set yet." : " (" + window.opensOn() + " to " + window.closesOn() + ")."));
            }
        }
        draft.submit(caller.userName(), LocalDateTime.now(), rows);
        return new ChangeRequestSummary(draft.getId(), acoId.value(), py, draft.getStatus(), draft.getSubmittedBy(),
                draft.getSubmittedAt(), rows, rows);
    }

    /** The list in force as CSV in the upload layout (plus dates), cells safe for spreadsheets. */
    public String exportCsv(@NotNull AcoId acoId, int py, @NotNull ListKind kind) {
        List<List<String>> table = exportTable(acoId, py, kind);
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(table.get(0).toArray(String[]::new)).get())) {
            for (List<String> row : table.subList(1, table.size())) {
                csv.printRecord(row.stream().map(ExportCell::neutralised).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The same as an Excel workbook; its cells are inline strings, which Excel never evaluates. */
    public byte[] exportXlsx(@NotNull AcoId acoId, int py, @NotNull ListKind kind) {
        List<List<String>> table = exportTable(acoId, py, kind);
        return ListWorkbook.write(acoId + " " + py + " " + kind.slug(), table.get(0), table.subList(1, table.size()));
    }

    /** Header, then one row per entry in force, read a page at a time. */
    private List<List<String>> exportTable(AcoId acoId, int py, ListKind kind) {
        caller.requireAcoAccess(acoId);
        List<List<String>> table = new ArrayList<>();
        List<String> header = new ArrayList<>(kind.columns());
        if (kind == ListKind.PARTICIPANT) {
            header.add("Effective date");
        }
        header.add("Termination date");
        table.add(header);
        int first = 0;
        Page<ListEntryView> page;
        do {
            page = inForce(acoId, py, kind, new PageRequest(first, 500, null, true, null));
            for (ListEntryView e : page.rows()) {
                List<String> row = new ArrayList<>(kind == ListKind.PARTICIPANT
                        ? List.of(e.tin(), e.name(), e.primaryCare() ? "Y" : "N", String.valueOf(e.effectiveDate()))
                        : List.of(e.npi(), e.name(), e.specialty() == null ? "" : e.specialty(), e.tin(), String.valueOf(e.effectiveDate())));
                row.add(e.terminationDate() == null ? "" : e.terminationDate().toString());
                table.add(row);
            }
            first += 500;
        } while (first < page.total());
        return table;
    }

    private ChangeRequest draft(AcoId acoId, int py, boolean create) {
        ChangeRequest draft = em.createQuery("select c from ChangeRequest c where c.acoId = :aco and c.py = :py and c.status = :s",
                        ChangeRequest.class).setParameter("aco", acoId).setParameter("py", py)
                .setParameter("s", ChangeRequestStatus.DRAFT).getResultStream().findFirst().orElse(null);
        if (draft == null && create) {
            draft = new ChangeRequest(acoId, py, caller.userName());
            em.persist(draft);
        }
        return draft;
    }
}
