package gov.cms.ssp.overview;

import gov.cms.ssp.shared.AcoId;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The ACO 360 for CMS staff: {@code GET /api/aco-overviews/A1001} (everything about the ACO) and its
 * internal notes ({@code GET}/{@code POST .../notes}). ACO users are refused (403) like any CMS-only call.
 */
@Path("aco-overviews/{acoId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AcoOverviewResource {
    @EJB
    private AcoOverviewService overviews;

    /** A new note: {@code {"about":"APPLICATION","subjectId":12,"text":"…"}}; {@code about} may be left out (the ACO). */
    public record NoteRequest(NoteSubject about, Long subjectId, String text) {
    }

    @GET
    public AcoOverview overview(@PathParam("acoId") String acoId) {
        return overviews.overview(AcoId.of(acoId));
    }

    @GET
    @Path("notes")
    public List<NoteView> notes(@PathParam("acoId") String acoId) {
        return overviews.notes(AcoId.of(acoId));
    }

    @POST
    @Path("notes")
    @Consumes(MediaType.APPLICATION_JSON)
    public NoteView addNote(@PathParam("acoId") String acoId, NoteRequest note) {
        return note == null ? overviews.addNote(AcoId.of(acoId), null, null, null)
                : overviews.addNote(AcoId.of(acoId), note.about(), note.subjectId(), note.text());
    }
}
