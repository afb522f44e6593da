package gov.cms.ssp.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/** An agreement as its ACO and CMS see it, with the level of each performance year. */
public record AgreementView(String acoId, LocalDate startDate, int years, List<YearLevel> levels, String msrMlr,
                            String assignmentMethod) {
    public record YearLevel(int performanceYear, Track track, String label) {
    }

    public static AgreementView of(Agreement a) {
        return new AgreementView(a.getAcoId().value(), a.getStartDate(), a.getYears(),
                IntStream.range(0, a.getYears()).mapToObj(i -> new YearLevel(a.firstPerformanceYear() + i,
                        a.getLevels().get(i), a.getLevels().get(i).label())).toList(),
                a.getMsrMlr() == null ? "Variable (one-sided)" : a.getMsrMlr().label(),
                a.getAssignmentMethod() == null ? null : a.getAssignmentMethod().label());
    }
}
