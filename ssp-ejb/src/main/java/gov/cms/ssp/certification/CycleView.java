package gov.cms.ssp.certification;

import java.time.LocalDate;

/** A PY's certification window as pages and the API show it. */
public record CycleView(int py, LocalDate opensOn, LocalDate deadline, String openedBy) {
    static CycleView of(CertificationCycle c) {
        return new CycleView(c.getPy(), c.getOpensOn(), c.getDeadline(), c.getOpenedBy());
    }
}
