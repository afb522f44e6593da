package gov.cms.ssp.agreement;

import gov.cms.ssp.application.AssignmentMethod;
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
import java.time.LocalDate;
import java.util.Objects;

/**
 * What an ACO elected for one performance year of its agreement: a move up the glide path or a
 * stay, and/or a new assignment method (425.226), with who elected and when. One row per PY; a new
 * election for the same PY within the window replaces the earlier one.
 */
@Entity
@Table(name = "agreement_election")
public class PyElection {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_election_seq")
    @SequenceGenerator(name = "agreement_election_seq", sequenceName = "agreement_election_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_pk", nullable = false)
    private Agreement agreement;

    @Column(name = "py", nullable = false)
    private int performanceYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "level_choice", length = 20)
    private ElectionKind levelChoice;

    @Enumerated(EnumType.STRING)
    @Column(name = "elected_level", length = 20)
    private Track level;

    @Enumerated(EnumType.STRING)
    @Column(name = "assignment_method", length = 30)
    private AssignmentMethod assignmentMethod;

    @Column(name = "elected_by", nullable = false, length = 120)
    private String electedBy;

    @Column(name = "elected_on", nullable = false)
    private LocalDate electedOn;

    protected PyElection() {
    }

    PyElection(Agreement agreement, int performanceYear) {
        this.agreement = Objects.requireNonNull(agreement);
        this.performanceYear = performanceYear;
    }

    void record(LevelChoice choice, AssignmentMethod method, String by, LocalDate on) {
        this.levelChoice = choice == null ? null : choice.kind();
        this.level = choice == null ? null : choice.level();
        this.assignmentMethod = method;
        this.electedBy = Objects.requireNonNull(by);
        this.electedOn = Objects.requireNonNull(on);
    }

    boolean isEmpty() {
        return levelChoice == null && assignmentMethod == null;
    }

    /** The glide-path part of the election, or null when the ACO only changed its assignment method. */
    public LevelChoice levelChoice() {
        return levelChoice == null ? null : new LevelChoice(levelChoice, level);
    }

    public Long getId() { return id; }
    public Agreement getAgreement() { return agreement; }
    public int getPerformanceYear() { return performanceYear; }
    public AssignmentMethod getAssignmentMethod() { return assignmentMethod; }
    public String getElectedBy() { return electedBy; }
    public LocalDate getElectedOn() { return electedOn; }
}
