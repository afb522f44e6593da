package gov.cms.ssp.participant;

import gov.cms.ssp.shared.ExportCell;
import gov.cms.ssp.shared.Workbook;
import gov.cms.ssp.shared.DisplayFormat;
import gov.cms.ssp.aco.Aco;
import gov.cms.ssp.agreement.AgreementService;
import gov.cms.ssp.agreement.Track;
import gov.cms.ssp.certification.SignedLists;
import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.BusinessException;
import gov.cms.ssp.shared.CallerContext;
import gov.cms.ssp.shared.NotFoundException;
import gov.cms.ssp.shared.Page;
import gov.cms.ssp.shared.PageRequest;
import gov.cms.ssp.shared.Role;
import gov.cms.ssp.snf.SnfAffiliate;
import gov.cms.ssp.snf.SnfRow;
import gov.cms.ssp.snf.SnfScreening;
import gov.cms.ssp.snf.SnfWaiverStatus;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
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
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hibernate.Session;

/**
 * An ACO's lists — participants, providers/suppliers and SNF affiliates: the lists in force for a
 * PY, and the draft change request the ACO builds (uploads checked as a whole, single entries,
 * deletions, corrections of entries in force) and its submission. Every change goes through a
 * change request and CMS's review. ACO people act on their own ACO only; CMS may read every ACO's
 * lists.
 */
@Stateless
@RolesAllowed({Role.CMS_ADMIN, Role.CMS_REVIEWER, Role.CMS_ANALYST, Role.ACO_EXECUTIVE, Role.ACO_STAFF})
public class ParticipantListService {
    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerContext caller;

    @EJB
    private AgreementService agreements;

    @Resource
    private SessionContext context;

    /** The PY change requests are for now: the one whose window is open, else next year. */
    public int changePy() {
        LocalDate today = LocalDate.now();
        return windows().stream().filter(w -> w.isOpen(today)).mapToInt(ChangeRequestWindow::py).max()
                .orElse(today.getYear() + 1);
    }

    public List<ChangeRequestWindow> windows() {
        return em.createNativeQuery("select py, opens_on, closes_on, decide_by from change_request_window order by py desc", Object[].class)
                .getResultStream().map(o -> {
                    Object[] r = (Object[]) o;
                    return new ChangeRequestWindow(((Number) r[0]).intValue(), toDate(r[1]), toDate(r[2]), toDate(r[3]));
                }).toList();
    }

    private static LocalDate toDate(Object o) {
        return o == null ? null : o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }

    public ListOverview overview(@NotNull AcoId acoId, int py) {
        caller.requireAcoAccess(acoId);
        ChangeRequestWindow window = windows().stream().filter(w -> w.py() == py).findFirst().orElse(null);
        ChangeRequest draft = draft(acoId, py, false);
        long draftRows = draft == null ? 0 : em.createQuery("select count(r) from ChangeRequestRow r where r.request = :c", Long.class)
                .setParameter("c", draft).getSingleResult();
        PageRequest one = new PageRequest(0, 1, null, true, null);
        return new ListOverview(acoId.value(), py, window == null ? null : window.opensOn(), window == null ? null : window.closesOn(),
                window != null && window.isOpen(LocalDate.now()), draft == null ? null : draft.getId(), draftRows,
                inForce(acoId, py, ListKind.PARTICIPANT, one).total(), inForce(acoId, py, ListKind.PROVIDER_SUPPLIER, one).total(),
                inForce(acoId, py, ListKind.SNF_AFFILIATE, one).total());
    }

    /**
     * Whether the ACO's level in the PY allows an SNF affiliate list at all, and why not (pages hide the
     * SNF forms when it does not): a Level A entrant gains the waiver in the PY it reaches Level C.
     */
    public SnfWaiverStatus snfWaiver(@NotNull AcoId acoId, int py) {
        caller.requireAcoAccess(acoId);
        aco(acoId);
        Track level = levelIn(acoId, py);
        String refusal = SnfScreening.trackRefusal(level);
        return new SnfWaiverStatus(acoId.value(), level == null ? null : level.name(), refusal == null, refusal);
    }

    private Track levelIn(AcoId acoId, int py) {
        return agreements.history(acoId).levelIn(py).orElse(null);
    }

