package gov.cms.ssp.agreement;

import java.time.LocalDate;

/** One ACO's election for a PY, as CMS reviews it with the change requests. */
public record ElectionRow(String acoId, int agreementNumber, int performanceYear, String election, String levelInForce,
                          String assignmentMethod, String electedBy, LocalDate electedOn) {
    static ElectionRow of(PyElection e) {
        Agreement a = e.getAgreement();
        LevelChoice c = e.levelChoice();
        return new ElectionRow(a.getAcoId().value(), a.getAgreementNumber(), e.getPerformanceYear(),
                c == null ? "No change of level" : c.label(), a.levelIn(e.getPerformanceYear()).label(),
                e.getAssignmentMethod() == null ? "Unchanged" : e.getAssignmentMethod().label(), e.getElectedBy(), e.getElectedOn());
    }
}
