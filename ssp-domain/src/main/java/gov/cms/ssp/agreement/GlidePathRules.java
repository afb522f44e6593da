package gov.cms.ssp.agreement;

import java.time.LocalDate;
import java.time.Month;
import java.util.Set;

/**
 * The calendar facts of the BASIC glide path that vary by year (rules section 2, 42 CFR 425.600(a)(4)):
 * the performance years for which an ACO could elect to stay at its level instead of advancing, and
 * the start dates allowed for agreement periods.
 *
 * @param stayYears PYs for which the ACO may elect to keep its level (PY2021: the COVID-19 interim
 *                  final rule); in the following PY the ACO moves to the level it would have reached
 *                  had it advanced (425.600(a)(4)(i)(B)(2))
 * @param julyStartYears years in which an agreement period could start on July 1 (2019 only); the
 *                  six-month first PY and the following calendar PY are one step of the glide path
 */
public record GlidePathRules(Set<Integer> stayYears, Set<Integer> julyStartYears) {
    public GlidePathRules {
        stayYears = Set.copyOf(stayYears);
        julyStartYears = Set.copyOf(julyStartYears);
    }

    /** The program's table: stay for PY2021 only; July 1 starts in 2019 only. */
    public static GlidePathRules standard() {
        return new GlidePathRules(Set.of(2021), Set.of(2019));
    }

    public boolean mayStayIn(int performanceYear) {
        return stayYears.contains(performanceYear);
    }

    /** Agreement periods start on January 1, or on July 1 of a year with a July start (2019). */
    public boolean isAllowedStart(LocalDate start) {
        return start.getDayOfMonth() == 1 && (start.getMonth() == Month.JANUARY
                || start.getMonth() == Month.JULY && julyStartYears.contains(start.getYear()));
    }

    /**
     * Whether {@code performanceYear} is no step of its own: the calendar PY after a six-month first PY
     * (July–December 2019) keeps the level of that first PY, so a Level A entrant of 07/01/2019 is at
     * Level A in 2019 and 2020 and is advanced at the start of 2021.
     */
    public boolean sharesStepWithPrevious(LocalDate agreementStart, int performanceYear) {
        return agreementStart.getMonth() == Month.JULY && performanceYear == agreementStart.getYear() + 1;
    }
}
