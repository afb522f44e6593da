package gov.cms.ssp.agreement;

import gov.cms.ssp.application.AssignmentMethod;
import gov.cms.ssp.application.MsrMlrChoice;
import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.BusinessException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * An ACO's agreement period: its ordinal (1st, 2nd, ... agreement of the ACO), a start on January 1
 * (or July 1, 2019), at least five performance years, the entry level and the elections the ACO made
 * per PY. The level of each PY follows from them ({@link GlidePath}) and is kept in {@code levels};
 * every consumer asks {@link #levelIn(int)} or {@link #termsIn(int)} for the PY it is about.
 */
@Entity
@Table(name = "agreement")
@Audited
public class Agreement {
    public static final int MINIMUM_YEARS = 5;
    /** Who made an election read back from a path recorded before elections were kept apart. */
    static final String RECORDED_PATH = "(recorded path)";

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

    @Column(name = "agreement_number", nullable = false)
    private int agreementNumber;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    /** Number of performance years (a July 1, 2019 start has six: the 2019 half-year and 2020–2024). */
    @Column(nullable = false)
    private int years;

    /** The level in force in each PY, derived from the entry level and the elections. */
    @Convert(converter = TrackListConverter.class)
    @Column(nullable = false, length = 200)
    private List<Track> levels = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "msr_mlr", length = 30)
    private MsrMlrChoice msrMlr;

    /** The assignment method of the first PY; later PYs may change it by election (425.226). */
    @Enumerated(EnumType.STRING)
    @Column(name = "assignment_method", length = 30)
    private AssignmentMethod assignmentMethod;

    @NotAudited // each election row records who made it and when
    @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("performanceYear")
    private List<PyElection> elections = new ArrayList<>();

    protected Agreement() {
    }

    /**
     * A new agreement. {@code levelElections} (by calendar PY) are moves up the ACO chose already in its
     * application; {@code msrMlr} is null for a one-sided entry (chosen when the ACO first enters
     * two-sided risk).
     */
    public Agreement(AcoId acoId, Long applicationId, int agreementNumber, LocalDate startDate, int years, Track entry,
                     Map<Integer, LevelChoice> levelElections, MsrMlrChoice msrMlr, AssignmentMethod assignmentMethod,
                     String by, LocalDate on) {
        this(acoId, applicationId, agreementNumber, startDate, years, entry, levelElections, msrMlr, assignmentMethod, by, on,
                GlidePathRules.standard());
    }

    Agreement(AcoId acoId, Long applicationId, int agreementNumber, LocalDate startDate, int years, Track entry,
              Map<Integer, LevelChoice> levelElections, MsrMlrChoice msrMlr, AssignmentMethod assignmentMethod,
              String by, LocalDate on, GlidePathRules rules) {
        Objects.requireNonNull(startDate);
        Objects.requireNonNull(entry);
        if (!rules.isAllowedStart(startDate)) {
            throw new BusinessException("Agreement periods start on January 1 (or July 1, 2019); "
                    + gov.cms.ssp.shared.DisplayFormat.date(startDate) + " is neither.");
        }
        int minimum = startDate.getMonth() == Month.JULY ? MINIMUM_YEARS + 1 : MINIMUM_YEARS;
        if (years < minimum) {
            throw new BusinessException(startDate.getMonth() == Month.JULY
                    ? "An agreement period from July 1 runs five years and six months: " + minimum + " performance years."
                    : "An agreement period has at least " + MINIMUM_YEARS + " performance years.");
        }
        if (agreementNumber < 1) {
            throw new IllegalArgumentException("agreement numbers count from 1: " + agreementNumber);
        }
        this.acoId = Objects.requireNonNull(acoId);
        this.applicationId = applicationId;
        this.agreementNumber = agreementNumber;
        this.startDate = startDate;
        this.years = years;
        this.msrMlr = msrMlr;
        this.assignmentMethod = assignmentMethod;
        this.levels = new ArrayList<>(GlidePath.path(entry, startDate, years, levelElections, rules));
        levelElections.forEach((py, choice) -> election(py).record(choice, null, by, on));
    }

    public int firstPerformanceYear() {
        return startDate.getYear();
    }

    public int lastPerformanceYear() {
        return startDate.getYear() + years - 1;
    }

    public boolean covers(int performanceYear) {
        return performanceYear >= firstPerformanceYear() && performanceYear <= lastPerformanceYear();
    }

    /** The track or level in force in a PY of this agreement. */
    public Track levelIn(int performanceYear) {
        requireCovers(performanceYear);
        return levels.get(performanceYear - firstPerformanceYear());
    }

    /** Everything in force in a PY of this agreement: level, MSR/MLR, assignment method and dates. */
    public AgreementTerms termsIn(int performanceYear) {
        Track level = levelIn(performanceYear);
        LocalDate startsOn = performanceYear == firstPerformanceYear() ? startDate : LocalDate.of(performanceYear, 1, 1);
        return new AgreementTerms(performanceYear, level, level.isTwoSided() ? msrMlr : null, assignmentIn(performanceYear),
                startsOn, LocalDate.of(performanceYear, 12, 31), agreementNumber, startDate);
    }

    public Track entryLevel() {
        return levels.get(0);
    }

    /** The first PY at a two-sided level, if the agreement reaches one: when the MSR/MLR is chosen. */
    public Optional<Integer> firstTwoSidedYear() {
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).isTwoSided()) {
                return Optional.of(firstPerformanceYear() + i);
            }
        }
        return Optional.empty();
    }

    /** True when the ACO must still choose its MSR/MLR for a PY: two-sided then, and no choice yet. */
    public boolean msrMlrDueFor(int performanceYear) {
        return msrMlr == null && covers(performanceYear) && levelIn(performanceYear).isTwoSided();
    }

    public AssignmentMethod assignmentIn(int performanceYear) {
        requireCovers(performanceYear);
        AssignmentMethod method = assignmentMethod;
        for (PyElection e : elections) {
            if (e.getPerformanceYear() <= performanceYear && e.getAssignmentMethod() != null) {
                method = e.getAssignmentMethod();
            }
        }
        return method;
    }

    /**
     * The ACO's election for a coming PY (made during that PY's change-request window, which the
     * service checks): a move up or a stay ({@code choice}; null takes back an earlier one) and/or a
     * new assignment method (null keeps the one in force). The PY must not have started yet.
     */
    public void elect(int performanceYear, LevelChoice choice, AssignmentMethod method, String by, LocalDate today) {
        requireCovers(performanceYear);
        if (performanceYear == firstPerformanceYear()) {
            throw new BusinessException("The level of the first performance year is the entry level chosen in the application.");
        }
        if (!today.isBefore(LocalDate.of(performanceYear, 1, 1))) {
            throw new BusinessException("PY" + performanceYear + " has begun; elections are made before the performance year starts.");
        }
        Map<Integer, LevelChoice> choices = levelChoices();
        adoptImplicitElections(today);
        if (choice == null) {
            choices.remove(performanceYear);
        } else {
            choices.put(performanceYear, choice);
        }
        List<Track> path = GlidePath.path(entryLevel(), startDate, years, choices, GlidePathRules.standard());
        PyElection e = election(performanceYear);
        e.record(choice, method, by, today);
        if (e.isEmpty()) {
            elections.remove(e);
        }
        this.levels = new ArrayList<>(path);
    }

    /** The MSR/MLR, chosen once, when the ACO first enters two-sided risk (a Level A entrant at Level C). */
    public void chooseMsrMlr(MsrMlrChoice choice, int performanceYear) {
        Objects.requireNonNull(choice, "Choose the MSR/MLR");
        if (msrMlr != null) {
            throw new BusinessException("The MSR/MLR (" + msrMlr.label() + ") was chosen for the whole agreement; it cannot change.");
        }
        if (!covers(performanceYear) || !levelIn(performanceYear).isTwoSided()) {
            throw new BusinessException("The MSR/MLR is chosen when the ACO enters two-sided risk; in PY" + performanceYear
                    + " it is " + (covers(performanceYear) ? "at " + levelIn(performanceYear).label() + ", one-sided" : "outside this agreement") + ".");
        }
        this.msrMlr = choice;
    }

    /** The elections of this agreement, by calendar PY, as GlidePath takes them. */
    public Map<Integer, LevelChoice> levelChoices() {
        Map<Integer, LevelChoice> choices = new TreeMap<>();
        if (elections.isEmpty()) {
            choices.putAll(GlidePath.electionsIn(levels, startDate, GlidePathRules.standard()));
        }
        for (PyElection e : elections) {
            if (e.levelChoice() != null) {
                choices.put(e.getPerformanceYear(), e.levelChoice());
            }
        }
        return choices;
    }

    /** Agreements recorded before elections were stored apart from the path keep their moves as elections. */
    private void adoptImplicitElections(LocalDate on) {
        if (elections.isEmpty()) {
            GlidePath.electionsIn(levels, startDate, GlidePathRules.standard())
                    .forEach((py, c) -> election(py).record(c, null, RECORDED_PATH, on));
        }
    }

    private PyElection election(int performanceYear) {
        for (PyElection e : elections) {
            if (e.getPerformanceYear() == performanceYear) {
                return e;
            }
        }
        PyElection created = new PyElection(this, performanceYear);
        elections.add(created);
        elections.sort(java.util.Comparator.comparingInt(PyElection::getPerformanceYear));
        return created;
    }

    private void requireCovers(int performanceYear) {
        if (!covers(performanceYear)) {
            throw new BusinessException("PY" + performanceYear + " is outside this agreement (PY" + firstPerformanceYear()
                    + "–PY" + lastPerformanceYear() + ").");
        }
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public AcoId getAcoId() { return acoId; }
    public Long getApplicationId() { return applicationId; }
    public int getAgreementNumber() { return agreementNumber; }
    public LocalDate getStartDate() { return startDate; }
    public int getYears() { return years; }
    public List<Track> getLevels() { return List.copyOf(levels); }
    public MsrMlrChoice getMsrMlr() { return msrMlr; }
    public AssignmentMethod getAssignmentMethod() { return assignmentMethod; }
    public List<PyElection> getElections() { return List.copyOf(elections); }
}
