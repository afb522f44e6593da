package gov.cms.ssp.assignment;

import static gov.cms.ssp.assignment.Fixture.A1_TIN;
import static gov.cms.ssp.assignment.Fixture.A3_TIN;
import static gov.cms.ssp.assignment.Fixture.T9;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quarterly assignment reports run the one engine with the quarter's windows: retrospective ACOs on the
 * most recent 12 months ending with the quarter (42 CFR 425.400(a)(2)(ii)), prospective ACOs on their
 * offset window with the exclusions tested on the year to date (425.401(b)); Q4 equals the final run.
 */
class QuarterlyAssignmentTest {

    @TempDir
    Path tmp;

    @Test
    void theRollingWindowIsTheTwelveMonthsEndingWithTheQuarter() {
        Window q1 = Window.endingWithQuarter(2024, 1, 12);
        assertEquals(LocalDate.of(2023, 4, 1), Days.toDate(q1.start()));
        assertEquals(LocalDate.of(2024, 3, 31), Days.toDate(q1.end()));
        Window q3 = Window.endingWithQuarter(2024, 3, 24);
        assertEquals(LocalDate.of(2022, 10, 1), Days.toDate(q3.start()));
        assertEquals(LocalDate.of(2024, 9, 30), Days.toDate(q3.end()));
        Window q4 = Window.endingWithQuarter(2024, 4, 12);
        Window year = Window.calendarYear(2024);
        assertEquals(year.start(), q4.start());
        assertEquals(year.end(), q4.end());
        assertEquals(LocalDate.of(2025, 3, 31), Days.toDate(q4.cutoff()), "data processed within three months of the end");
        assertThrows(IllegalArgumentException.class, () -> Window.endingWithQuarter(2024, 5, 12));
        assertThrows(IllegalArgumentException.class, () -> Window.endingWithQuarter(2024, 0, 12));
    }

    @Test
    void aVisitLeavesTheWindowWhenItIsMoreThanTwelveMonthsBeforeTheQuarterEnd() throws Exception {
        Fixture f = Fixture.standard(tmp.resolve("data"), 2024).bene("B1").bene("B2");
        // B1: A1 in May 2023 only → in the Q1 (Apr 2023–Mar 2024) window, out of Q2's (Jul 2023–Jun 2024)
        f.carrier("B1", A1_TIN, "08", "99214", "2023-05-10", "300");
        // B2: T9 in 2023, A1 from April 2024 → T9's patient in Q1, A1's from Q2 on
        f.carrier("B2", T9, "08", "99214", "2023-06-01", "300");
        f.carrier("B2", A1_TIN, "08", "99214", "2024-04-15", "200");
        f.carrier("B2", A1_TIN, "08", "99214", "2024-05-15", "200");
        f.write();
        assertEquals(Map.of("B1", "A1/1"), assign(f, 1));
        assertEquals(Map.of("B2", "A1/1"), assign(f, 2));
        assertEquals(Map.of("B2", "A1/1"), assign(f, 4));
        assertEquals(f.assign().assignmentOf("B2"), "A1/1", "Q4 agrees with the final (command) run");
        assertEquals("unassigned", f.assign().assignmentOf("B1"));
    }

    @Test
    void aProspectiveAcoKeepsItsListAndLosesOnlyWhomTheYearToDateExcludes() throws Exception {
        Fixture f = Fixture.standard(tmp.resolve("data"), 2024).aco("A3", "PROSPECTIVE", A3_TIN).bene("B1");
        // offset window Oct 2022 – Sep 2023 at A3; Medicare Advantage from August 2024
        f.carrier("B1", A3_TIN, "08", "99214", "2023-02-01", "300");
        f.months("B1", "2024-08", "2025-12", m -> m.put("ma_ghp", "Y"));
        f.write();
        assertEquals(Map.of("B1", "A3/1"), assign(f, 1));
        assertEquals(Map.of("B1", "A3/1"), assign(f, 2), "MA in August is after Q2's year to date");
        assertEquals(Map.of(), assign(f, 3), "excluded once the year to date holds an MA month");
    }

    @Test
    void monthsAndAmountsAreThoseOfTheYearToDate() throws Exception {
        Fixture f = Fixture.standard(tmp.resolve("data"), 2024).bene("B1");
        f.carrier("B1", A1_TIN, "08", "99214", "2024-02-01", "300");
        f.spend("B1", "INPATIENT", "2024-03-10", "1000");
        f.spend("B1", "INPATIENT", "2024-08-10", "5000");
        f.write();
        PartitionedYear.AssignedBeneficiary q1 = only(f, 1);
        assertEquals(Map.of(EnrollmentType.AGND, 3), q1.months());
        assertEquals(0, q1.raw().get(EnrollmentType.AGND).compareTo(new java.math.BigDecimal("1300")),
                "the visit's $300 and the March stay; not August's: " + q1.raw());
        assertEquals(Map.of(EnrollmentType.AGND, 12), only(f, 4).months());
    }

    private PartitionedYear.AssignedBeneficiary only(Fixture f, int quarter) throws Exception {
        PartitionedYear year = partitioned(f, quarter);
        PartitionedYear.BucketOutcome outcome = year.assignBucket(tmp.resolve("buckets-" + quarter), 1, 0);
        assertEquals(1, outcome.assigned().size());
        return outcome.assigned().get(0);
    }

    private Map<String, String> assign(Fixture f, int quarter) throws Exception {
        PartitionedYear year = partitioned(f, quarter);
        Map<String, String> result = new HashMap<>();
        for (PartitionedYear.AssignedBeneficiary a : year.assignBucket(tmp.resolve("buckets-" + quarter), 1, 0).assigned()) {
            result.put(a.beneId(), a.acoId() + "/" + a.step().code());
        }
        return result;
    }

    private PartitionedYear partitioned(Fixture f, int quarter) throws IOException {
        try {
            PartitionedYear year = PartitionedYear.ofQuarter(f.py, f.py, quarter, f.dir());
            year.partition(tmp.resolve("buckets-" + quarter), 1);
            return year;
        } catch (BadInputException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
