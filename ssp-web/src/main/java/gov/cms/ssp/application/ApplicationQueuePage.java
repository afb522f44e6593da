package gov.cms.ssp.application;

import gov.cms.ssp.agreement.Track;
import gov.cms.ssp.shared.web.LazyTable;
import gov.cms.ssp.shared.web.TableExport;
import org.primefaces.model.StreamedContent;
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

    static final TableExport<ApplicationRow> EXPORT = TableExport.of("applications",
            TableExport.text("ACO ID", ApplicationRow::acoId), TableExport.text("Legal name", ApplicationRow::legalName),
            TableExport.text("Agreements from", ApplicationRow::cycleYear), TableExport.text("Status", ApplicationRow::statusLabel),
            TableExport.text("Track / level", ApplicationRow::trackLabel), TableExport.text("Reviewer", ApplicationRow::reviewer),
            TableExport.date("Submitted", ApplicationRow::submittedOn), TableExport.date("Deadline", ApplicationRow::deadline));

    @PostConstruct
    void init() {
        table = new LazyTable<>(applications::queue, r -> String.valueOf(r.id()));
    }

    public StreamedContent getCsv() {
        return EXPORT.csv(table.exportRows());
    }

    public StreamedContent getXlsx() {
        return EXPORT.xlsx(table.exportRows());
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
