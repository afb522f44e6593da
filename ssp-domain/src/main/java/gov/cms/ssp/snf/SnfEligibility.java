package gov.cms.ssp.snf;

import gov.cms.ssp.agreement.Track;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The SNF 3-day rule waiver (42 CFR 425.612): open to BASIC C/D/E and ENHANCED ACOs (formerly also
 * Track 3 and Track 1+), and every affiliate needs an overall CMS star rating of 3 or more.
 */
public final class SnfEligibility {
    public static final int MINIMUM_STAR_RATING = 3;
    private static final Set<Track> WAIVER_TRACKS = EnumSet.of(Track.BASIC_C, Track.BASIC_D, Track.BASIC_E,
            Track.ENHANCED, Track.TRACK_3, Track.TRACK_1_PLUS);

    private SnfEligibility() {
    }

    public static boolean trackMayHaveSnfAffiliates(Track track) {
        return track != null && WAIVER_TRACKS.contains(track);
    }

    /** What stops this SNF from being an affiliate of an ACO on this track; empty if nothing. */
    public static List<String> problems(Track track, Integer overallStarRating) {
        List<String> problems = new ArrayList<>();
        if (!trackMayHaveSnfAffiliates(track)) {
            problems.add("An ACO on " + (track == null ? "no track" : track.label())
                    + " cannot have SNF affiliates: the SNF 3-day rule waiver is open to Basic Levels C, D, E and Enhanced");
        }
        if (overallStarRating == null) {
            problems.add("The SNF's overall star rating is required");
        } else if (overallStarRating < 1 || overallStarRating > 5) {
            problems.add("The overall star rating must be 1 to 5, not " + overallStarRating);
        } else if (overallStarRating < MINIMUM_STAR_RATING) {
            problems.add("The SNF has an overall star rating of " + overallStarRating + "; the waiver needs 3 stars or more");
        }
        return problems;
    }
}