    /** The list in force for a PY: entries whose dates overlap the year, filtered and sorted in the database. */
    public Page<ListEntryView> inForce(@NotNull AcoId acoId, int py, @NotNull ListKind kind, @NotNull PageRequest request) {
        caller.requireAcoAccess(acoId);
        StringBuilder where = new StringBuilder(" where e.acoId = :aco and e.effectiveDate <= :end"
                + " and (e.terminationDate is null or e.terminationDate >= :start)");
        Map<String, Object> params = new HashMap<>();
        params.put("aco", acoId);
        params.put("start", LocalDate.of(py, 1, 1));
        params.put("end", LocalDate.of(py, 12, 31));
        if (request.filter("tin") != null) {
            where.append(" and e.tin like :tin");
            params.put("tin", request.filter("tin").replace("-", "").strip() + "%");
        }
        if (kind == ListKind.PROVIDER_SUPPLIER && request.filter("npi") != null) {
            where.append(" and e.npi like :npi");
            params.put("npi", request.filter("npi").strip() + "%");
        }
        if (kind == ListKind.SNF_AFFILIATE && request.filter("ccn") != null) {
            where.append(" and e.ccn like :ccn");
            params.put("ccn", request.filter("ccn").strip() + "%");
        }
        String name = request.filter("name") != null ? request.filter("name") : request.filter("facilityName");
        if (name != null) {
            where.append(" and upper(e.").append(ListEntries.nameField(kind)).append(") like :name");
            params.put("name", "%" + name.toUpperCase() + "%");
        }
        String entity = ListEntries.entity(kind);
        TypedQuery<ListEntry> rows = em.createQuery("select e from " + entity + " e" + where + " order by e."
                + ListEntries.sortField(kind, request.sortField()) + (request.ascending() ? " asc" : " desc") + ", e.id", ListEntry.class);
        TypedQuery<Long> count = em.createQuery("select count(e) from " + entity + " e" + where, Long.class);
        params.forEach((k, v) -> {
            rows.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<ListEntryView> page = rows.setFirstResult(request.first()).setMaxResults(request.pageSize()).getResultStream()
                .map(ListEntryView::of).toList();
        return new Page<>(page, count.getSingleResult());
    }

    /** Every change-request row of the ACO for the PY, newest request first, with CMS's dispositions. */
    public Page<ChangeRowView> changes(@NotNull AcoId acoId, int py, @NotNull PageRequest request) {
        caller.requireAcoAccess(acoId);
        StringBuilder where = new StringBuilder(" where r.request.acoId = :aco and r.request.py = :py");
        Map<String, Object> params = new HashMap<>();
        params.put("aco", acoId);
        params.put("py", py);
        for (String field : List.of("tin", "npi", "ccn")) {
            if (request.filter(field) != null) {
                where.append(" and r.").append(field).append(" like :").append(field);
                params.put(field, request.filter(field).strip() + "%");
            }
        }
        if (request.filter("name") != null) {
            where.append(" and upper(r.name) like :name");
            params.put("name", "%" + request.filter("name").toUpperCase() + "%");
        }
        if (request.filter("disposition") != null) {
            where.append(" and r.disposition = :disposition");
            params.put("disposition", Disposition.valueOf(request.filter("disposition")));
        }
        Map<String, String> sortable = Map.of("tin", "r.tin", "npi", "r.npi", "ccn", "r.ccn", "name", "r.name",
                "disposition", "r.disposition", "kind", "r.kind");
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

    /** One of the ACO's change-request rows. */
    public ChangeRowView changeRow(@NotNull AcoId acoId, long rowId) {
        caller.requireAcoAccess(acoId);
        ChangeRequestRow row = em.find(ChangeRequestRow.class, rowId);
        if (row == null || !row.getRequest().getAcoId().equals(acoId)) {
            throw new NotFoundException("That change-request row does not exist.");
        }
        return ChangeRowView.of(row, List.of());
    }

    /**
     * An uploaded list file, checked as a whole: formats, duplicates, and — set-based, against the
     * whole program — exclusivity, other initiatives and what is already listed or requested. Only a
     * file with no problem at all is added to the ACO's draft change request; otherwise nothing is saved.
     */
    @RolesAllowed({Role.ACO_EXECUTIVE, Role.ACO_STAFF})
    public UploadResult upload(@NotNull AcoId acoId, int py, @NotNull ListKind kind, byte[] content) {
        caller.requireMembership(acoId);
        if (kind == ListKind.SNF_AFFILIATE) {
            requireSnfWaiverTrack(acoId, py);
            ListFile.Parsed<SnfRow> file = ListFile.parse(SnfScreening.COLUMNS, "SNF", content, ListFile.MAX_ROWS,
                    SnfScreening::checkFields);
            return screenAndSaveSnf(acoId, py, file.rows(), new ArrayList<>(file.problems()), file.dataRows(), file.readable());
        }
        ListScreening rules = new ListScreening(py, LocalDate.now());
        ListFile file = ListFile.read(kind, content, rules);
        return screenAndSave(acoId, kind, rules, file.rows(), new ArrayList<>(file.problems()), file.dataRows());
    }

    /** One row typed on the page (values in the kind's column order), screened exactly like an uploaded row. */
    @RolesAllowed({Role.ACO_EXECUTIVE, Role.ACO_STAFF})
    public UploadResult addEntry(@NotNull AcoId acoId, int py, @NotNull ListKind kind, @NotNull List<String> fields) {
        caller.requireMembership(acoId);
        requireWidth(kind, fields);
        List<RowProblem> problems = new ArrayList<>();
        if (kind == ListKind.SNF_AFFILIATE) {
            requireSnfWaiverTrack(acoId, py);
            SnfRow row = SnfScreening.checkFields(1, fields, problems);
            return screenAndSaveSnf(acoId, py, row == null ? List.of() : List.of(row), problems, 1, true);
        }
        ListScreening rules = new ListScreening(py, LocalDate.now());
        ListRow row = rules.checkFields(kind, 1, fields, problems);
        return screenAndSave(acoId, kind, rules, row == null ? List.of() : List.of(row), problems, 1);
    }

    private static void requireWidth(ListKind kind, List<String> fields) {
        if (fields.size() != kind.columns().size()) {
            throw new BusinessException("Expected " + kind.columns().size() + " values: " + String.join(", ", kind.columns()));
        }
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

    /** SNF rows: the ACO's SNF list is small, so duplicates are checked against sets of its CCNs. */
    private UploadResult screenAndSaveSnf(AcoId acoId, int py, List<SnfRow> rows, List<RowProblem> problems, int dataRows,
                                          boolean readable) {
        if (readable) {
            List<String> onList = em.createQuery("select a.ccn from SnfAffiliate a where a.acoId = :aco and a.effectiveDate <= :end"
                            + " and (a.terminationDate is null or a.terminationDate >= :start)", String.class)
                    .setParameter("aco", acoId).setParameter("start", LocalDate.of(py, 1, 1)).setParameter("end", LocalDate.of(py, 12, 31))
                    .getResultList();
            List<String> pending = em.createQuery("select r.ccn from ChangeRequestRow r where r.request.acoId = :aco"
                            + " and r.request.py = :py and r.kind = :kind and r.action = :add and r.disposition = :pending", String.class)
                    .setParameter("aco", acoId).setParameter("py", py).setParameter("kind", ListKind.SNF_AFFILIATE)
                    .setParameter("add", ChangeAction.ADD).setParameter("pending", Disposition.PENDING).getResultList();
            problems.addAll(SnfScreening.duplicates(rows, py, new HashSet<>(onList), new HashSet<>(pending)));
        }
        if (!problems.isEmpty()) {
            problems.sort(RowProblem.IN_FILE_ORDER);
            return new UploadResult(false, dataRows, problems);
        }
        ChangeRequest draft = draft(acoId, py, true);
        LocalDate effective = new ListScreening(py, LocalDate.now()).participantEffectiveDate(); // January 1, like participants
        for (SnfRow row : rows) {
            em.persist(ChangeRequestRow.addition(draft, row, effective));
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
        em.remove(draftRow(acoId, rowId));
    }

    /**
     * Fixes a row of the draft before it is submitted: the new values are screened exactly like a
     * new entry (an addition) or a new correction (a change); if they have problems the draft keeps
     * the old row and nothing changes.
     */
    @RolesAllowed({Role.ACO_EXECUTIVE, Role.ACO_STAFF})
    public UploadResult replaceDraftRow(@NotNull AcoId acoId, long rowId, @NotNull List<String> fields) {
        caller.requireMembership(acoId);
        ChangeRequestRow row = draftRow(acoId, rowId);
        if (row.getAction() == ChangeAction.DELETE) {
            throw new BusinessException("A deletion has only its termination date: remove it from the draft and delete the entry again.");
        }
        int py = row.getRequest().getPy();
        ListKind kind = row.getKind();
        Long target = row.getTargetId();
        ChangeAction action = row.getAction();
        em.remove(row);
        em.flush();
        UploadResult result = action == ChangeAction.ADD ? addEntry(acoId, py, kind, fields) : requestChange(acoId, py, kind, target, fields);
        if (!result.saved()) {
            context.setRollbackOnly(); // the old row stays
        }
        return result;
    }

    private ChangeRequestRow draftRow(AcoId acoId, long rowId) {
        ChangeRequestRow row = em.find(ChangeRequestRow.class, rowId);
        if (row == null || !row.getRequest().getAcoId().equals(acoId)) {
            throw new NotFoundException("That change-request row does not exist.");
        }
        row.getRequest().requireDraft();
        return row;
    }

    /**
     * Asks for an entry in force to leave the list on {@code terminationDate}; the deletion must be
     * reported within 30 days of that date and takes effect on it.
     */
    @RolesAllowed({Role.ACO_EXECUTIVE, Role.ACO_STAFF})
    public void requestDeletion(@NotNull AcoId acoId, int py, @NotNull ListKind kind, long entryId, LocalDate terminationDate) {
        caller.requireMembership(acoId);
        ListEntry entry = ListEntries.find(em, kind, acoId, entryId);
        List<String> problems = new ListScreening(py, LocalDate.now()).deletionProblems(terminationDate, entry.getEffectiveDate());
        if (!problems.isEmpty()) {
            throw new BusinessException(String.join(". ", problems) + ".");
        }
        requireNothingPending(entry);
        em.persist(ChangeRequestRow.deletion(draft(acoId, py, true), entry, terminationDate));
    }

    /**
     * Asks CMS to correct an entry in force — a participant's legal name or primary-care billing, a
     * provider/supplier's name or specialty, an SNF's name, TIN or star rating — with the values in
     * the kind's column order, checked like an addition. The identifier stays (a blank one is taken
     * from the entry); a different TIN, NPI or CCN is a deletion and an addition. A participant that
     * starts billing primary care is screened for exclusivity like a new one.
     */
    @RolesAllowed({Role.ACO_EXECUTIVE, Role.ACO_STAFF})
    public UploadResult requestChange(@NotNull AcoId acoId, int py, @NotNull ListKind kind, long entryId, @NotNull List<String> fields) {
        caller.requireMembership(acoId);
        requireWidth(kind, fields);
        ListEntry entry = ListEntries.find(em, kind, acoId, entryId);
        if (entry.getTerminationDate() != null && entry.getTerminationDate().isBefore(LocalDate.now())) {
            throw new BusinessException(kind.keyColumn() + " " + entry.identifier() + " left the list on " + DisplayFormat.date(entry.getTerminationDate())
                    + "; it can no longer be changed.");
        }
        requireNothingPending(entry);
        ListEntryView current = ListEntryView.of(entry);
        List<String> values = new ArrayList<>(fields);
        List<String> identifiers = current.fields();
        values.set(0, blankTo(values.get(0), identifiers.get(0)));
        if (kind == ListKind.PROVIDER_SUPPLIER) {
            values.set(3, blankTo(values.get(3), identifiers.get(3)));
            values.set(4, ""); // the effective date is not corrected; the reporting-window check does not apply
        }
        List<RowProblem> problems = new ArrayList<>();
        ChangeRequestRow change;
        if (kind == ListKind.SNF_AFFILIATE) {
            SnfRow row = SnfScreening.checkFields(1, values, problems);
            if (row == null) {
                return new UploadResult(false, 1, problems);
            }
            change = ChangeRequestRow.change(draft(acoId, py, true), (SnfAffiliate) entry, row);
        } else {
            ListScreening rules = new ListScreening(py, LocalDate.now());
            ListRow row = rules.checkFields(kind, 1, values, problems);
            if (row == null) {
                return new UploadResult(false, 1, problems);
            }
            if (entry instanceof ParticipantTin p && row.primaryCare() && !p.isPrimaryCare()) {
                em.flush();
                problems.addAll(em.unwrap(Session.class).doReturningWork(c -> ConflictScreen.exclusivity(c, acoId, rules, List.of(row), -1)));
                if (!problems.isEmpty()) {
                    return new UploadResult(false, 1, problems);
                }
            }
            change = ChangeRequestRow.change(draft(acoId, py, true), entry, row);
        }
        em.persist(change);
        return new UploadResult(true, 1, List.of());
    }

    private static String blankTo(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    /** One open deletion or change per entry: two would contradict each other. */
    private void requireNothingPending(ListEntry entry) {
        List<ChangeRequestRow> pending = em.createQuery("select r from ChangeRequestRow r where r.targetId = :id and r.kind = :kind"
                        + " and r.action <> :add and r.disposition = :pending", ChangeRequestRow.class)
                .setParameter("id", entry.getId()).setParameter("kind", entry.kind()).setParameter("add", ChangeAction.ADD)
                .setParameter("pending", Disposition.PENDING).setMaxResults(1).getResultList();
        if (!pending.isEmpty()) {
            ChangeRequestRow r = pending.get(0);
            throw new BusinessException("A " + (r.getAction() == ChangeAction.DELETE ? "deletion" : "change") + " of "
                    + entry.kind().keyColumn() + " " + entry.identifier() + " is already waiting in change request " + r.getRequest().getId()
                    + (r.getRequest().getStatus() == ChangeRequestStatus.DRAFT ? " (your draft)" : "") + ".");
        }
    }

    /**
     * The ACO executive sends the draft to CMS. Participant and SNF additions only during the
     * change-request window CMS set for the PY; deletions, corrections and provider/supplier changes
     * at any time (they must be reported within 30 days).
     */
    @RolesAllowed(Role.ACO_EXECUTIVE)
    public ChangeRequestSummary submit(@NotNull AcoId acoId, int py) {
        caller.requireMembership(acoId);
        SignedLists.requireUnsigned(em, acoId, py);
        ChangeRequest draft = draft(acoId, py, false);
        if (draft == null) {
            throw new BusinessException("There is no draft change request for " + py + ": add, change or delete entries first.");
        }
        long rows = em.createQuery("select count(r) from ChangeRequestRow r where r.request = :c", Long.class)
                .setParameter("c", draft).getSingleResult();
        List<ListKind> windowed = Arrays.stream(ListKind.values()).filter(ListKind::additionsNeedTheWindow).toList();
        long additions = em.createQuery("select count(r) from ChangeRequestRow r where r.request = :c and r.kind in :k and r.action = :a",
                        Long.class).setParameter("c", draft).setParameter("k", windowed)
                .setParameter("a", ChangeAction.ADD).getSingleResult();
        if (additions > 0) {
            ChangeRequestWindow window = windows().stream().filter(w -> w.py() == py).findFirst().orElse(null);
            if (window == null || !window.isOpen(LocalDate.now())) {
                throw new BusinessException("Participant and SNF additions for " + py + " can only be submitted during the change-request window"
                        + (window == null ? ", which CMS has not set yet." : " (" + DisplayFormat.date(window.opensOn()) + " to " + DisplayFormat.date(window.closesOn()) + ")."));
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
        return Workbook.write(acoId + " " + py + " " + kind.slug(), table.get(0), table.subList(1, table.size()));
    }

    /** Header, then one row per entry in force, read a page at a time. */
    private List<List<String>> exportTable(AcoId acoId, int py, ListKind kind) {
        caller.requireAcoAccess(acoId);
        List<List<String>> table = new ArrayList<>();
        List<String> header = new ArrayList<>(kind.columns());
        if (kind != ListKind.PROVIDER_SUPPLIER) {
            header.add("Effective date");
        }
        header.add("Termination date");
        table.add(header);
        int first = 0;
        Page<ListEntryView> page;
        do {
            page = inForce(acoId, py, kind, new PageRequest(first, 500, null, true, null));
            for (ListEntryView e : page.rows()) {
                List<String> row = e.fields();
                if (kind != ListKind.PROVIDER_SUPPLIER) {
                    row.add(DisplayFormat.date(e.effectiveDate()));
                }
                row.add(DisplayFormat.date(e.terminationDate()));
                table.add(row);
            }
            first += 500;
        } while (first < page.total());
        return table;
    }

    private void requireSnfWaiverTrack(AcoId acoId, int py) {
        String refusal = SnfScreening.trackRefusal(levelIn(acoId, py));
        if (refusal != null) {
            throw new BusinessException(refusal + ".");
        }
    }

    private Aco aco(AcoId acoId) {
        return em.createQuery("select a from Aco a where a.acoId = :id", Aco.class).setParameter("id", acoId)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("There is no ACO " + acoId + "."));
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
