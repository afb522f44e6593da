package gov.cms.ssp.agreement;

import gov.cms.ssp.participant.ChangeRequestWindow;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * An ACO's path as its people see it: the level of this PY and the next, and every agreement's PYs
 * (past, current, next) with what was elected; for a PY whose change-request window is open, what
 * the executive may elect.
 */
public record GlidePathView(String acoId, int currentYear, String currentLevel, String nextLevel,
                            List<AgreementPath> agreements) {
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    /**
     * One agreement; {@code offer} is null unless an election is open for one of its PYs. {@code standing}
     * says whether it is in force, a renewal (or first agreement) that has not started, or over.
     */
    public record AgreementPath(long id, long version, int number, String ordinal, String period, String msrMlr,
                                List<YearRow> years, ElectionOffer offer, String standing) {
    }

    /** One PY: dates, level, what it means, whether past/current/next, and the election behind it. */
    public record YearRow(int performanceYear, String dates, Track level, String levelLabel, String risk, String apm,
                          String when, String election) {
    }

    /**
     * What the executive may elect for {@code performanceYear}: move up to one of {@code moveUpTo}, stay
     * (PY2021 only), and choose the MSR/MLR when that PY is the first at two-sided risk.
     */
    public record ElectionOffer(int performanceYear, String windowCloses, String automaticLevel, List<Track> moveUpTo,
                                boolean mayStay, boolean msrMlrDue, Track chosenLevel, boolean chosenStay,
                                String assignmentMethod) {
    }

    /** {@code open}: the change-request windows open today (an agreement is offered the first of its PYs among them). */
    public static GlidePathView of(String acoId, AgreementHistory history, LocalDate today, List<ChangeRequestWindow> open) {
        int year = today.getYear();
        List<AgreementPath> agreements = new ArrayList<>();
        for (Agreement a : history.agreements()) {
            agreements.add(path(a, history, year, open, today));
        }
        return new GlidePathView(acoId, year, label(history, year), label(history, year + 1), agreements);
    }

    private static String label(AgreementHistory history, int py) {
        return history.levelIn(py).map(Track::label).orElse("No agreement in PY" + py);
    }

    private static AgreementPath path(Agreement a, AgreementHistory history, int year, List<ChangeRequestWindow> windows,
                                      LocalDate today) {
        var choices = a.levelChoices();
        List<YearRow> years = new ArrayList<>();
        for (int py = a.firstPerformanceYear(); py <= a.lastPerformanceYear(); py++) {
            AgreementTerms t = a.termsIn(py);
            boolean superseded = history.agreementIn(py).map(in -> in != a).orElse(false);
            String when = superseded ? "Replaced by a later agreement" : py < year ? "Past" : py == year ? "Current"
                    : py == year + 1 ? "Next" : "Coming";
            years.add(new YearRow(py, date(t.startsOn()) + "–" + date(t.endsOn()), t.level(), t.level().label(),
                    t.isTwoSided() ? "Two-sided (shares savings and losses)" : "One-sided (shares savings only)",
                    t.level().isAdvancedApm() ? "Advanced APM" : "MIPS APM", when, how(a, py)));
        }
        ElectionOffer offer = null;
        ChangeRequestWindow open = windows.stream().filter(w -> a.covers(w.py()) && w.py() > a.firstPerformanceYear()
                && today.isBefore(LocalDate.of(w.py(), 1, 1))).min(java.util.Comparator.comparingInt(ChangeRequestWindow::py))
                .orElse(null);
        if (open != null && a.entryLevel().isBasic()) {
            offer = offer(a, open, choices.get(open.py()));
        }
        return new AgreementPath(a.getId() == null ? 0 : a.getId(), a.getVersion(), a.getAgreementNumber(),
                ordinal(a.getAgreementNumber()) + " agreement", date(a.getStartDate()) + "–"
                + date(LocalDate.of(a.lastPerformanceYear(), 12, 31)),
                a.getMsrMlr() == null ? "Not chosen yet (chosen when the ACO enters two-sided risk)" : a.getMsrMlr().label(),
                years, offer, standing(a, history, year, today));
    }

    /**
     * "In force", "Renewal approved: starts 01/01/2028; the 2nd agreement stays in force until then",
     * "Ended 12/31/2024", "Ended early: replaced by the renewal from 01/01/2027". An approved renewal
     * is shown as what it is; the agreement in force stays in force until the renewal's first day.
     */
    static String standing(Agreement a, AgreementHistory history, int year, LocalDate today) {
        if (history.agreementIn(year).map(in -> in == a).orElse(false)) {
            return "In force";
        }
        if (a.getStartDate().isAfter(today)) {
            var current = history.agreementIn(year);
            String what = a.getAgreementNumber() > 1 ? "Renewal approved" : "Approved";
            return what + ": starts " + date(a.getStartDate()) + current.map(c -> "; the " + ordinal(c.getAgreementNumber())
                    + " agreement stays in force until then").orElse("");
        }
        if (a.lastPerformanceYear() >= year) {
            return "Ended early: replaced by the renewal from " + history.agreementIn(year).map(n -> date(n.getStartDate())).orElse("");
        }
        return "Ended " + date(LocalDate.of(a.lastPerformanceYear(), 12, 31));
    }

    /** How the PY's level came about: the ACO's election, else compared with the automatic step from the year before. */
    private static String how(Agreement a, int py) {
        if (py == a.firstPerformanceYear()) {
            return "Entry level";
        }
        var elected = a.getElections().stream().filter(e -> e.getPerformanceYear() == py && e.levelChoice() != null).findFirst();
        if (elected.isPresent()) {
            return elected.get().levelChoice().label();
        }
        Track before = a.levelIn(py - 1);
        Track level = a.levelIn(py);
        if (!a.entryLevel().isBasic()) {
            return "Same track for the whole agreement";
        }
        if (GlidePathRules.standard().sharesStepWithPrevious(a.getStartDate(), py)) {
            return level == before ? "Same level as the six-month first PY" : "Moved up faster";
        }
        Track automatic = GlidePath.next(before);
        boolean stayedBefore = py - 2 >= a.firstPerformanceYear() && GlidePathRules.standard().mayStayIn(py - 1)
                && a.levelIn(py - 2) == before;
        if (stayedBefore && level.compareTo(automatic) > 0) {
            return "Back on the glide path after the PY" + (py - 1) + " stay";
        }
        if (level == automatic) {
            return level == before ? "End of the glide path" : "Automatic advancement";
        }
        return level == before ? "Kept its level" : "Moved up faster";
    }

    private static ElectionOffer offer(Agreement a, ChangeRequestWindow open, LevelChoice chosen) {
        int py = open.py();
        var without = new java.util.TreeMap<>(a.levelChoices());
        without.remove(py);
        Track automatic = GlidePath.path(a.entryLevel(), a.getStartDate(), a.getYears(), without, GlidePathRules.standard())
                .get(py - a.firstPerformanceYear());
        Track before = a.levelIn(py - 1);
        return new ElectionOffer(py, date(open.closesOn()), automatic.label(), GlidePath.levelsAbove(automatic),
                GlidePathRules.standard().mayStayIn(py) && automatic != before,
                a.getMsrMlr() == null && a.firstTwoSidedYear().map(first -> first >= py).orElse(false) && !before.isTwoSided(),
                chosen != null && chosen.kind() == ElectionKind.MOVE_UP ? chosen.level() : null,
                chosen != null && chosen.kind() == ElectionKind.STAY,
                a.assignmentIn(py) == null ? "—" : a.assignmentIn(py).label());
    }

    static String date(LocalDate d) {
        return d.format(US);
    }

    private static String ordinal(int n) {
        String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
