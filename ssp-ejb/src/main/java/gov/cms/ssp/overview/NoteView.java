package gov.cms.ssp.overview;

import java.time.Instant;

/** An internal note as CMS staff read it. */
public record NoteView(long id, String acoId, String about, String text, String author, Instant writtenAt) {
    static NoteView of(InternalNote n) {
        return new NoteView(n.getId(), n.getAcoId().value(), n.subjectLabel(), n.getText(), n.getAuthor(), n.getWrittenAt());
    }
}
