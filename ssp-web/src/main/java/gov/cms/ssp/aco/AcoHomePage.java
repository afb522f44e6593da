package gov.cms.ssp.aco;

import gov.cms.ssp.agreement.AgreementService;
import gov.cms.ssp.agreement.GlidePathView;
import gov.cms.ssp.agreement.LevelChoice;
import gov.cms.ssp.agreement.Track;
import gov.cms.ssp.application.AssignmentMethod;
import gov.cms.ssp.application.MsrMlrChoice;
import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.Role;
import gov.cms.ssp.shared.web.CurrentUser;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import gov.cms.ssp.shared.web.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * ACO home: first the to-do list (deadlines and tasks of the caller's ACOs), then each ACO's agreements
 * and glide path and its contacts; contacts editable, elections by the executive.
 */
@Named
@ViewScoped
public class AcoHomePage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private AcoService acos;

    @EJB
    private AgreementService agreements;

    @EJB
    private gov.cms.ssp.todo.TodoService todo;

    @Inject
    private CurrentUser currentUser;

    private List<AcoProfile> profiles;
    private gov.cms.ssp.todo.TodoList tasks;
    private final Map<String, GlidePathView> paths = new HashMap<>();
    private final ContactForm form = new ContactForm();
    private final ElectionForm election = new ElectionForm();

    @PostConstruct
    void init() {
        profiles = new ArrayList<>(acos.myAcos());
        profiles.forEach(p -> paths.put(p.summary().acoId(), agreements.path(AcoId.of(p.summary().acoId()))));
        tasks = todo.myTasks();
    }

    /** The to-do list: every open task of the caller's ACO(s) by deadline, overdue first. */
    public gov.cms.ssp.todo.TodoList getTasks() {
        return tasks;
    }

    /** Whether the caller works for more than one ACO (the to-do list then names the ACO of each task). */
    public boolean isSeveralAcos() {
        return profiles.size() > 1;
    }

    /** The ACO's glide path: this PY's and next PY's level, and every agreement's PYs. */
    public GlidePathView path(String acoId) {
        return paths.get(acoId);
    }

    public boolean isExecutive() {
        return currentUser.has(Role.ACO_EXECUTIVE);
    }

    public ElectionForm getElection() {
        return election;
    }

    public List<AssignmentMethod> getAssignmentMethods() {
        return List.of(AssignmentMethod.values());
    }

    public List<MsrMlrChoice> getMsrMlrChoices() {
        return List.of(MsrMlrChoice.values());
    }

    /** The executive's election for the PY of the open change-request window. */
    public void elect(String acoId, GlidePathView.AgreementPath agreement) {
        int py = agreement.offer().performanceYear();
        LevelChoice choice = election.stay ? LevelChoice.stay() : election.level == null ? null : LevelChoice.moveUpTo(election.level);
        GlidePathView updated = agreements.elect(AcoId.of(acoId), agreement.id(), py, choice, election.assignmentMethod,
                election.msrMlr, agreement.version());
        paths.put(acoId, updated);
        Feedback.info("Saved the election of " + acoId + " for PY" + py + ": " + (choice == null ? "automatic advancement" : choice.label())
                + (election.assignmentMethod == null ? "" : "; " + election.assignmentMethod.label()) + ".");
        election.level = null;
        election.stay = false;
        election.assignmentMethod = null;
        election.msrMlr = null;
    }

    public List<AcoProfile> getProfiles() {
        return profiles;
    }

    public ContactForm getForm() {
        return form;
    }

    public List<ContactRole> getContactRoles() {
        return List.of(ContactRole.values());
    }

    public void edit(String acoId, ContactView contact) {
        form.acoId = acoId;
        form.role = contact.role();
        form.name = contact.name();
        form.title = contact.title();
        form.email = contact.email();
        form.phone = contact.phone();
        form.version = contact.version();
    }

    public void add(String acoId) {
        form.acoId = acoId;
        form.role = null;
        form.name = form.title = form.email = form.phone = null;
        form.version = -1;
    }

    public void save() {
        AcoProfile updated = acos.updateContact(AcoId.of(form.acoId),
                new ContactDetails(form.role, form.name, form.title, form.email, form.phone), form.version);
        profiles.replaceAll(p -> p.summary().acoId().equals(updated.summary().acoId()) ? updated : p);
        Feedback.info("Saved the " + form.role.label().toLowerCase() + " of " + form.acoId + ".");
        org.primefaces.PrimeFaces.current().executeScript("PF('contactDialog').hide()");
    }

    /** The election's fields; plain properties so that Faces can bind them. */
    public static class ElectionForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private Track level;
        private boolean stay;
        private AssignmentMethod assignmentMethod;
        private MsrMlrChoice msrMlr;

        public Track getLevel() { return level; }
        public void setLevel(Track v) { level = v; }
        public boolean isStay() { return stay; }
        public void setStay(boolean v) { stay = v; }
        public AssignmentMethod getAssignmentMethod() { return assignmentMethod; }
        public void setAssignmentMethod(AssignmentMethod v) { assignmentMethod = v; }
        public MsrMlrChoice getMsrMlr() { return msrMlr; }
        public void setMsrMlr(MsrMlrChoice v) { msrMlr = v; }
    }

    /** The dialog's fields; plain properties so that Faces can bind them. */
    public static class ContactForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String acoId;
        private ContactRole role;
        private String name;
        private String title;
        private String email;
        private String phone;
        private long version = -1;

        public String getAcoId() { return acoId; }
        public ContactRole getRole() { return role; }
        public void setRole(ContactRole role) { this.role = role; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public String getPhone() { return phone; }
        public void setPhone(String phone) { this.phone = phone; }
        public boolean isNew() { return version < 0; }
    }
}
