package gov.cms.ssp.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/** An agreement as its ACO and CMS see it, with the level of each performance year. */
public record AgreementView(String acoId, int agreementNumber, LocalDate startDate, int years, List<YearLevel> levels,
                            String msrMlr, String assignmentMethod) {
    /** {@code startsOn} is July 1 for the six-month first PY of a July 2019 start, else January 1. */
    public record YearLevel(int performanceYear, Track track, String label, LocalDate startsOn) {
    }

    public static AgreementView of(Agreement a) {
        return new AgreementView(a.getAcoId().value(), a.getAgreementNumber(), a.getStartDate(), a.getYears(),
                IntStream.rangeClosed(a.firstPerformanceYear(), a.lastPerformanceYear()).mapToObj(a::termsIn)
                        .map(t -> new YearLevel(t.performanceYear(), t.level(), t.level().label(), t.startsOn()))
                        .toList(),
                a.getMsrMlr() == null ? "Not chosen yet (one-sided)" : a.getMsrMlr().label(),
                a.getAssignmentMethod() == null ? null : a.getAssignmentMethod().label());
    }
}
