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

    @EJB
    private NoticeService notices;

    private LazyTable<ApplicationRow> table;
    private List<CycleView> cycles;
    private Integer noticeYear;
    private List<NoticeView> cycleNotices = List.of();

    static final TableExport<ApplicationRow> EXPORT = TableExport.of("applications",
            TableExport.text("ACO ID", ApplicationRow::acoId), TableExport.text("Legal name", ApplicationRow::legalName),
            TableExport.text("Agreements from", ApplicationRow::cycleYear), TableExport.text("Status", ApplicationRow::statusLabel),
            TableExport.text("Track / level", ApplicationRow::trackLabel), TableExport.text("Reviewer", ApplicationRow::reviewer),
            TableExport.date("Submitted", ApplicationRow::submittedOn), TableExport.date("Deadline", ApplicationRow::deadline));

    @PostConstruct
    void init() {
        table = new LazyTable<>(applications::queue, r -> String.valueOf(r.id()));
        cycles = applications.cycles();
        // the notices of the cycle whose notice window is open, else of the latest cycle
        noticeYear = cycles.stream().filter(CycleView::noiaOpen).map(CycleView::agreementYear).min(Integer::compare)
                .orElse(cycles.isEmpty() ? null : cycles.get(0).agreementYear());
        showNotices();
    }

    public StreamedContent getCsv() {
        return EXPORT.csv(table.exportRows());
    }

    public StreamedContent getXlsx() {
        return EXPORT.xlsx(table.exportRows());
    }

    /** The notices of intent filed for the chosen cycle. */
    public void showNotices() {
        cycleNotices = noticeYear == null ? List.of() : notices.notices(noticeYear);
    }

    public List<CycleView> getCycles() { return cycles; }
    public Integer getNoticeYear() { return noticeYear; }
    public void setNoticeYear(Integer y) { noticeYear = y; }
    public List<NoticeView> getCycleNotices() { return cycleNotices; }

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
