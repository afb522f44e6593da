package gov.cms.ssp.agreement;

import gov.cms.ssp.shared.BusinessException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/**
 * The BASIC glide path (rules section 2, 42 CFR 425.600(a)(4)): an ACO is advanced one level each
 * performance year automatically (A→B→C→D→E) and may elect to move up faster; Level E is the end of
 * the path. For PY2021 it could elect to stay at its level. A BASIC ACO reaches ENHANCED only by
 * renewing early into a new agreement (425.224), never by an election. ENHANCED (and the pre-2019
 * tracks of older agreements) keep one track for the whole agreement.
 */
public final class GlidePath {
    private static final List<Track> BASIC = List.of(Track.BASIC_A, Track.BASIC_B, Track.BASIC_C, Track.BASIC_D, Track.BASIC_E);

    private GlidePath() {
    }

    public static boolean availableForNewAgreements(Track track) {
        return track == Track.ENHANCED || BASIC.contains(track);
    }

    /** The SNF 3-day rule waiver is open to BASIC C–E and ENHANCED (425.612). */
    public static boolean snfWaiverAllowed(Track track) {
        return track == Track.ENHANCED || track == Track.BASIC_C || track == Track.BASIC_D || track == Track.BASIC_E;
    }

    /** The level of each PY of an application's planned agreement from January 1, with automatic advancement only. */
    public static List<Track> levels(Track entry, int years) {
        return levels(entry, years, Map.of());
    }

    /**
     * The level of each PY of an application's planned agreement from January 1 (index 0 = first PY).
     * {@code elections} maps a PY index to a level the ACO elects for it: a faster move up the path.
     */
    public static List<Track> levels(Track entry, int years, Map<Integer, Track> elections) {
        Objects.requireNonNull(entry);
        if (!availableForNewAgreements(entry)) {
            throw new BusinessException(entry.label() + " is closed to new agreements; choose a Basic level or Enhanced.");
        }
        if (!entry.isBasic()) {
            return fixedTrack(entry, years, !elections.isEmpty());
        }
        return walk(entry, years, i -> elections.get(i) == null ? null : LevelChoice.moveUpTo(elections.get(i)),
                i -> false, i -> false, i -> "performance year " + (i + 1));
    }

    /**
     * The level in force in each PY of an agreement (index 0 = its first PY): the entry level, then
     * automatic advancement with the ACO's {@code elections} (keyed by calendar PY) under {@code rules}.
     */
    public static List<Track> path(Track entry, LocalDate start, int years, Map<Integer, LevelChoice> elections,
                                   GlidePathRules rules) {
        Objects.requireNonNull(entry);
        int first = start.getYear();
        if (!entry.isBasic()) {
            return fixedTrack(entry, years, !elections.isEmpty());
        }
        return walk(entry, years, i -> elections.get(first + i), i -> rules.sharesStepWithPrevious(start, first + i),
                i -> rules.mayStayIn(first + i), i -> "PY" + (first + i));
    }

    /**
     * Reads the elections back out of a stored path (index 0 = first PY): a PY whose level is above the
     * automatic step from the one before was elected; one at the level before, where a step was due,
     * was a stay. For agreements recorded before elections were kept apart from the path.
     */
    public static Map<Integer, LevelChoice> electionsIn(List<Track> levels, LocalDate start, GlidePathRules rules) {
        Map<Integer, LevelChoice> elections = new TreeMap<>();
        if (levels.isEmpty() || !levels.get(0).isBasic()) {
            return elections;
        }
        Track reached = levels.get(0);
        for (int i = 1; i < levels.size(); i++) {
            int py = start.getYear() + i;
            Track automatic = rules.sharesStepWithPrevious(start, py) ? reached : next(reached);
            Track actual = levels.get(i);
            if (actual == levels.get(i - 1) && actual != automatic && rules.mayStayIn(py)) {
                elections.put(py, LevelChoice.stay());
                reached = automatic;
            } else if (BASIC.indexOf(actual) > BASIC.indexOf(automatic)) {
                elections.put(py, LevelChoice.moveUpTo(actual));
                reached = actual;
            } else {
                reached = automatic;
            }
        }
        return elections;
    }

    private static List<Track> fixedTrack(Track track, int years, boolean elected) {
        if (elected) {
            throw new BusinessException(track.label() + " is not on the Basic glide path; its track stays the same for the "
                    + "whole agreement. A new track needs a new agreement.");
        }
        return java.util.Collections.nCopies(years, track);
    }

    private static List<Track> walk(Track entry, int years, IntFunction<LevelChoice> choiceAt, IntPredicate sharesStep,
                                    IntPredicate mayStay, IntFunction<String> name) {
        if (years < 1) {
            throw new IllegalArgumentException("an agreement has at least one performance year");
        }
        List<Track> levels = new ArrayList<>(years);
        Track reached = entry; // where automatic advancement and the ACO's moves up have taken it (stays aside)
        Track actual = entry;
        for (int i = 0; i < years; i++) {
            LevelChoice choice = choiceAt.apply(i);
            if (i == 0) {
                if (choice != null && !(choice.kind() == ElectionKind.MOVE_UP && choice.level() == entry)) {
                    throw new BusinessException("The level of the first performance year is the entry level chosen in the application.");
                }
                levels.add(entry);
                continue;
            }
            if (!sharesStep.test(i)) {
                reached = next(reached);
            }
            if (choice == null) {
                actual = reached;
            } else if (choice.kind() == ElectionKind.STAY) {
                if (!mayStay.test(i)) {
                    throw new BusinessException("An ACO could elect to stay at its level only for PY2021; for " + name.apply(i)
                            + " it advances to " + reached.label() + " or moves up faster.");
                }
                // actual stays; the next PY goes where the path would have gone
            } else {
                Track elected = choice.level();
                if (elected == Track.ENHANCED) {
                    throw new BusinessException("A Basic ACO moves to Enhanced only by renewing early: it applies for a new "
                            + "agreement period under the Enhanced track (42 CFR 425.224).");
                }
                if (!BASIC.contains(elected) || BASIC.indexOf(elected) < BASIC.indexOf(reached)) {
                    throw new BusinessException("In " + name.apply(i) + " the ACO is at " + reached.label()
                            + "; it may move up faster but not back to " + elected.label() + ".");
                }
                reached = elected;
                actual = elected;
            }
            levels.add(actual);
        }
        return List.copyOf(levels);
    }

    /** The automatic next level: one step up the BASIC path, E and ENHANCED stay. */
    public static Track next(Track level) {
        int i = BASIC.indexOf(level);
        return i < 0 || i == BASIC.size() - 1 ? level : BASIC.get(i + 1);
    }

    /** The BASIC levels above {@code level} an ACO may elect to move up to. */
    public static List<Track> levelsAbove(Track level) {
        int i = BASIC.indexOf(level);
        return i < 0 ? List.of() : BASIC.subList(i + 1, BASIC.size());
    }
}
