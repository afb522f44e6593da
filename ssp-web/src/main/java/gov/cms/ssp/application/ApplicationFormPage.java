package gov.cms.ssp.application;

import gov.cms.ssp.agreement.AgreementView;
import gov.cms.ssp.agreement.GlidePath;
import gov.cms.ssp.agreement.ParticipationOptions;
import gov.cms.ssp.agreement.Track;
import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.BusinessException;
import gov.cms.ssp.shared.Role;
import gov.cms.ssp.shared.web.CurrentUser;
import gov.cms.ssp.shared.web.Feedback;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The application as a guided form: one step per section, each step saved as a draft when the ACO
 * moves on (or back), a last step that lists what is missing section by section, and the
 * executive's submit. After an RFI each section shows CMS's deficiencies with a place to answer.
 */
@Named
@ViewScoped
public class ApplicationFormPage implements Serializable {
    private static final long serialVersionUID = 1L;
    static final List<Track> NEW_AGREEMENT_TRACKS = List.of(Track.BASIC_A, Track.BASIC_B, Track.BASIC_C, Track.BASIC_D,
            Track.BASIC_E, Track.ENHANCED);

    @EJB
    private ApplicationService applications;
    @EJB
    private ApplicationReceiptService receiptService;
    @EJB
    private NoticeService notices;
    @EJB
    private gov.cms.ssp.aco.AcoService acos;
    @Inject
    private CurrentUser currentUser;
    @EJB
    private gov.cms.ssp.participant.ParticipantListService lists;
    @EJB
    private gov.cms.ssp.assignment.AssignmentReportService assignment;

    private Long id;
    private ApplicationView view;
    private ApplicationFormFields form;
    private int step;
    private final Map<Long, String> answers = new HashMap<>();
    private List<Problem> refusedProblems = List.of();
    private List<AgreementView> agreements = List.of();
    private DocumentKind uploadKind = DocumentKind.COMPLIANCE_PLAN;
    private List<ReceiptView> receipts = List.of();
    /** The notice of intent the application follows (every application is started from one). */
    private NoticeView notice;
    /** Names that came from the ACO's contacts on file, not from the application: the page says so. */
    private final List<String> prefilled = new ArrayList<>();

    /**
     * The view action: shows the application named by the {@code id} view parameter. The service
     * answers another ACO's application exactly like a missing one; both are the 404 page.
     */
    public void load() throws java.io.IOException {
        if (id != null && view == null) {
            try {
                show(applications.view(id));
                step = resumeStep();
                notice = notices.notice(AcoId.of(view.acoId()), view.cycleYear()).orElse(null);
            } catch (gov.cms.ssp.shared.NotFoundException e) {
                jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
                faces.getExternalContext().responseSendError(404, e.getMessage());
                faces.responseComplete();
            }
        }
    }

    /**
     * Where a reopened application resumes: the first section with something missing (what the ACO
     * can complete), else the review step; one the ACO can no longer change opens on the review.
     */
    private int resumeStep() {
        if (!view.editable()) {
            return getReviewStep();
        }
        return view.problems().stream()
                .filter(p -> p.section() != ApplicationSection.ATTESTATIONS || isExecutive())
                .mapToInt(p -> p.section().ordinal()).min().orElse(getReviewStep());
    }

    /** Governance left empty is filled from the contacts on file (saved with the step like anything typed). */
    private void prefillGovernance() {
        prefilled.clear();
        if (!view.editable() || form.complianceOfficial != null && form.medicalDirector != null) {
            return;
        }
        for (gov.cms.ssp.aco.ContactView c : acos.profile(AcoId.of(view.acoId())).contacts()) {
            if (c.role() == gov.cms.ssp.aco.ContactRole.COMPLIANCE_OFFICIAL && form.complianceOfficial == null) {
                form.complianceOfficial = c.name();
                prefilled.add(c.roleLabel().toLowerCase());
            } else if (c.role() == gov.cms.ssp.aco.ContactRole.MEDICAL_DIRECTOR && form.medicalDirector == null) {
                form.medicalDirector = c.name();
                prefilled.add(c.roleLabel().toLowerCase());
            }
        }
    }

