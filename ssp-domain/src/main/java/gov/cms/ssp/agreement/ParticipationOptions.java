package gov.cms.ssp.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The tracks and entry levels an applicant may choose for an agreement period from July 2019
 * (42 CFR 425.600, definitions in 425.20), from three facts: whether the ACO is experienced with
 * performance-based risk Medicare ACO initiatives, whether it is a low or high revenue ACO, and
 * whether it is new, renewing or re-entering (with its earlier BASIC agreements). Each closed option
 * carries the reason, in words, that the application shows.
 *
 * <ul>
 *   <li>inexperienced: any BASIC level or ENHANCED;</li>
 *   <li>experienced, low revenue: BASIC Level E or ENHANCED;</li>
 *   <li>experienced, high revenue: ENHANCED only;</li>
 *   <li>high revenue with a BASIC agreement before (renewing or re-entering): ENHANCED only, a high
 *       revenue ACO has one agreement period in the BASIC track.</li>
 * </ul>
 * While revenue is unknown (figures not entered yet) the options that depend on it stay open and the
 * submission checks them again.
 */
public final class ParticipationOptions {
    /** Low revenue: participants' Parts A and B revenue below 35% of the assigned beneficiaries' expenditures (425.20). */
    public static final BigDecimal LOW_REVENUE_THRESHOLD = new BigDecimal("0.35");

    public enum Entrant {
        NEW("New ACO"), RENEWING("Renewing ACO"), RE_ENTERING("Re-entering ACO");

        private final String label;

        Entrant(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * @param lowRevenue null while the revenue figures are not entered
     * @param hadBasicAgreement the ACO had an agreement period under the BASIC track before this one
     */
    public record Facts(Entrant entrant, boolean experienced, Boolean lowRevenue, boolean hadBasicAgreement) {
        public Facts {
            Objects.requireNonNull(entrant);
        }
    }

    private static final List<Track> CHOICES = List.of(Track.BASIC_A, Track.BASIC_B, Track.BASIC_C, Track.BASIC_D,
            Track.BASIC_E, Track.ENHANCED);

    private final Map<Track, String> closed;

    private ParticipationOptions(Map<Track, String> closed) {
        this.closed = closed;
    }

    public static ParticipationOptions of(Facts f) {
        Map<Track, String> closed = new LinkedHashMap<>();
        boolean high = Boolean.FALSE.equals(f.lowRevenue());
        for (Track t : CHOICES) {
            if (t == Track.ENHANCED) {
                continue;
            }
            if (f.experienced() && high) {
                closed.put(t, "An ACO experienced with performance-based risk and with high revenue may take part only in "
                        + "the Enhanced track.");
            } else if (high && f.hadBasicAgreement() && f.entrant() != Entrant.NEW) {
                closed.put(t, "A high revenue ACO takes part in the Basic track for one agreement period only; as a "
                        + Character.toLowerCase(f.entrant().label().charAt(0)) + f.entrant().label().substring(1) + " that had a Basic agreement it applies for Enhanced.");
            } else if (f.experienced() && t != Track.BASIC_E) {
                closed.put(t, "An ACO experienced with performance-based risk enters the Basic track only at Level E.");
            }
        }
        return new ParticipationOptions(closed);
    }

    /** Whether the revenue figures make a low revenue ACO (null when either is missing). */
    public static Boolean lowRevenue(BigDecimal participantRevenue, BigDecimal assignedExpenditures) {
        if (participantRevenue == null || assignedExpenditures == null || assignedExpenditures.signum() <= 0) {
            return null;
        }
        return participantRevenue.compareTo(assignedExpenditures.multiply(LOW_REVENUE_THRESHOLD)) < 0;
    }

    /**
     * New, renewing or re-entering for an agreement starting {@code start}: renewing when an earlier
     * agreement runs at least to the year before (early renewal included), re-entering after a gap.
     */
    public static Entrant entrant(AgreementHistory history, LocalDate start) {
        Entrant e = Entrant.NEW;
        for (Agreement a : history.agreements()) {
            if (!a.getStartDate().isBefore(start)) {
                continue;
            }
            if (a.lastPerformanceYear() >= start.getYear() - 1) {
                return Entrant.RENEWING;
            }
            e = Entrant.RE_ENTERING;
        }
        return e;
    }

    public static boolean hadBasicAgreement(AgreementHistory history, LocalDate start) {
        return history.agreements().stream().anyMatch(a -> a.getStartDate().isBefore(start) && a.entryLevel().isBasic());
    }

    public boolean isOpen(Track track) {
        return CHOICES.contains(track) && !closed.containsKey(track);
    }

    public List<Track> open() {
        List<Track> open = new ArrayList<>(CHOICES);
        open.removeAll(closed.keySet());
        return List.copyOf(open);
    }

    /** The closed choices with why, in the order of the form. */
    public Map<Track, String> closed() {
        return java.util.Collections.unmodifiableMap(closed);
    }
}
