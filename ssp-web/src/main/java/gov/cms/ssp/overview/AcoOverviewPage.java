package gov.cms.ssp.overview;

import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.web.Feedback;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The ACO 360 page ({@code cms/aco.xhtml?id=A1001}): one ACO whole for CMS staff, and the form for
 * an internal note.
 */
@Named
@ViewScoped
public class AcoOverviewPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private AcoOverviewService overviews;

    private String id;
    private AcoOverview overview;
    private NoteSubject noteSubject = NoteSubject.ACO;
    private Long noteSubjectId;
    private String noteText;

    /** f:viewAction: the ACO comes from the URL; a malformed or unknown ID reaches the 404 page. */
    public void load() {
        if (overview == null && id != null && !id.isBlank()) {
            overview = overviews.overview(AcoId.of(id));
        }
    }

    public void addNote() {
        overviews.addNote(AcoId.of(overview.acoId()), noteSubject, noteSubject == NoteSubject.ACO ? null : noteSubjectId, noteText);
        Feedback.info("Your note on " + overview.acoId() + " was saved. Only CMS staff see it.");
        noteText = null;
        noteSubject = NoteSubject.ACO;
        noteSubjectId = null;
        overview = overviews.overview(AcoId.of(overview.acoId()));
    }

    public List<NoteSubject> getNoteSubjects() {
        return List.of(NoteSubject.values());
    }

    public int getMaxNoteLength() {
        return InternalNote.MAX_LENGTH;
    }

    public AcoOverview getOverview() { return overview; }
    public String getId() { return id; }
    public void setId(String v) { id = v; }
    public NoteSubject getNoteSubject() { return noteSubject; }
    public void setNoteSubject(NoteSubject v) { noteSubject = v; }
    public Long getNoteSubjectId() { return noteSubjectId; }
    public void setNoteSubjectId(Long v) { noteSubjectId = v; }
    public String getNoteText() { return noteText; }
    public void setNoteText(String v) { noteText = v; }
}