    /** "compliance official and medical director", when those came from the contacts on file. */
    public String getPrefilled() {
        return String.join(" and ", prefilled);
    }

    public NoticeView getNotice() {
        return notice;
    }

    public List<ReceiptView> getReceipts() {
        return receipts;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** One participant TIN of the application (on the PY's list, or a requested addition) with its estimate. */
    public record ParticipantEstimate(String tin, String name, boolean requested, Integer estimate) {
    }

    private List<ParticipantEstimate> participantEstimates;
    private gov.cms.ssp.assignment.TinEstimates estimates;

    /**
     * The application's participant TINs — the PY's participant list in force and the additions requested
     * and not denied — each with its estimated assigned beneficiaries from CMS's latest assignment run
     * (the same estimates the participant list shows), read once per view.
     */
    public List<ParticipantEstimate> getParticipantEstimates() {
        if (participantEstimates == null && view != null) {
            AcoId aco = AcoId.of(view.acoId());
            List<gov.cms.ssp.assignment.ParticipantTins.Tin> tins = gov.cms.ssp.assignment.ParticipantTins.of(lists, aco,
                    view.cycleYear());
            estimates = assignment.estimates(aco, tins.stream().map(gov.cms.ssp.assignment.ParticipantTins.Tin::tin).toList());
            participantEstimates = tins.stream()
                    .map(p -> new ParticipantEstimate(p.tin(), p.name(), p.requested(), estimates.of(p.tin()))).toList();
        }
        return participantEstimates == null ? List.of() : participantEstimates;
    }

    /** The estimates behind {@link #getParticipantEstimates} (the run they come from). */
    public gov.cms.ssp.assignment.TinEstimates getEstimates() {
        getParticipantEstimates();
        return estimates;
    }

    /** The ACO's estimated total: the sum over its participant TINs, set against the program's 5,000 minimum. */
    public int getEstimatedTotal() {
        return getParticipantEstimates().stream().map(ParticipantEstimate::estimate).filter(java.util.Objects::nonNull)
                .mapToInt(Integer::intValue).sum();
    }

    public boolean isEstimateMeetsMinimum() {
        return getEstimatedTotal() >= gov.cms.ssp.assignment.TinEstimates.MINIMUM;
    }

    public String getNoEstimate() {
        return gov.cms.ssp.assignment.TinEstimates.NO_ESTIMATE;
    }

    private void show(ApplicationView v) {
        view = v;
        participantEstimates = null;
        form = ApplicationFormFields.of(v);
        prefillGovernance();
        receipts = v.status() == ApplicationStatus.DRAFT ? List.of() : receiptService.receipts(v.id());
        answers.clear();
        v.openDeficiencies().forEach(d -> answers.put(d.id(), d.response()));
        agreements = v.status() == ApplicationStatus.APPROVED
                ? applications.agreements(AcoId.of(v.acoId())).stream()
                        .filter(a -> a.startDate().equals(v.agreementStart())).toList()
                : List.of();
    }

    public ApplicationSection getSection() {
        return step < ApplicationSection.values().length ? ApplicationSection.values()[step] : null;
    }

    public int getReviewStep() {
        return ApplicationSection.values().length;
    }

    public void next() {
        if (saveStep()) {
            step = Math.min(step + 1, getReviewStep());
        }
    }

    public void back() {
        if (saveStep()) {
            step = Math.max(step - 1, 0);
        }
    }

    public void goTo(int target) {
        if (saveStep()) {
            step = Math.max(0, Math.min(target, getReviewStep()));
        }
    }

    /** The form's fields whose input is not named as the answer's property (the others are found by id). */
    private static final Map<String, String> FIELDS = Map.of("doingBusinessAs", "app:dba", "repaymentIssuer", "app:issuer",
            "repaymentAmount", "app:amount", "totalExpenditures", "app:expenditures", "participantRevenue", "app:revenue");

    /**
     * Saves the current step as a draft; nothing to save when the application is not the ACO's to change.
     * Invalid answers keep the user on the step, each message beside its field.
     */
    private boolean saveStep() {
        ApplicationSection s = getSection();
        if (s == null || !view.editable() || s == ApplicationSection.DOCUMENTS
                || s == ApplicationSection.LEGAL_ENTITY && view.legalEntityLocked()
                || s == ApplicationSection.ATTESTATIONS && !isExecutive()) { // the executive's to make
            return true;
        }
        try {
            show(applications.saveSection(view.id(), s, form.toForm(), view.version()));
        } catch (RuntimeException e) {
            if (Feedback.besideFields(e, FIELDS)) {
                return false;
            }
            throw e;
        }
        Feedback.info("Saved \"" + s.label() + "\" as a draft.");
        return true;
    }

    /** Saves one answer; what the user typed in the section's fields stays on the form, to be saved with the step. */
    public void answer(long deficiencyId) {
        ApplicationFormFields typed = form;
        Map<Long, String> otherAnswers = new HashMap<>(answers);
        show(applications.answer(view.id(), deficiencyId, answers.get(deficiencyId), view.version()));
        form = typed;
        otherAnswers.forEach(answers::putIfAbsent);
        Feedback.info("Saved your answer.");
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        show(applications.upload(view.id(), uploadKind, file.getFileName(), file.getContent(), view.version()));
        Feedback.info("Uploaded '" + file.getFileName() + "'.");
    }

    /** Submits and shows the receipt; what is missing stays listed on the page when it is refused. */
    public String submit() {
        refusedProblems = List.of();
        try {
            boolean resubmission = view.status() == ApplicationStatus.IN_RFI;
            show(applications.submit(view.id(), view.version()));
            Feedback.info(resubmission ? "Resubmitted the application to CMS." : "Submitted the application to CMS.");
            jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/aco/receipt?faces-redirect=true&id=" + view.id() + "&n=" + receipts.size();
        } catch (IncompleteApplicationException e) {
            refusedProblems = e.problems();
            Feedback.error("The application was not submitted: " + e.problems().size()
                    + (e.problems().size() == 1 ? " thing needs" : " things need") + " your attention, listed below section by section.");
            return null;
        }
    }

    /** The problems to list on the last step: those of the refused submission, else the current ones. */
    public Map<String, List<Problem>> getProblemsBySection() {
        List<Problem> list = refusedProblems.isEmpty() ? view.problems() : refusedProblems;
        Map<String, List<Problem>> grouped = new LinkedHashMap<>();
        list.forEach(p -> grouped.computeIfAbsent(p.section().label(), k -> new ArrayList<>()).add(p));
        return grouped;
    }

    public List<Map.Entry<String, List<Problem>>> getProblemGroups() {
        return List.copyOf(getProblemsBySection().entrySet());
    }

    public boolean isExecutive() {
        return currentUser.has(Role.ACO_EXECUTIVE);
    }

    /** The levels the glide path gives for the chosen entry level, e.g. "PY2028 Basic Level A, …". */
    public String getGlidePathPreview() {
        if (form.track == null) {
            return "";
        }
        List<Track> levels;
        try {
            levels = GlidePath.levels(form.track, 5, form.elections());
        } catch (BusinessException e) {
            return e.getMessage();
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < levels.size(); i++) {
            b.append(i == 0 ? "" : " → ").append("PY").append(view.agreementStart().getYear() + i).append(' ')
                    .append(levels.get(i).label());
        }
        return b.toString();
    }

    public BigDecimal getRequiredRepayment() {
        if (form.totalExpenditures == null || form.participantRevenue == null) {
            return null;
        }
        return RepaymentMechanism.requiredAmount(form.totalExpenditures, form.participantRevenue);
    }

    /** The ACO may elect faster moves only on the BASIC path below Level E. */
    public boolean isElectable() {
        return form.track != null && form.track.isBasic() && form.track != Track.BASIC_E;
    }

    public int getAgreementYear() {
        return view.agreementStart().getYear();
    }

    public boolean isTwoSided() {
        return form.track != null && form.track.isTwoSided();
    }

    /** The tracks and levels this ACO may choose, from the answers on the form now (experience, revenue) and its history. */
    public List<Track> getTracks() {
        return options().open();
    }

    /** The choices closed to this ACO, each with why. */
    public List<ApplicationView.ClosedTrack> getClosedTracks() {
        return ApplicationView.closed(options());
    }

    private ParticipationOptions options() {
        return ParticipationOptions.of(new ParticipationOptions.Facts(view.entrant(), form.experiencedWithRisk,
                ParticipationOptions.lowRevenue(form.participantRevenue, form.totalExpenditures), view.hadBasicAgreement()));
    }

    /** "Low revenue" / "High revenue" from section 5's figures, or what is missing. */
    public String getRevenueLabel() {
        Boolean low = ParticipationOptions.lowRevenue(form.participantRevenue, form.totalExpenditures);
        return low == null ? "Not known yet: enter the expenditures and participant revenue in section 5"
                : low ? "Low revenue (participants' revenue below 35% of the beneficiaries' expenditures)"
                : "High revenue (participants' revenue at least 35% of the beneficiaries' expenditures)";
    }

    public List<MsrMlrChoice> getMsrMlrChoices() {
        return List.of(MsrMlrChoice.values());
    }

    public List<AssignmentMethod> getAssignmentMethods() {
        return List.of(AssignmentMethod.values());
    }

    public List<RepaymentType> getRepaymentTypes() {
        return List.of(RepaymentType.values());
    }

    public List<EftStatus> getEftStatuses() {
        return List.of(EftStatus.values());
    }

    /** The kinds chosen in the documents step; attachments to RFI answers are uploaded beside the answer. */
    public List<DocumentKind> getDocumentKinds() {
        return java.util.Arrays.stream(DocumentKind.values()).filter(k -> k != DocumentKind.RFI_ANSWER).toList();
    }

    /** The deficiency the next attachment is for (chosen beside the RFI's list). */
    private Long attachFor;

    public Long getAttachFor() { return attachFor; }
    public void setAttachFor(Long v) { attachFor = v; }

    public void attach(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        long deficiency = attachFor != null ? attachFor : view.openDeficiencies().get(0).id();
        ApplicationFormFields typed = form; // what was typed but not saved yet stays on the form, as with an answer
        Map<Long, String> typedAnswers = new HashMap<>(answers);
        show(applications.attachToAnswer(view.id(), deficiency, file.getFileName(), file.getContent(), view.version()));
        form = typed;
        typedAnswers.forEach(answers::put);
        attachFor = deficiency;
        Feedback.info("Attached '" + file.getFileName() + "' to your answer.");
    }

    /** The step bar: the seven sections and the review. */
    public List<String> getStepLabels() {
        List<String> labels = new ArrayList<>();
        for (ApplicationSection s : ApplicationSection.values()) {
            labels.add(s.label().substring(s.label().indexOf(' ') + 1)); // "1. Legal entity" → "Legal entity"
        }
        labels.add("Review and submit");
        return labels;
    }

    /** Whether the step's section lists something missing (the review step never does). */
    public boolean stepHasProblems(int index) {
        return view != null && view.editable() && index < getReviewStep()
                && view.problems().stream().anyMatch(p -> p.section().ordinal() == index);
    }

    public List<ApplicationSection> getSections() {
        return List.of(ApplicationSection.values());
    }

    public ApplicationView getView() { return view; }
    public ApplicationFormFields getForm() { return form; }
    public int getStep() { return step; }
    public Map<Long, String> getAnswers() { return answers; }
    public List<AgreementView> getAgreements() { return agreements; }
    public DocumentKind getUploadKind() { return uploadKind; }
    public void setUploadKind(DocumentKind uploadKind) { this.uploadKind = uploadKind; }
}
