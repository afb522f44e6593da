package gov.cms.ssp.aco;

import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.web.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** ACO home: the caller's ACO(s), their agreement and contacts, with contacts editable. */
@Named
@ViewScoped
public class AcoHomePage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private AcoService acos;

    private List<AcoProfile> profiles;
    private final ContactForm form = new ContactForm();

    @PostConstruct
    void init() {
        profiles = new ArrayList<>(acos.myAcos());
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
