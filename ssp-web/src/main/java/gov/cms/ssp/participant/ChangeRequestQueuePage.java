package gov.cms.ssp.participant;

import gov.cms.ssp.shared.web.Feedback;
import gov.cms.ssp.shared.web.LazyTable;
import gov.cms.ssp.shared.web.TableExport;
import org.primefaces.model.StreamedContent;
import gov.cms.ssp.shared.DisplayFormat;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * CMS's change-request queue: pick a request, see each row with what screening finds now, accept
 * or deny it with a reason code (reviewers; other CMS staff read).
 */
@Named
@ViewScoped
public class ChangeRequestQueuePage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private ChangeRequestReview review;

    @EJB
    private ParticipantListService lists;

    @EJB
    private gov.cms.ssp.agreement.AgreementService agreements;

    private Integer electionPy;
    private java.util.List<gov.cms.ssp.agreement.ElectionRow> elections;

    private LazyTable<ChangeRequestSummary> queue;
    private LazyTable<ChangeRowView> rows;
    private ChangeRequestSummary selected;
    private final Map<String, String> reasons = new HashMap<>();
    private final Map<String, String> notes = new HashMap<>();
    /** Per row shown: why its acceptance can no longer be reopened ("" : it can); cleared on every decision. */
    private final Map<String, String> refusals = new HashMap<>();

    static final TableExport<ChangeRequestSummary> EXPORT = TableExport.of("change-requests",
            TableExport.text("Request", ChangeRequestSummary::id), TableExport.text("ACO ID", ChangeRequestSummary::acoId),
            TableExport.text("Performance year", ChangeRequestSummary::py), TableExport.text("Status", r -> r.status().label()),
            TableExport.text("Submitted by", ChangeRequestSummary::submittedBy),
            new TableExport.Column<>("Submitted", r -> DisplayFormat.dateTime(r.submittedAt())),
            TableExport.count("Rows", ChangeRequestSummary::rows), TableExport.count("Rows pending", ChangeRequestSummary::pending));

    @PostConstruct
    void init() {
        queue = new LazyTable<>(review::queue, ChangeRequestSummary::key);
    }

    public StreamedContent getCsv() {
        return EXPORT.csv(queue.exportRows());
    }

    public StreamedContent getXlsx() {
        return EXPORT.xlsx(queue.exportRows());
    }

    public void open(ChangeRequestSummary request) {
        selected = review.summary(request.id());
        long id = selected.id();
        rows = new LazyTable<>(r -> review.rows(id, r), ChangeRowView::key);
        reasons.clear();
        notes.clear();
        refusals.clear();
    }

    public void acceptRowsWithoutFindings() {
        BulkDecision d = review.acceptRowsWithoutFindings(selected.id());
        refusals.clear();
        selected = review.summary(selected.id());
        Feedback.info("Accepted " + DisplayFormat.count(d.accepted(), "row", "rows") + " without findings"
                + (d.stillPending() == 0 ? "; the request is decided." : "; " + DisplayFormat.count(d.stillPending(), "row with findings waits", "rows with findings wait") + " for your decision."));
    }

    public void accept(ChangeRowView row) {
        decide(row, new Decision(Disposition.ACCEPTED, null, null));
    }

    public void deny(ChangeRowView row) {
        String reason = reasons.get(row.key());
        if (reason == null || reason.isBlank()) {
            Feedback.error("Choose a reason code before denying " + label(row) + ".");
            return;
        }
        decide(row, new Decision(Disposition.DENIED, DenialReason.valueOf(reason), notes.get(row.key())));
    }

    /**
     * Why an accepted row can no longer be reopened, in words ("" : it can); asked once per row shown
     * (the page renders it twice), for supervisors only.
     */
    public String reopenRefusal(ChangeRowView row) {
        return refusals.computeIfAbsent(row.key(), k -> review.reopenRefusal(selected.id(), row.id()).orElse(""));
    }

    /** The consequence sentence the supervisor confirms. */
    public String reopenConfirmation(ChangeRowView row) {
        String what = row.kind().keyColumn() + " " + row.identifier();
        return row.disposition() == Disposition.ACCEPTED
                ? "Reopen the acceptance of " + what + "? Its change is taken out of the PY " + row.py() + " list, the row is pending"
                        + " again in its reviewer's queue, the ACO is told your reason, and the reopening is recorded in the audit trail."
                : "Reopen the denial of " + what + "? The row is pending again in its reviewer's queue, the ACO is told your reason,"
                        + " and the reopening is recorded in the audit trail.";
    }

    /** A supervisor reopens a decided row with the reason typed beside it. */
    public void reopen(ChangeRowView row) {
        review.reopenRow(selected.id(), row.id(), notes.get(row.key()));
        notes.remove(row.key());
        refusals.clear();
        selected = review.summary(selected.id());
        Feedback.info("Reopened the decision on " + label(row) + "; it is pending again"
                + (selected.status() == ChangeRequestStatus.SUBMITTED ? " and the request waits for its reviewer." : "."));
    }

    private void decide(ChangeRowView row, Decision decision) {
        review.decide(selected.id(), row.id(), decision);
        refusals.clear();
        selected = review.summary(selected.id());
        Feedback.info(decision.disposition().label() + ": " + label(row) + ".");
    }

    private static String label(ChangeRowView row) {
        return row.action().label().toLowerCase() + " of " + row.kind().keyColumn() + " " + row.identifier();
    }

    public List<DenialReason> getReasonCodes() {
        return Arrays.asList(DenialReason.values());
    }

    public List<ChangeRequestStatus> getStatuses() {
        return List.of(ChangeRequestStatus.SUBMITTED, ChangeRequestStatus.DECIDED);
    }

    public LazyTable<ChangeRequestSummary> getQueue() { return queue; }
    public LazyTable<ChangeRowView> getRows() { return rows; }
    public ChangeRequestSummary getSelected() { return selected; }
    public Map<String, String> getReasons() { return reasons; }
    public Map<String, String> getNotes() { return notes; }

    /**
     * The PY whose glide-path and assignment elections are reviewed with the requests: the one asked
     * for ({@code ?py=}), else the PY of the change-request cycle now.
     */
    public int getElectionPy() {
        if (electionPy == null) {
            String asked = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("py");
            electionPy = asked != null && asked.matches("\\d{4}") ? Integer.parseInt(asked) : lists.changePy();
        }
        return electionPy;
    }

    public java.util.List<gov.cms.ssp.agreement.ElectionRow> getElections() {
        if (elections == null) {
            elections = agreements.electionsFor(getElectionPy());
        }
        return elections;
    }
}
