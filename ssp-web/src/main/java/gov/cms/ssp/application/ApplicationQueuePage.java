package gov.cms.ssp.application;

import gov.cms.ssp.agreement.Track;
import gov.cms.ssp.shared.web.LazyTable;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** CMS review queue: every application, filtered, sorted and paged in the database. */
@Named
@ViewScoped
public class ApplicationQueuePage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private ApplicationService applications;

    private LazyTable<ApplicationRow> table;

    @PostConstruct
    void init() {
        table = new LazyTable<>(applications::queue, r -> String.valueOf(r.id()));
    }

    public LazyTable<ApplicationRow> getTable() {
        return table;
    }

    public List<ApplicationStatus> getStatuses() {
        return List.of(ApplicationStatus.values());
    }

    public List<Track> getTracks() {
        return ApplicationFormPage.NEW_AGREEMENT_TRACKS;
    }
}
