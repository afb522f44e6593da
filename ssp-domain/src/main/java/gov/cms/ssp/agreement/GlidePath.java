package gov.cms.ssp.agreement;

import gov.cms.ssp.shared.BusinessException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The BASIC glide path (rules section 2): an ACO is advanced one level each performance year
 * automatically (A→B→C→D→E) and may elect to move up faster; Level E is the end of the path.
 * ENHANCED stays ENHANCED. Only BASIC A–E and ENHANCED are open to new agreements.
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

    /** The level of each PY with automatic advancement only. */
    public static List<Track> levels(Track entry, int years) {
        return levels(entry, years, Map.of());
    }

    /**
     * The level of each PY (index 0 = first PY). {@code elections} maps a PY index to a level the ACO
     * elected for it; an election may only move faster than the automatic path, never back.
     */
    public static List<Track> levels(Track entry, int years, Map<Integer, Track> elections) {
        Objects.requireNonNull(entry);
        if (!availableForNewAgreements(entry)) {
            throw new BusinessException(entry.label() + " is closed to new agreements; choose a BASIC level or ENHANCED.");
        }
        if (years < 1) {
            throw new IllegalArgumentException("an agreement has at least one performance year");
        }
        List<Track> levels = new ArrayList<>(years);
        Track current = entry;
        for (int py = 0; py < years; py++) {
            if (py > 0) {
                current = next(current);
            }
            Track elected = elections.get(py);
            if (elected != null && elected != current) {
                if (elected == Track.ENHANCED) {
                    current = Track.ENHANCED;
                } else if (current == Track.ENHANCED || !BASIC.contains(elected)
                        || BASIC.indexOf(elected) < BASIC.indexOf(current)) {
                    throw new BusinessException("In performance year " + (py + 1) + " the ACO is at " + current.label()
                            + "; it may move up faster but not back to " + elected.label() + ".");
                } else {
                    current = elected;
                }
            }
            levels.add(current);
        }
        return List.copyOf(levels);
    }

    /** The automatic next level: one step up the BASIC path, E and ENHANCED stay. */
    public static Track next(Track level) {
        int i = BASIC.indexOf(level);
        return i < 0 || i == BASIC.size() - 1 ? level : BASIC.get(i + 1);
    }
}
