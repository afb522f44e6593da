package gov.cms.ssp.aco;

import gov.cms.ssp.agreement.Track;
import gov.cms.ssp.shared.web.Feedback;
import gov.cms.ssp.shared.web.LazyTable;
import gov.cms.ssp.shared.web.TableExport;
import org.primefaces.model.StreamedContent;
import gov.cms.ssp.worklist.WorkItem;
import gov.cms.ssp.worklist.Worklist;
import gov.cms.ssp.worklist.WorklistService;
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
 * CMS home: the user's work first (theirs, waiting in their queues, due soon, overdue; take or, for a
 * supervisor, assign), then the program at a glance (ACOs per track) and every ACO in a lazy table.
 */
@Named
@ViewScoped
public class ProgramOverviewPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private AcoService acos;
    @EJB
    private WorklistService work;

    private LazyTable<AcoSummary> table;
    private Map<Track, Long> countsByTrack;
    private Worklist worklist;
    /** a supervisor's choice of assignee per item key ("CHANGE_REQUEST-12") */
    private final Map<String, String> assignees = new HashMap<>();

    @PostConstruct
    void init() {
        table = new LazyTable<>(acos::search, AcoSummary::acoId);
        countsByTrack = acos.countByTrack();
        worklist = work.myWork();
    }

    public Worklist getWorklist() {
        return worklist;
    }

    public void take(WorkItem item) {
        work.assign(item.kind(), item.id(), null);
        worklist = work.myWork();
        Feedback.info(item.title() + " is now yours.");
    }

    /** A supervisor assigns (or reassigns) an item to the reviewer named in its row. */
    public void assign(WorkItem item) {
        String to = assignees.get(key(item));
        if (to == null || to.isBlank()) {
            Feedback.error("Type the user name of the reviewer to assign " + item.title() + " to.");
            return;
        }
        WorkItem assigned = work.assign(item.kind(), item.id(), to);
        assignees.remove(key(item));
        worklist = work.myWork();
        Feedback.info(item.title() + " is assigned to " + assigned.assignedTo() + ".");
    }

    public String key(WorkItem item) {
        return item.kind() + "-" + item.id();
    }

    public Map<String, String> getAssignees() {
        return assignees;
    }

    static final TableExport<AcoSummary> EXPORT = TableExport.of("acos",
            TableExport.text("ACO ID", AcoSummary::acoId), TableExport.text("Legal name", AcoSummary::legalName),
            TableExport.text("States", AcoSummary::states), TableExport.text("Track / level", AcoSummary::trackLabel),
            TableExport.date("Agreement start", AcoSummary::agreementStart));

    public StreamedContent getCsv() {
        return EXPORT.csv(table.exportRows());
    }

    public StreamedContent getXlsx() {
        return EXPORT.xlsx(table.exportRows());
    }

    public LazyTable<AcoSummary> getTable() {
        return table;
    }

    public List<Map.Entry<Track, Long>> getCountsByTrack() {
        return List.copyOf(countsByTrack.entrySet());
    }

    public long getTotal() {
        return countsByTrack.values().stream().mapToLong(Long::longValue).sum();
    }

    public List<Track> getTracks() {
        return Arrays.asList(Track.values());
    }
}
