package gov.cms.ssp.assignment;

import java.util.Map;

/**
 * What every rule of one run shares: the reference PY (lists, code list, rule version), the year
 * computed (the PY or a benchmark year) and the reference data.
 */
final class AssignmentContext {

    /** Step 3 and the expanded window exist from PY2025 on (425.402(b)(5)). */
    static final int FIRST_PY_WITH_STEP_3 = 2025;

    final int referencePy;
    final int year;
    /** 1–4 for a quarterly report of year Y, 0 for the year's final assignment */
    final int quarter;
    final ProgramLists lists;
    final ReferenceData reference;
    final Map<String, SettingRule> pcCodes;
    private final Window[] w12 = new Window[AssignmentMethod.values().length];
    private final Window[] w24 = new Window[AssignmentMethod.values().length];
    final Window calendarYear;
    /**
     * The months the year-end exclusions (spec C) and the expenditure months look at: calendar year Y, or
     * for a quarterly report the year to date (spec C: "quarterly exclusions are the same tests on the
     * year to date").
     */
    final Window yearToDate;

    AssignmentContext(int referencePy, int year, ProgramLists lists, ReferenceData reference) {
        this(referencePy, year, 0, lists, reference);
    }

    /**
     * A run for a quarterly report when {@code quarter} is 1–4: retrospective ACOs compete on the rolling
     * 12 (24) months ending with the quarter ({@link Window#endingWithQuarter}); prospective ACOs keep
     * their offset windows (their list is fixed at the start of the year, 425.400(a)(3)) and lose
     * beneficiaries to the exclusions on the year to date (425.401(b)).
     */
    AssignmentContext(int referencePy, int year, int quarter, ProgramLists lists, ReferenceData reference) {
        if (quarter < 0 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 0 (the year) or 1-4: " + quarter);
        }
        this.referencePy = referencePy;
        this.year = year;
        this.quarter = quarter;
        this.lists = lists;
        this.reference = reference;
        this.pcCodes = reference.primaryCareCodes(referencePy);
        for (AssignmentMethod method : AssignmentMethod.values()) {
            boolean rolling = quarter > 0 && method == AssignmentMethod.RETROSPECTIVE;
            w12[method.ordinal()] = rolling ? Window.endingWithQuarter(year, quarter, 12) : Window.w12(method, year);
            w24[method.ordinal()] = rolling ? Window.endingWithQuarter(year, quarter, 24) : Window.w24(method, year);
        }
        this.calendarYear = Window.calendarYear(year);
        this.yearToDate = quarter == 0 ? calendarYear : Window.endingWithQuarter(year, quarter, quarter * 3);
    }

    /** The W12 of year Y for a methodology (spec B). */
    Window w12(AssignmentMethod method) {
        return w12[method.ordinal()];
    }

    /** The W24 of year Y for a methodology (spec B). */
    Window w24(AssignmentMethod method) {
        return w24[method.ordinal()];
    }

    /** The months of year Y counted for expenditures: 12, or the year to date of a quarterly report. */
    int monthsCounted() {
        return quarter == 0 ? 12 : quarter * 3;
    }

    boolean hasStep3() {
        return referencePy >= FIRST_PY_WITH_STEP_3;
    }
}
