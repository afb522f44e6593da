package gov.cms.ssp.participant;

import gov.cms.ssp.shared.DisplayFormat;
import gov.cms.ssp.shared.ExportCell;
import gov.cms.ssp.aco.AcoProfile;
import gov.cms.ssp.aco.AcoService;
import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.snf.SnfWaiverStatus;
import gov.cms.ssp.shared.web.Feedback;
import gov.cms.ssp.shared.web.TableExport;
import gov.cms.ssp.shared.web.LazyTable;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.primefaces.event.TabChangeEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The ACO's lists for a PY — participants, providers/suppliers, SNF affiliates: the lists in force,
 * the upload (checked as a whole, every problem shown row by row, nothing saved until the file is
 * clean), single entries, corrections and deletions of entries in force, fixes of draft rows, and
 * the change requests with CMS's dispositions; the executive submits.
 */
@Named
@ViewScoped
public class ParticipantListPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private ParticipantListService lists;
    @EJB
    private AcoService acos;
    @EJB
    private gov.cms.ssp.assignment.AssignmentReportService assignment;
    /** estimated assigned beneficiaries per TIN from the latest assignment run */
    private gov.cms.ssp.assignment.TinEstimates estimates;

    private String acoId;
    private String acoName;
    private int py;
    private ListOverview overview;
    private LazyTable<ListEntryView> participants;
    private LazyTable<ListEntryView> providers;
    private LazyTable<ChangeRowView> changes;
    private SnfWaiverStatus snfWaiver;
    private LazyTable<ListEntryView> snfAffiliates;
    private final List<String> snfEntry = new ArrayList<>(Arrays.asList("", "", "", ""));

    private transient Part file;
    private ListKind uploadKind = ListKind.PARTICIPANT;
    private String uploadedName;
    private List<RowProblem> problems = List.of();

    private final List<String> participantEntry = new ArrayList<>(Arrays.asList("", "", "Y"));
    private final List<String> providerEntry = new ArrayList<>(Arrays.asList("", "", "", "", ""));
    private List<RowProblem> entryProblems = List.of();

    /** The change dialog: a correction of an entry in force ({@code changeEntryId}) or a fix of a draft row ({@code changeRowId}). */
    private ListKind changeKind;
    private Long changeEntryId;
    private Long changeRowId;
    private String changeSubject;
    private List<String> changeFields = new ArrayList<>();
    private boolean identifiersLocked;

    private int activeTab;

    private ListKind deletionKind;
    private ListEntryView deletionEntry;
    private LocalDate terminationDate;

    @PostConstruct
    void init() {
        List<AcoProfile> mine = acos.myAcos();
        if (mine.isEmpty()) {
            return;
        }
        acoId = mine.get(0).summary().acoId();
        acoName = mine.get(0).summary().legalName();
        py = lists.changePy();
        load();
    }

    private void load() {
        AcoId id = AcoId.of(acoId);
        overview = lists.overview(id, py);
        participants = new LazyTable<>(r -> lists.inForce(id, py, ListKind.PARTICIPANT, r), ListEntryView::key);
        providers = new LazyTable<>(r -> lists.inForce(id, py, ListKind.PROVIDER_SUPPLIER, r), ListEntryView::key);
        changes = new LazyTable<>(r -> lists.changes(id, py, r), ChangeRowView::key);
        snfWaiver = lists.snfWaiver(id, py);
        estimates = assignment.estimates(id, gov.cms.ssp.assignment.ParticipantTins.of(lists, id, py).stream()
                .map(gov.cms.ssp.assignment.ParticipantTins.Tin::tin).toList());
        snfAffiliates = new LazyTable<>(r -> lists.inForce(id, py, ListKind.SNF_AFFILIATE, r), ListEntryView::key);
    }

    public void tabChanged(TabChangeEvent<?> event) {
        activeTab = event.getComponent().getChildren().indexOf(event.getTab());
    }

    public void changeYear() {
        load();
    }

    public void upload() {
        if (file == null) {
            Feedback.errorFor("upload:file", "Choose a CSV file to upload.");
            return;
        }
        uploadedName = file.getSubmittedFileName();
        if (file.getSize() > ListFile.MAX_BYTES) {
            problems = List.of(ListFile.tooLarge(file.getSize()));
            Feedback.error(uploadedName + " was not saved: " + problems.get(0).problem() + ".");
            return;
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        UploadResult result = lists.upload(AcoId.of(acoId), py, uploadKind, content);
        problems = result.problems();
        if (result.saved()) {
            Feedback.info("All " + result.rows() + " rows of " + uploadedName + " are clean; they were added to your draft change request for " + py + ".");
        } else {
            Feedback.error(uploadedName + " was not saved: " + DisplayFormat.count(problems.size(), "problem", "problems") + " to fix, listed below. Nothing from this file was saved.");
        }
        load();
    }

    public void addSnf() {
        add(ListKind.SNF_AFFILIATE, snfEntry);
    }

    public void addParticipant() {
        add(ListKind.PARTICIPANT, participantEntry);
    }

    public void addProvider() {
        add(ListKind.PROVIDER_SUPPLIER, providerEntry);
    }

    private void add(ListKind kind, List<String> fields) {
        UploadResult result = lists.addEntry(AcoId.of(acoId), py, kind, new ArrayList<>(fields));
        entryProblems = result.problems();
        if (result.saved()) {
            Feedback.info("Added to your draft change request: " + fields.get(0) + " " + fields.get(1) + ".");
            for (int i = 0; i < fields.size(); i++) {
                fields.set(i, kind == ListKind.PARTICIPANT && i == 2 ? "Y" : "");
            }
        } else {
            // each problem beside the field of its column (the form's fields are the list's columns in order)
            List<String> ids = ENTRY_FIELDS.get(kind);
            for (var p : entryProblems) {
                int column = kind.columns().indexOf(p.column());
                String clientId = column < 0 || column >= ids.size() ? null
                        : Feedback.shownInput(jakarta.faces.context.FacesContext.getCurrentInstance(), ids.get(column));
                if (clientId == null) {
                    Feedback.error(inWords(p));
                } else {
                    Feedback.errorFor(clientId, inWords(p));
                }
            }
        }
        load();
    }

    /** The add-entry form's inputs, in the order of the list's columns. */
    private static final java.util.Map<ListKind, List<String>> ENTRY_FIELDS = java.util.Map.of(
            ListKind.PARTICIPANT, List.of("entryTin", "entryName", "entryPrimaryCare"),
            ListKind.PROVIDER_SUPPLIER, List.of("entryNpi", "entryProviderName", "entrySpecialty", "entryBillingTin", "entryEffective"),
            ListKind.SNF_AFFILIATE, List.of("snfCcn", "snfName", "snfTin", "snfStars"));

    /** "TIN '1234' must be exactly 9 digits. Correct it." — the column named once, not "TIN: TIN …". */
    private static String inWords(gov.cms.ssp.participant.RowProblem p) {
        String problem = p.column() == null || p.problem().startsWith(p.column()) ? p.problem() : p.column() + ": " + p.problem();
        return problem + ". " + p.fix() + ".";
    }

    /** Opens the change dialog on an entry in force, starting from its current values. */
    public void askChange(ListEntryView entry) {
        changeKind = entry.kind();
        changeEntryId = entry.id();
        changeRowId = null;
        changeFields = entry.fields();
        identifiersLocked = true;
        changeSubject = entry.kind().keyColumn() + " " + entry.identifier() + " " + entry.name();
    }

    /** Opens the change dialog on a row of the draft, to fix it before it is submitted. */
    public void askDraftFix(ChangeRowView row) {
        changeKind = row.kind();
        changeEntryId = null;
        changeRowId = row.id();
        changeFields = row.fields();
        identifiersLocked = row.action() != ChangeAction.ADD;
        changeSubject = row.action().label() + " " + row.kind().keyColumn() + " " + row.identifier() + " (draft)";
    }

    /** Saves the dialog: the values are screened like a new entry; with problems the dialog stays open and nothing changes. */
    public void saveChange() {
        AcoId id = AcoId.of(acoId);
        UploadResult result = changeRowId != null ? lists.replaceDraftRow(id, changeRowId, new ArrayList<>(changeFields))
                : lists.requestChange(id, py, changeKind, changeEntryId, new ArrayList<>(changeFields));
        if (result.saved()) {
            Feedback.info(changeRowId != null ? "The draft row was fixed: " + changeSubject + "."
                    : "The change of " + changeSubject + " was added to your draft change request; it applies when CMS accepts it.");
            org.primefaces.PrimeFaces.current().executeScript("PF('changeDialog').hide()");
            load();
        } else {
            result.problems().forEach(p -> Feedback.error(inWords(p)));
        }
    }

    public boolean isChangingEntryInForce() {
        return changeEntryId != null;
    }

    /** Whether a field of the change dialog may be edited: identifiers of an entry in force stay. */
    public boolean editable(int field) {
        if (!identifiersLocked) {
            return true;
        }
        return switch (changeKind) {
            case PARTICIPANT -> field != 0;
            case PROVIDER_SUPPLIER -> field == 1 || field == 2;
            case SNF_AFFILIATE -> field != 0;
        };
    }

    public void askDeletion(ListKind kind, ListEntryView entry) {
        deletionKind = kind;
        deletionEntry = entry;
        terminationDate = LocalDate.now();
    }

    public void requestDeletion() {
        lists.requestDeletion(AcoId.of(acoId), py, deletionKind, deletionEntry.id(), terminationDate);
        Feedback.info("Deletion of " + deletionKind.keyColumn() + " " + deletionEntry.identifier()
                + " added to your draft change request; it takes effect on " + gov.cms.ssp.shared.DisplayFormat.date(terminationDate) + ".");
        org.primefaces.PrimeFaces.current().executeScript("PF('deletionDialog').hide()");
        load();
    }

    public void removeDraftRow(ChangeRowView row) {
        lists.removeDraftRow(AcoId.of(acoId), row.id());
        Feedback.info("Removed " + row.action().label().toLowerCase() + " of " + row.identifier() + " from the draft.");
        load();
    }

    public void submit() {
        ChangeRequestSummary s = lists.submit(AcoId.of(acoId), py);
        Feedback.info("Change request " + s.id() + " with " + DisplayFormat.count(s.rows(), "row", "rows") + " was submitted to CMS.");
        load();
    }

    public StreamedContent getProblemsCsv() {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("Row", "Column", "Problem", "How to fix").get())) {
            for (RowProblem p : problems) {
                csv.printRecord(p.rowLabel(), ExportCell.neutralised(p.column()), ExportCell.neutralised(p.problem()),
                        ExportCell.neutralised(p.fix()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv(out.toString(), "problems-" + (uploadedName == null ? "upload.csv" : uploadedName.replaceAll("[^A-Za-z0-9._-]", "_")));
    }

    public StreamedContent export(ListKind kind) {
        return csv(lists.exportCsv(AcoId.of(acoId), py, kind), acoId + "-" + py + "-" + kind.slug() + ".csv");
    }

    public StreamedContent exportXlsx(ListKind kind) {
        byte[] bytes = lists.exportXlsx(AcoId.of(acoId), py, kind);
        return DefaultStreamedContent.builder().name(acoId + "-" + py + "-" + kind.slug() + ".xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public StreamedContent template(ListKind kind) {
        return csv(ListFile.template(kind), kind.slug() + "-template.csv");
    }

    private static StreamedContent csv(String text, String name) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name(name).contentType("text/csv;charset=UTF-8").contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public int getMaxFileBytes() {
        return ListFile.MAX_BYTES;
    }

    public List<Integer> getYears() {
        int current = lists.changePy();
        return List.of(current, current - 1, current - 2);
    }

    /** The lists a file may be uploaded to: SNF affiliates only for ACOs whose track has the waiver. */
    public List<ListKind> getKinds() {
        return snfWaiver != null && snfWaiver.mayHaveAffiliates() ? List.of(ListKind.values())
                : List.of(ListKind.PARTICIPANT, ListKind.PROVIDER_SUPPLIER);
    }

    public String getAcoId() { return acoId; }
    public String getAcoName() { return acoName; }
    public int getPy() { return py; }
    public void setPy(int py) { this.py = py; }
    public ListOverview getOverview() { return overview; }
    public LazyTable<ListEntryView> getParticipants() { return participants; }
    public LazyTable<ListEntryView> getProviders() { return providers; }
    static final TableExport<ChangeRowView> CHANGES = TableExport.of("change-requests",
            TableExport.text("Request", ChangeRowView::requestId), TableExport.text("Request status", c -> c.requestStatus().label()),
            TableExport.text("Change", c -> c.action().label() + " " + c.kind().entryNoun()), TableExport.text("TIN", ChangeRowView::tin),
            TableExport.text("NPI / CCN", c -> c.npi() != null ? c.npi() : c.ccn()), TableExport.text("Name", ChangeRowView::name),
            TableExport.text("What changes", ChangeRowView::correction),
            new TableExport.Column<>("Takes effect", c -> c.action() == ChangeAction.UPDATE ? "when accepted" : DisplayFormat.date(c.takesEffect())),
            TableExport.text("CMS disposition", c -> c.disposition().label()), TableExport.text("Reason", ChangeRowView::reasonLabel));

    /** The PY's change-request rows as filtered, as CSV or Excel. */
    public TableExport<ChangeRowView>.Downloads getChangesExport() {
        return CHANGES.downloads(() -> changes.exportRows());
    }

    public LazyTable<ChangeRowView> getChanges() { return changes; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public ListKind getUploadKind() { return uploadKind; }
    public void setUploadKind(ListKind uploadKind) { this.uploadKind = uploadKind; }
    public List<RowProblem> getProblems() { return problems; }
    public List<String> getParticipantEntry() { return participantEntry; }
    public List<String> getProviderEntry() { return providerEntry; }
    public ListEntryView getDeletionEntry() { return deletionEntry; }
    public LocalDate getTerminationDate() { return terminationDate; }
    public void setTerminationDate(LocalDate terminationDate) { this.terminationDate = terminationDate; }
    public SnfWaiverStatus getSnfWaiver() { return snfWaiver; }
    public LazyTable<ListEntryView> getSnfAffiliates() { return snfAffiliates; }
    public ListKind getSnfKind() { return ListKind.SNF_AFFILIATE; }
    public int getActiveTab() { return activeTab; }
    public void setActiveTab(int activeTab) { this.activeTab = activeTab; }
    public ListKind getChangeKind() { return changeKind; }
    public String getChangeSubject() { return changeSubject; }
    public List<String> getChangeFields() { return changeFields; }
    public List<String> getSnfEntry() { return snfEntry; }
    public ListKind getParticipantKind() { return ListKind.PARTICIPANT; }
    public ListKind getProviderKind() { return ListKind.PROVIDER_SUPPLIER; }

    public gov.cms.ssp.assignment.TinEstimates getEstimates() {
        return estimates;
    }
}
