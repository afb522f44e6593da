package gov.cms.ssp.overview;

import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A note CMS staff keep about an ACO (or one of its applications or change requests) for each
 * other: never shown to the ACO's people. Notes are written once and not edited, so the note itself is
 * its record; writing one is also an entry in the audit trail.
 */
@Entity
@Table(name = "internal_note")
public class InternalNote {
    /** A note is a few paragraphs, not a document. */
    public static final int MAX_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "internal_note_seq")
    @SequenceGenerator(name = "internal_note_seq", sequenceName = "internal_note_seq", allocationSize = 1)
    private Long id;

    @Column(name = "aco_id", nullable = false, length = 5)
    private AcoId acoId;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false, length = 20)
    private NoteSubject subject;

    /** the application's or change request's id; null for a note on the ACO */
    @Column(name = "subject_id")
    private Long subjectId;

    @Column(name = "note_text", nullable = false, length = MAX_LENGTH)
    private String text;

    @Column(nullable = false, length = 100)
    private String author;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected InternalNote() {
    }

    private InternalNote(AcoId acoId, NoteSubject subject, Long subjectId, String text, String author, Instant writtenAt) {
        this.acoId = acoId;
        this.subject = subject;
        this.subjectId = subjectId;
        this.text = text;
        this.author = author;
        this.writtenAt = writtenAt;
    }

    /**
     * A new note: its text stripped, not blank, at most {@link #MAX_LENGTH} characters; an
     * application or change request named by its id, the ACO by nothing more.
     */
    public static InternalNote write(AcoId acoId, NoteSubject subject, Long subjectId, String text, String author,
                                     Instant now) {
        Objects.requireNonNull(acoId);
        Objects.requireNonNull(author);
        Objects.requireNonNull(now);
        NoteSubject about = subject == null ? NoteSubject.ACO : subject;
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new BusinessException("Note: write what the note says.");
        }
        if (t.length() > MAX_LENGTH) {
            throw new BusinessException("Note: at most " + String.format("%,d", MAX_LENGTH) + " characters; this one has "
                    + String.format("%,d", t.length()) + ".");
        }
        if (about != NoteSubject.ACO && subjectId == null) {
            throw new BusinessException("Note: choose the " + about.label().toLowerCase() + " the note is about.");
        }
        return new InternalNote(acoId, about, about == NoteSubject.ACO ? null : subjectId, t, author, now);
    }

    /** "The ACO", "Application 12", "Change request 7". */
    public String subjectLabel() {
        return subject == NoteSubject.ACO ? subject.label() : subject.label() + " " + subjectId;
    }

    public Long getId() { return id; }
    public AcoId getAcoId() { return acoId; }
    public NoteSubject getSubject() { return subject; }
    public Long getSubjectId() { return subjectId; }
    public String getText() { return text; }
    public String getAuthor() { return author; }
    public Instant getWrittenAt() { return writtenAt; }
}
