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
    final ProgramLists lists;
    final ReferenceData reference;
    final Map<String, SettingRule> pcCodes;
    private final Window[] w12 = new Window[AssignmentMethod.values().length];
    private final Window[] w24 = new Window[AssignmentMethod.values().length];
    final Window calendarYear;

    AssignmentContext(int referencePy, int year, ProgramLists lists, ReferenceData reference) {
        this.referencePy = referencePy;
        this.year = year;
        this.lists = lists;
        this.reference = reference;
        this.pcCodes = reference.primaryCareCodes(referencePy);
        for (AssignmentMethod method : AssignmentMethod.values()) {
            w12[method.ordinal()] = Window.w12(method, year);
            w24[method.ordinal()] = Window.w24(method, year);
        }
        this.calendarYear = Window.calendarYear(year);
    }

    /** The W12 of year Y for a methodology (spec B). */
    Window w12(AssignmentMethod method) {
        return w12[method.ordinal()];
    }

    /** The W24 of year Y for a methodology (spec B). */
    Window w24(AssignmentMethod method) {
        return w24[method.ordinal()];
    }

    boolean hasStep3() {
        return referencePy >= FIRST_PY_WITH_STEP_3;
    }
}
