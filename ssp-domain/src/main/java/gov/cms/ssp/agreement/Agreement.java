package gov.cms.ssp.agreement;

import gov.cms.ssp.application.AssignmentMethod;
import gov.cms.ssp.application.MsrMlrChoice;
import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.envers.Audited;

/**
 * An ACO's agreement period: at least five performance years from January 1, with the track or
 * level of each PY (the BASIC glide path), the MSR/MLR and the assignment method chosen.
 */
@Entity
@Table(name = "agreement")
@Audited
public class Agreement {
    public static final int MINIMUM_YEARS = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_seq")
    @SequenceGenerator(name = "agreement_seq", sequenceName = "agreement_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "aco_id", nullable = false, length = 5)
    private AcoId acoId;

    @Column(name = "application_pk")
    private Long applicationId;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(nullable = false)
    private int years;

    @Convert(converter = TrackListConverter.class)
    @Column(nullable = false, length = 200)
    private List<Track> levels = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "msr_mlr", length = 30)
    private MsrMlrChoice msrMlr;

    @Enumerated(EnumType.STRING)
    @Column(name = "assignment_method", length = 30)
    private AssignmentMethod assignmentMethod;

    protected Agreement() {
    }

    public Agreement(AcoId acoId, Long applicationId, LocalDate startDate, int years, List<Track> levels,
                     MsrMlrChoice msrMlr, AssignmentMethod assignmentMethod) {
        Objects.requireNonNull(startDate);
        if (startDate.getMonthValue() != 1 || startDate.getDayOfMonth() != 1) {
            throw new BusinessException("Agreements start on January 1; " + startDate + " is not.");
        }
        if (years < MINIMUM_YEARS) {
            throw new BusinessException("An agreement period has at least " + MINIMUM_YEARS + " performance years.");
        }
        if (levels == null || levels.size() != years) {
            throw new IllegalArgumentException("one level per performance year");
        }
        this.acoId = Objects.requireNonNull(acoId);
        this.applicationId = applicationId;
        this.startDate = startDate;
        this.years = years;
        this.levels = new ArrayList<>(levels);
        this.msrMlr = msrMlr;
        this.assignmentMethod = assignmentMethod;
    }

    public int firstPerformanceYear() {
        return startDate.getYear();
    }

    public int lastPerformanceYear() {
        return startDate.getYear() + years - 1;
    }

    /** The track or level in a calendar performance year of this agreement. */
    public Track levelIn(int performanceYear) {
        if (performanceYear < firstPerformanceYear() || performanceYear > lastPerformanceYear()) {
            throw new BusinessException("PY" + performanceYear + " is outside this agreement (PY" + firstPerformanceYear()
                    + "–PY" + lastPerformanceYear() + ").");
        }
        return levels.get(performanceYear - firstPerformanceYear());
    }

    public Track entryLevel() {
        return levels.get(0);
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public AcoId getAcoId() { return acoId; }
    public Long getApplicationId() { return applicationId; }
    public LocalDate getStartDate() { return startDate; }
    public int getYears() { return years; }
    public List<Track> getLevels() { return List.copyOf(levels); }
    public MsrMlrChoice getMsrMlr() { return msrMlr; }
    public AssignmentMethod getAssignmentMethod() { return assignmentMethod; }
}
