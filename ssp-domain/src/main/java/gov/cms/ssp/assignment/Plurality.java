package gov.cms.ssp.assignment;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Spec E.4: among all entities with allowed charges above zero, the strictly largest sum wins; a tie
 * goes to the tied entity with the most recent service among its counted lines; still tied, no winner.
 * Sums are exact decimals.
 */
final class Plurality {

    private Plurality() {
    }

    private static final class Tally {
        BigDecimal sum = BigDecimal.ZERO;
        int latest = Integer.MIN_VALUE;
    }

    /** The winning entity of the lines whose role passes {@code roles}, or null when no entity wins. */
    static Entity winner(List<PcLine> lines, Predicate<ServiceRole> roles) {
        Map<Entity, Tally> tallies = new HashMap<>();
        for (PcLine pc : lines) {
            if (roles.test(pc.role())) {
                Tally tally = tallies.computeIfAbsent(pc.entity(), e -> new Tally());
                tally.sum = tally.sum.add(pc.line().allowed);
                tally.latest = Math.max(tally.latest, pc.line().from);
            }
        }
        Entity best = null;
        Tally bestTally = null;
        boolean tied = false;
        for (Map.Entry<Entity, Tally> entry : tallies.entrySet()) {
            Tally tally = entry.getValue();
            if (tally.sum.signum() <= 0) {
                continue;
            }
            int order = bestTally == null ? 1 : compare(tally, bestTally);
            if (order > 0) {
                best = entry.getKey();
                bestTally = tally;
                tied = false;
            } else if (order == 0) {
                tied = true;
            }
        }
        return tied ? null : best;
    }

    private static int compare(Tally a, Tally b) {
        int bySum = a.sum.compareTo(b.sum);
        return bySum != 0 ? bySum : Integer.compare(a.latest, b.latest);
    }

    /** Whether the lines hold at least one line of the ACO with a role passing {@code roles}. */
    static boolean hasLine(List<PcLine> lines, String acoId, Predicate<ServiceRole> roles) {
        for (PcLine pc : lines) {
            if (acoId.equals(pc.entity().acoId()) && roles.test(pc.role())) {
                return true;
            }
        }
        return false;
    }
}
