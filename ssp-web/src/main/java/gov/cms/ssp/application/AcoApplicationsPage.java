package gov.cms.ssp.application;

import gov.cms.ssp.aco.AcoProfile;
import gov.cms.ssp.aco.AcoService;
import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.web.Feedback;
import gov.cms.ssp.shared.web.TableExport;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ACO applications: for each open cycle and each of the caller's ACOs, the next thing to do (file
 * the notice of intent, start or open the application), and every application of the caller's ACOs.
 * An executive whose account has no ACO yet (a prospective applicant) files the notice of intent of
 * a new organisation: a row without ACO ID, whose notice CMS answers by assigning one.
 */
@Named
@ViewScoped
public class AcoApplicationsPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private ApplicationService applications;
    @EJB
    private NoticeService notices;
    @EJB
    private AcoService acos;
    @jakarta.inject.Inject
    private gov.cms.ssp.shared.web.CurrentUser currentUser;

    private List<Opportunity> opportunities;
    private List<ApplicationView> mine;
    private NoticeFields notice;

    /** One ACO (or, with no ACO ID, the caller's new organisation) in one cycle: what it has done so far. */
    public record Opportunity(String acoId, String acoName, CycleView cycle, NoticeView notice, ApplicationView application) {
        public String key() {
            return acoId + "-" + cycle.agreementYear();
        }

        public boolean prospective() {
            return acoId == null;
        }
    }

    /** The fields of the notice form whose input is not named as the notice's property. */
    private static final java.util.Map<String, String> NOTICE_FIELDS = java.util.Map.of("doingBusinessAs", "notice:dba",
            "executiveName", "notice:execName", "executiveEmail", "notice:execEmail");

    @PostConstruct
    void init() {
        reload();
    }

    private void reload() {
        mine = applications.myApplications();
        opportunities = new ArrayList<>();
        List<AcoProfile> myAcos = acos.myAcos();
        noAco = myAcos.isEmpty();
        for (CycleView cycle : applications.cycles()) {
            for (AcoProfile aco : myAcos) {
                AcoId id = AcoId.of(aco.summary().acoId());
                Optional<ApplicationView> app = mine.stream()
                        .filter(a -> a.acoId().equals(id.value()) && a.cycleYear() == cycle.agreementYear()).findFirst();
                Optional<NoticeView> filed = notices.notice(id, cycle.agreementYear());
                if (cycle.noiaOpen() || cycle.submissionOpen() || app.isPresent() || filed.isPresent()) {
                    opportunities.add(new Opportunity(id.value(), aco.summary().legalName(), cycle, filed.orElse(null),
                            app.orElse(null)));
                }
            }
            if (isProspectiveApplicant()) {
                Optional<NoticeView> filed = prospectiveNotices().stream().filter(n -> n.cycleYear() == cycle.agreementYear())
                        .findFirst();
                if (cycle.noiaOpen() || filed.isPresent()) {
                    opportunities.add(new Opportunity(null, filed.map(NoticeView::legalName).orElse("Your organisation"), cycle,
                            filed.orElse(null), null));
                }
            }
        }
    }

    private List<NoticeView> prospective;
    private boolean noAco;

    private List<NoticeView> prospectiveNotices() {
        if (prospective == null) {
            prospective = notices.myProspectiveNotices();
        }
        return prospective;
    }

    /** An ACO executive whose account has no ACO yet: the executive of an organisation that plans to apply. */
    public boolean isProspectiveApplicant() {
        return noAco && currentUser.has(gov.cms.ssp.shared.Role.ACO_EXECUTIVE);
    }

    public void prepareNotice(String acoId, int year) {
        notice = new NoticeFields();
        notice.year = year;
        if (acoId == null || acoId.isEmpty()) { // a new organisation: nothing on file to fill in from
            return;
        }
        NoticeForm t = notices.noticeTemplate(AcoId.of(acoId));
        notice.acoId = acoId;
        notice.legalName = t.legalName();
        notice.tin = t.tin();
        notice.doingBusinessAs = t.doingBusinessAs();
        notice.executiveName = t.executiveName();
        notice.executiveEmail = t.executiveEmail();
        notice.primaryName = t.primaryName();
        notice.primaryEmail = t.primaryEmail();
    }

    public void fileNotice() {
        NoticeFields n = notice;
        NoticeForm form = new NoticeForm(n.legalName, n.tin, n.doingBusinessAs, n.address, n.executiveName, n.executiveEmail,
                n.primaryName, n.primaryEmail, n.secondaryName, n.secondaryEmail);
        try {
            if (n.acoId == null) {
                NoticeView filed = notices.fileProspectiveNotice(n.year, form);
                Feedback.info("Filed the Notice of Intent to Apply of " + filed.legalName() + " for " + n.year + ": reference "
                        + filed.reference() + ". CMS assigns your ACO ID and tells you when you can start the application.");
            } else {
                notices.fileNotice(AcoId.of(n.acoId), n.year, form);
                Feedback.info("Filed the Notice of Intent to Apply of " + n.acoId + " for " + n.year + ". You can start the application now.");
            }
        } catch (RuntimeException e) {
            if (Feedback.besideFields(e, NOTICE_FIELDS)) {
                return;
            }
            throw e;
        }
        notice = null;
        prospective = null;
        reload();
    }

    public void cancelNotice() {
        notice = null;
    }

    public String start(String acoId, int year) {
        ApplicationView started = applications.start(AcoId.of(acoId), year);
        return "/aco/application?faces-redirect=true&id=" + started.id();
    }

    public List<Opportunity> getOpportunities() {
        return opportunities;
    }

    static final TableExport<ApplicationView> EXPORT = TableExport.of("my-applications",
            TableExport.text("ACO", ApplicationView::acoId), TableExport.date("Agreement start", ApplicationView::agreementStart),
            TableExport.text("Track / level", ApplicationView::trackLabel), TableExport.text("Status", ApplicationView::statusLabel),
            TableExport.date("Submitted", ApplicationView::submittedOn), TableExport.date("RFI answer due", ApplicationView::rfiDeadline));

    /** The ACO's own applications as CSV or Excel. */
    public TableExport<ApplicationView>.Downloads getMineExport() {
        return EXPORT.downloads(() -> mine);
    }

    public List<ApplicationView> getMine() {
        return mine;
    }

    public NoticeFields getNotice() {
        return notice;
    }

    /** The notice form's fields. */
    public static class NoticeFields implements Serializable {
        private static final long serialVersionUID = 1L;
        private String acoId;
        private int year;
        private String legalName;
        private String tin;
        private String doingBusinessAs;
        private String address;
        private String executiveName;
        private String executiveEmail;
        private String primaryName;
        private String primaryEmail;
        private String secondaryName;
        private String secondaryEmail;

        public String getAcoId() { return acoId; }
        public int getYear() { return year; }
        public String getLegalName() { return legalName; }
        public void setLegalName(String v) { legalName = v; }
        public String getTin() { return tin; }
        public void setTin(String v) { tin = v; }
        public String getDoingBusinessAs() { return doingBusinessAs; }
        public void setDoingBusinessAs(String v) { doingBusinessAs = v; }
        public String getAddress() { return address; }
        public void setAddress(String v) { address = v; }
        public String getExecutiveName() { return executiveName; }
        public void setExecutiveName(String v) { executiveName = v; }
        public String getExecutiveEmail() { return executiveEmail; }
        public void setExecutiveEmail(String v) { executiveEmail = v; }
        public String getPrimaryName() { return primaryName; }
        public void setPrimaryName(String v) { primaryName = v; }
        public String getPrimaryEmail() { return primaryEmail; }
        public void setPrimaryEmail(String v) { primaryEmail = v; }
        public String getSecondaryName() { return secondaryName; }
        public void setSecondaryName(String v) { secondaryName = v; }
        public String getSecondaryEmail() { return secondaryEmail; }
        public void setSecondaryEmail(String v) { secondaryEmail = v; }
    }
}
