package gov.cms.ssp.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * A problem a CMS reviewer found in one section, sent to the ACO with a request for information
 * (round 1 or 2), and the ACO's answer.
 */
@Entity
@Table(name = "application_deficiency")
@Audited
public class Deficiency {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_deficiency_seq")
    @SequenceGenerator(name = "application_deficiency_seq", sequenceName = "application_deficiency_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_pk")
    private Application application;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ApplicationSection section;

    @Column(name = "rfi_round", nullable = false)
    private int rfiRound;

    @Column(nullable = false, length = 2000)
    private String description;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(length = 4000)
    private String response;

    protected Deficiency() {
    }

    Deficiency(Application application, ApplicationSection section, int rfiRound, String description, String recordedBy) {
        this.application = application;
        this.section = section;
        this.rfiRound = rfiRound;
        this.description = description;
        this.recordedBy = recordedBy;
    }

    void answer(String text) {
        this.response = text;
    }

    public boolean isAnswered() {
        return response != null && !response.isBlank();
    }

    public Long getId() {
        return id;
    }

    public ApplicationSection getSection() {
        return section;
    }

    public int getRfiRound() {
        return rfiRound;
    }

    public String getDescription() {
        return description;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public String getResponse() {
        return response;
    }
}
