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

    AssignmentContext(int referencePy, int year, ProgramLists lists, ReferenceData reference) {
        this.referencePy = referencePy;
        this.year = year;
        this.lists = lists;
        this.reference = reference;
        this.pcCodes = reference.primaryCareCodes(referencePy);
    }

    boolean hasStep3() {
        return referencePy >= FIRST_PY_WITH_STEP_3;
    }
}
