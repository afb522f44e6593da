package gov.cms.ssp.reconciliation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Implausible financial inputs are found at the edges of the PY's range, not refused. */
class PlausibleRangeTest {
    private static final PlausibleRange PY2023 = new PlausibleRange(2023, new BigDecimal("4000"), new BigDecimal("60000"),
            new BigDecimal("0.50"));
    private static final String HEADER = FinancialInputFileTest.HEADER;

    private static ReconciliationInput row(int beneficiaries, String benchmark, String expenditures) {
        String csv = HEADER + "A1001,EN,3,07/01/2019," + beneficiaries + "," + benchmark + "," + expenditures
                + ",9.09%,2.00%,99899684,73426268,0,1,-,89.91%,75.00%,-,Low Revenue\n";
        FinancialInputFile file = FinancialInputFile.read(new StringReader(csv), 2023, "inputs.csv");
        assertTrue(file.isClean(), file.problems().toString());
        return file.entries().get(0).figures();
    }

    @Test
    void aRealAcoIsPlausible() {
        assertEquals(List.of(), PY2023.findings(row(78364, "1098668352", "998768668")), "Palm Beach's PY2023 figures");
    }

    @Test
    void aThousandBeneficiariesWithAHundredDollarBenchmarkIsFlagged() {
        List<String> findings = PY2023.findings(row(1000, "100", "90"));
        assertEquals(2, findings.size(), findings.toString());
        assertTrue(findings.get(0).contains("per-capita benchmark of $0.10 is outside the plausible range for PY2023 ($4,000 to $60,000)"),
                findings.toString());
        assertTrue(findings.get(1).startsWith("per-capita expenditures"), findings.toString());
    }

    @Test
    void eachFindingIsKeptUnderItsFigureForTheFormToShowItBesideTheField() {
        var byFigure = PY2023.findingsByFigure(row(1000, "100", "90"));
        assertEquals(List.of(PlausibleRange.Figure.BENCHMARK, PlausibleRange.Figure.EXPENDITURES), List.copyOf(byFigure.keySet()));
        assertTrue(byFigure.get(PlausibleRange.Figure.BENCHMARK).startsWith("per-capita benchmark of $0.10"));
        var savings = PY2023.findingsByFigure(row(1000, "10000000", "4000000"));
        assertEquals(List.of(PlausibleRange.Figure.SAVINGS_RATE), List.copyOf(savings.keySet()), savings.toString());
        assertEquals(PY2023.findings(row(1000, "10000000", "4000000")), List.copyOf(savings.values()));
    }

    @Test
    void thePerCapitaEdgesAreIncluded() {
        assertEquals(List.of(), PY2023.findings(row(1000, "4000000", "4000000")), "exactly the minimum");
        assertEquals(List.of(), PY2023.findings(row(1000, "60000000", "60000000")), "exactly the maximum");
        assertEquals(1, PY2023.findings(row(1000, "3999990", "4000000")).size(), "a cent per head under the minimum");
        assertEquals(1, PY2023.findings(row(1000, "60000000", "60000010")).size(), "a cent per head over the maximum");
    }

    @Test
    void savingsOrLossesBeyondHalfTheBenchmarkAreFlagged() {
        assertEquals(List.of(), PY2023.findings(row(1000, "20000000", "10000000")), "exactly 50 % savings");
        List<String> savings = PY2023.findings(row(1000, "20000000", "9998000"));
        assertEquals(List.of("savings of 50.01% of the benchmark, beyond the 50% expected at most"), savings);
        List<String> losses = PY2023.findings(row(1000, "20000000", "30200000"));
        assertTrue(losses.get(0).startsWith("losses of 51% of the benchmark"), losses.toString());
    }

    @Test
    void aRangeMustBeARange() {
        assertThrows(IllegalArgumentException.class, () -> new PlausibleRange(2023, BigDecimal.TEN, BigDecimal.ONE, new BigDecimal("0.5")));
    }
}
