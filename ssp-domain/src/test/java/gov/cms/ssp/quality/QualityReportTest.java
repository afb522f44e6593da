package gov.cms.ssp.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.BusinessException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class QualityReportTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2024, 2, 1, 12, 0);
    private static final ReportedMeasure M001 = ReportedMeasure.counts(MeasureKey.of("001", CollectionType.ECQM), 10, 100, 0, 100);

    @Test
    void aSubmittedReportNoLongerChanges() {
        QualityReport r = new QualityReport(AcoId.of("A1001"), 2023, "aco.staff", NOW);
        assertThrows(BusinessException.class, () -> r.submit("aco.executive", NOW), "nothing to submit yet");
        r.replaceMeasures(List.of(M001), "aco.staff", NOW);
        r.submit("aco.executive", NOW);
        assertTrue(r.isSubmitted());
        assertEquals("aco.executive", r.getSubmittedBy());
        assertThrows(BusinessException.class, () -> r.replaceMeasures(List.of(), "aco.staff", NOW));
        assertEquals(List.of(M001), r.reportedMeasures());
    }

    @Test
    void cmsLoadedMeasuresAreNotPartOfTheAcosReport() {
        QualityReport r = new QualityReport(AcoId.of("A1001"), 2023, "aco.staff", NOW);
        ReportedMeasure cahps = ReportedMeasure.rate(MeasureKey.of("CAHPS_1", CollectionType.CAHPS), java.math.BigDecimal.TEN);
        assertThrows(IllegalArgumentException.class, () -> r.replaceMeasures(List.of(cahps), "aco.staff", NOW));
    }

    @Test
    void theWindowIncludesItsFirstAndLastDay() {
        QualityReportingWindow w = new QualityReportingWindow(2023, LocalDate.of(2024, 1, 2), LocalDate.of(2024, 3, 31), "cms.admin", NOW);
        assertTrue(w.isOpenOn(LocalDate.of(2024, 1, 2)));
        assertTrue(w.isOpenOn(LocalDate.of(2024, 3, 31)));
        assertTrue(!w.isOpenOn(LocalDate.of(2024, 1, 1)) && !w.isOpenOn(LocalDate.of(2024, 4, 1)));
        assertTrue(w.hasClosedBy(LocalDate.of(2024, 4, 1)));
        assertThrows(BusinessException.class, () -> w.reschedule(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 2, 1), "cms.admin", NOW));
    }
}
