package gov.cms.ssp.application;

import gov.cms.ssp.agreement.AgreementView;
import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.Role;
import gov.cms.ssp.shared.web.CurrentUser;
import gov.cms.ssp.shared.web.Feedback;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * CMS review of one application: every section, documents, history and audit trail; the reviewer
 * records deficiencies per section, sends RFIs, approves or denies. Each action carries the version
 * the reviewer saw, so a second reviewer's stale action is refused with who changed it.
 */
@Named
@ViewScoped
public class ApplicationReviewPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private ApplicationReceiptService receipts;
    @EJB
    private ApplicationService applications;
    @Inject
    private CurrentUser currentUser;

    private Long id;
    private ApplicationView view;
    private java.util.List<ReceiptView> receiptList = java.util.List.of();
    private List<AgreementView> agreements = List.of();
    private List<ApplicationService.Revision> auditTrail = List.of();
    private ApplicationSection deficiencySection;
    private String deficiencyText;
    private String denialReason;
    private String reopenReason;
    /** For a supervisor looking at an approval: why it can no longer be reopened (null: it can). */
    private String reopenRefusal;

    /**
     * The view action: shows the application named by the {@code id} view parameter. The service
     * refuses another ACO's application; the refusal reaches the 403 page.
     */
    public void load() {
        if (id != null && view == null) {
            show(applications.view(id));
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    private void show(ApplicationView v) {
        receiptList = receipts.receipts(v.id());
        view = v;
        agreements = v.status() == ApplicationStatus.APPROVED
                ? applications.agreements(AcoId.of(v.acoId())).stream().filter(a -> a.startDate().equals(v.agreementStart())).toList()
                : List.of();
        auditTrail = applications.auditTrail(v.id());
        reopenRefusal = v.status() == ApplicationStatus.APPROVED && currentUser.has(Role.CMS_ADMIN)
                ? applications.approvalReopenRefusal(v.id()).orElse(null) : null;
    }

    public void recordDeficiency() {
        show(applications.recordDeficiency(view.id(), deficiencySection, deficiencyText, view.version()));
        Feedback.info("Recorded the deficiency in " + deficiencySection.label() + "; send the request for information when the list is complete.");
        deficiencySection = null;
        deficiencyText = null;
    }

    public void issueRfi() {
        show(applications.issueRfi(view.id(), view.version()));
        Feedback.info("Sent RFI " + view.rfiRound() + " to " + view.acoId() + ".");
    }

    public void approve() {
        show(applications.approve(view.id(), view.version()));
        Feedback.info("Approved. The agreement of " + view.acoId() + " is created and the ACO is in the public directory.");
    }

    public void deny() {
        show(applications.deny(view.id(), denialReason, view.version()));
        Feedback.info("Denied the application of " + view.acoId() + ".");
    }

    /**
     * A supervisor reopens the decision with a reason: back to the reviewer's queue; the ACO is told. An
     * approval's agreement is withdrawn with it (offered only while nothing stands on it).
     */
    public void reopen() {
        boolean approval = view.status() == ApplicationStatus.APPROVED;
        show(applications.reopen(view.id(), reopenReason, view.version()));
        if (approval) {
            Feedback.info("Withdrew the agreement the approval had made; " + view.acoId() + " is in the directory only under an earlier agreement, if any.");
        }
        Feedback.info("Reopened the decision on " + view.acoId() + "'s application; it is back in "
                + (view.reviewer() == null ? "the review queue" : view.reviewer() + "'s queue") + ".");
        reopenReason = null;
    }

    public String getReopenRefusal() { return reopenRefusal; }

    /** The consequence sentence the supervisor confirms. */
    public String getReopenConfirmation() {
        String told = " the application goes back to its reviewer's queue, the ACO is told your reason, and the reopening is"
                + " recorded in the audit trail.";
        return view.status() == ApplicationStatus.APPROVED
                ? "Reopen the approval of " + view.acoId() + "'s application? Its agreement is withdrawn (the ACO leaves the"
                        + " directory under it);" + told
                : "Reopen the denial of " + view.acoId() + "'s application? It is under review again:" + told;
    }
    public String getReopenReason() { return reopenReason; }
    public void setReopenReason(String r) { reopenReason = r; }

    public boolean isReviewer() {
        return currentUser.has(Role.CMS_REVIEWER);
    }

    public List<ApplicationSection> getSections() {
        return List.of(ApplicationSection.values());
    }

    public ApplicationView getView() { return view; }

    /** The receipts of the ACO's submissions, each with its PDF copy of what was submitted. */
    public java.util.List<ReceiptView> getReceipts() {
        return receiptList;
    }
    public List<AgreementView> getAgreements() { return agreements; }
    public List<ApplicationService.Revision> getAuditTrail() { return auditTrail; }
    public ApplicationSection getDeficiencySection() { return deficiencySection; }
    public void setDeficiencySection(ApplicationSection s) { deficiencySection = s; }
    public String getDeficiencyText() { return deficiencyText; }
    public void setDeficiencyText(String t) { deficiencyText = t; }
    public String getDenialReason() { return denialReason; }
    public void setDenialReason(String r) { denialReason = r; }
}
