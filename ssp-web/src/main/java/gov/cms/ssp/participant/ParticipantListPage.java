package gov.cms.ssp.participant;

import gov.cms.ssp.aco.AcoProfile;
import gov.cms.ssp.aco.AcoService;
import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.snf.SnfAffiliateService;
import gov.cms.ssp.snf.SnfAffiliateView;
import gov.cms.ssp.snf.SnfScreening;
import gov.cms.ssp.snf.SnfWaiverStatus;
import gov.cms.ssp.shared.web.Feedback;
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
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The ACO's lists for a PY: the lists in force, the upload (checked as a whole, every problem shown
 * row by row, nothing saved until the file is clean), single entries, deletions, and the change
 * requests with CMS's dispositions; the executive submits. The SNF affiliates (a third list, not
 * by PY and without change requests) share the upload, problem table and export.
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
    private SnfAffiliateService snfs;

    private String acoId;
    private String acoName;
    private int py;
    private ListOverview overview;
    private LazyTable<ListEntryView> participants;
    private LazyTable<ListEntryView> providers;
    private LazyTable<ChangeRowView> changes;
    private SnfWaiverStatus snfWaiver;
    private LazyTable<SnfAffiliateView> snfAffiliates;
    private final List<String> snfEntry = new ArrayList<>(Arrays.asList("", "", "", ""));

    private transient Part file;
    private ListKind uploadKind = ListKind.PARTICIPANT;
    private String uploadedName;
    private List<RowProblem> problems = List.of();

    private final List<String> participantEntry = new ArrayList<>(Arrays.asList("", "", "Y"));
    private final List<String> providerEntry = new ArrayList<>(Arrays.asList("", "", "", "", ""));
    private List<RowProblem> entryProblems = List.of();

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
        snfWaiver = snfs.waiverStatus(id);
        snfAffiliates = new LazyTable<>(r -> snfs.inForce(id, r), a -> String.valueOf(a.id()));
    }

    public void changeYear() {
        load();
    }

    public void upload() {
        if (file == null) {
            Feedback.error("Choose a CSV file to upload.");
            return;
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        uploadedName = file.getSubmittedFileName();
        UploadResult result = lists.upload(AcoId.of(acoId), py, uploadKind, content);
        problems = result.problems();
        if (result.saved()) {
            Feedback.info("All " + result.rows() + " rows of " + uploadedName + " are clean; they were added to your draft change request for " + py + ".");
        } else {
            Feedback.error(uploadedName + " was not saved: " + problems.size() + " problem(s) to fix, listed below. Nothing from this file was saved.");
        }
        load();
    }

    /** An SNF affiliate file, checked as a whole like the other lists; saved directly (no change request). */
    public void uploadSnf() {
        if (file == null) {
            Feedback.error("Choose a CSV file to upload.");
            return;
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        uploadedName = file.getSubmittedFileName();
        UploadResult result = snfs.upload(AcoId.of(acoId), content);
        problems = result.problems();
        if (result.saved()) {
            Feedback.info("All " + result.rows() + " SNF affiliates of " + uploadedName + " are clean; they are on your SNF affiliate list.");
        } else {
            Feedback.error(uploadedName + " was not saved: " + problems.size() + " problem(s) to fix, listed below. Nothing from this file was saved.");
        }
        load();
    }

    public void addSnf() {
        UploadResult result = snfs.add(AcoId.of(acoId), new ArrayList<>(snfEntry));
        if (result.saved()) {
            Feedback.info("Added SNF affiliate " + snfEntry.get(0) + " " + snfEntry.get(1) + ".");
            for (int i = 0; i < snfEntry.size(); i++) {
                snfEntry.set(i, "");
            }
        } else {
            result.problems().forEach(p -> Feedback.error(p.column() + ": " + p.problem() + ". " + p.fix() + "."));
        }
        load();
    }

    public void removeSnf(SnfAffiliateView affiliate) {
        snfs.remove(AcoId.of(acoId), affiliate.id());
        Feedback.info("Removed SNF affiliate " + affiliate.ccn() + " " + affiliate.facilityName() + " from the list.");
        load();
    }

    public StreamedContent getSnfExport() {
        return csv(snfs.exportCsv(AcoId.of(acoId)), acoId + "-snf-affiliates.csv");
    }

    public StreamedContent getSnfExportXlsx() {
        byte[] bytes = snfs.exportXlsx(AcoId.of(acoId));
        return DefaultStreamedContent.builder().name(acoId + "-snf-affiliates.xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public StreamedContent getSnfTemplate() {
        return csv(SnfScreening.template(), "snf-affiliates-template.csv");
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
            entryProblems.forEach(p -> Feedback.error(p.column() + ": " + p.problem() + ". " + p.fix() + "."));
        }
        load();
    }

    public void askDeletion(ListKind kind, ListEntryView entry) {
        deletionKind = kind;
        deletionEntry = entry;
        terminationDate = LocalDate.now();
    }

    public void requestDeletion() {
        lists.requestDeletion(AcoId.of(acoId), py, deletionKind, deletionEntry.id(), terminationDate);
        Feedback.info("Deletion of " + (deletionEntry.npi() == null ? "TIN " + deletionEntry.tin() : "NPI " + deletionEntry.npi())
                + " added to your draft change request; it takes effect on " + terminationDate + ".");
        org.primefaces.PrimeFaces.current().executeScript("PF('deletionDialog').hide()");
        load();
    }

    public void removeDraftRow(ChangeRowView row) {
        lists.removeDraftRow(AcoId.of(acoId), row.id());
        Feedback.info("Removed " + row.action().label().toLowerCase() + " of " + (row.npi() == null ? row.tin() : row.npi()) + " from the draft.");
        load();
    }

    public void submit() {
        ChangeRequestSummary s = lists.submit(AcoId.of(acoId), py);
        Feedback.info("Change request " + s.id() + " with " + s.rows() + " row(s) was submitted to CMS.");
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

    public List<Integer> getYears() {
        int current = lists.changePy();
        return List.of(current, current - 1, current - 2);
    }

    public List<ListKind> getKinds() {
        return List.of(ListKind.values());
    }

    public String getAcoId() { return acoId; }
    public String getAcoName() { return acoName; }
    public int getPy() { return py; }
    public void setPy(int py) { this.py = py; }
    public ListOverview getOverview() { return overview; }
    public LazyTable<ListEntryView> getParticipants() { return participants; }
    public LazyTable<ListEntryView> getProviders() { return providers; }
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
    public LazyTable<SnfAffiliateView> getSnfAffiliates() { return snfAffiliates; }
    public List<String> getSnfEntry() { return snfEntry; }
    public ListKind getParticipantKind() { return ListKind.PARTICIPANT; }
    public ListKind getProviderKind() { return ListKind.PROVIDER_SUPPLIER; }
}
