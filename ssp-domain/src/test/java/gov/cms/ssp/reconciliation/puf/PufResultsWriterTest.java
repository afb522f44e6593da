package gov.cms.ssp.reconciliation.puf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.cms.ssp.agreement.Track;
import gov.cms.ssp.reconciliation.EucAdjustment;
import gov.cms.ssp.reconciliation.LossLimitBasis;
import gov.cms.ssp.reconciliation.MinimumSavingsRateChoice;
import gov.cms.ssp.reconciliation.PerformancePeriod;
import gov.cms.ssp.reconciliation.QualityOutcome;
import gov.cms.ssp.reconciliation.ReconciledFigures;
import gov.cms.ssp.reconciliation.ReconciliationEngine;
import gov.cms.ssp.reconciliation.ReconciliationInput;
import gov.cms.ssp.reconciliation.ReconciliationResult;
import gov.cms.ssp.reconciliation.cli.ReconcileCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The export of a released PY in CMS's per-ACO results layout of that year, read back by the
 * command: every row is reproduced (round trip), on CMS's real PY2022 and PY2023 rows and on
 * synthetic rows of every year the application reconciles, each track, period and rule in it.
 */
class PufResultsWriterTest {
    private static final ReconciliationEngine ENGINE = ReconciliationEngine.withStandardParameters();

    @TempDir
    Path dir;

    private static PufResultsWriter.Line line(String id, ReconciliationInput in) {
        ReconciliationResult r = ENGINE.reconcile(in);
        return new PufResultsWriter.Line(id, "ACO " + id + ", LLC", in, ReconciledFigures.of(r));
    }

    private static ReconciliationInput.Builder base(int py, Track track, int n, String benchmark, String expenditures) {
        return ReconciliationInput.builder().performanceYear(py).track(track)
                .agreementStart(LocalDate.of(Math.min(py, 2022), 1, 1)).agreementPeriodNumber(2)
                .assignedBeneficiaries(n).totalBenchmark(new BigDecimal(benchmark)).totalExpenditures(new BigDecimal(expenditures))
                .quality(QualityOutcome.met(new BigDecimal("0.8734")));
    }

    /** Savings, losses, corridor; table and CMS-set MSRs, fixed choices, EUC, limits: what a PY's run holds. */
    static List<PufResultsWriter.Line> synthetic(int py) {
        List<PufResultsWriter.Line> lines = new ArrayList<>();
        lines.add(line("A0001", base(py, Track.BASIC_A, 12_345, "150000000", "140000000").build()));
        lines.add(line("A0002", base(py, Track.BASIC_B, 3_210, "40000000", "37000000")
                .cmsSetMinimumSavingsRate(new BigDecimal("0.0391234567")).build()));
        lines.add(line("A0003", base(py, Track.ENHANCED, 25_000, "300000000", "320000000")
                .minimumSavingsRateChoice(MinimumSavingsRateChoice.fixed("0.02"))
                .euc(EucAdjustment.determinedReduction(new BigDecimal("1234567"))).build()));
        lines.add(line("A0004", base(py, Track.BASIC_E, 18_000, "200000000", "195000000")
                .minimumSavingsRateChoice(MinimumSavingsRateChoice.fixed("0.005")).lowRevenue(true).build()));
        lines.add(line("A0005", base(py, Track.ENHANCED, 60_500, "800000000", "799000000").build()));
        lines.add(line("A0006", base(py, Track.BASIC_C, 9_000, "100000000", "99500000")
                .minimumSavingsRateChoice(MinimumSavingsRateChoice.variableRate())
                .quality(QualityOutcome.failed(new BigDecimal("0.31"))).build()));
        if (py <= 2020) {
            lines.add(line("A0007", base(py, Track.TRACK_1, 15_000, "180000000", "170000000").build()));
            lines.add(line("A0008", base(py, Track.TRACK_1_PLUS, 11_000, "120000000", "130000000")
                    .lossLimitBasis(LossLimitBasis.BENCHMARK).build()));
            lines.add(line("A0009", base(py, Track.TRACK_3, 20_000, "250000000", "230000000")
                    .advancePaymentRecoupment(new BigDecimal("500000")).build()));
        }
        if (py >= 2024) {
            lines.add(line("A0010", base(py, Track.ENHANCED, 30_000, "350000000", "360000000").guardrail(true).build()));
        }
        return lines;
    }

    private String reconcile(int py, String csv) throws Exception {
        Path file = dir.resolve("PY" + py + "_export.csv");
        Files.writeString(file, csv);
        StringWriter out = new StringWriter();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ReconcileCommand.run(new String[] {"--year", Integer.toString(py), file.toString()}, out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        return out.toString();
    }

    @ParameterizedTest(name = "PY{0}")
    @ValueSource(ints = {2020, 2021, 2022, 2023, 2024})
    void theCommandReadsTheExportOfEveryYearBackAndReproducesEveryRow(int py) throws Exception {
        List<PufResultsWriter.Line> lines = synthetic(py);
        String csv = PufResultsWriter.write(py, lines);
        String report = reconcile(py, csv);
        List<String> out = report.lines().toList();
        assertEquals("reproduced " + lines.size() + " of " + lines.size() + " checkable rows (0 not checkable)",
                out.get(out.size() - 1), report);
        // and each computed EarnSaveLoss is the one exported, to the dollar
        PufFile read = PufReader.read(new StringReader(csv), py, "export.csv");
        CheckReport check = new PublishedResultCheck(ENGINE).check(read);
        for (int i = 0; i < lines.size(); i++) {
            RowVerdict v = check.verdicts().get(i);
            assertEquals(CheckStatus.REPRODUCED, v.status(), v.reason());
            assertEquals(0, lines.get(i).figures().netAmount().compareTo(v.earnedSavingsLosses()), lines.get(i).acoId());
        }
    }

    @Test
    void pyTwentyNineteenExportsEachSixMonthPeriodAsItsOwnFileThatReadsBack() throws Exception {
        for (PerformancePeriod period : List.of(PerformancePeriod.JANUARY_TO_JUNE_2019, PerformancePeriod.JULY_TO_DECEMBER_2019)) {
            LocalDate start = period == PerformancePeriod.JULY_TO_DECEMBER_2019 ? LocalDate.of(2019, 7, 1) : LocalDate.of(2016, 1, 1);
            List<PufResultsWriter.Line> lines = new ArrayList<>();
            Track savingsTrack = period == PerformancePeriod.JULY_TO_DECEMBER_2019 ? Track.BASIC_B : Track.TRACK_1;
            Track lossTrack = period == PerformancePeriod.JULY_TO_DECEMBER_2019 ? Track.ENHANCED : Track.TRACK_3;
            lines.add(line("A0101", base(2019, savingsTrack, 14_000, "160000000", "150000000")
                    .agreementStart(start).performancePeriod(period).build()));
            lines.add(line("A0102", base(2019, lossTrack, 22_000, "260000000", "270000000")
                    .agreementStart(start).performancePeriod(period).build()));
            String csv = PufResultsWriter.write(2019, lines);
            assertTrue(csv.contains(period == PerformancePeriod.JANUARY_TO_JUNE_2019 ? "January - June 2019" : "July - December 2019"), csv);
            String report = reconcile(2019, csv);
            assertTrue(report.endsWith("reproduced 2 of 2 checkable rows (0 not checkable)\n")
                    || report.strip().endsWith("reproduced 2 of 2 checkable rows (0 not checkable)"), report);
            PufFile read = PufReader.read(new StringReader(csv), 2019, "export.csv");
            assertTrue(read.rows().stream().allMatch(r -> r.period() == period), "each row keeps its period");
        }
    }

    @ParameterizedTest(name = "PY{0}")
    @ValueSource(ints = {2022, 2023})
    void cmsOwnRowsSurviveTheRoundTrip(int py) throws Exception {
        Path source = Path.of(getClass().getResource("/puf/PY" + py + "_ACO_results.csv").toURI());
        PufFile published = PufReader.read(source, py);
        PublishedResultCheck check = new PublishedResultCheck(ENGINE);
        List<PufResultsWriter.Line> lines = new ArrayList<>();
        for (PufRow row : published.rows()) {
            ReconciliationInput in = check.inputOf(row, published.layout());
            ReconciliationResult r = ENGINE.reconcile(in);
            if (r.isDetermined()) {   // a revenue-limited loss is set aside in a run, never exported as a bound
                lines.add(new PufResultsWriter.Line(row.acoId(), null, in, ReconciledFigures.of(r)));
            }
        }
        String csv = PufResultsWriter.write(py, lines);
        assertTrue(csv.startsWith("ACO_ID,ACO_Name,Agreement_Period_Num,Current_Start_Date,Current_Track,N_AB,Sav_rate,MinSavPerc"), csv);
        List<String> out = reconcile(py, csv).lines().toList();
        assertEquals("reproduced " + lines.size() + " of " + lines.size() + " checkable rows (0 not checkable)", out.get(out.size() - 1));
        assertTrue(lines.size() > 400, "most of CMS's rows: " + lines.size());
    }

    @Test
    void valuesAreWrittenAsTheYearsFileWritesThem() {
        String y2023 = PufResultsWriter.write(2023, List.of(synthetic(2023).get(1)));
        String row = y2023.lines().toList().get(1);
        assertTrue(row.contains(",3.91234567%,"), "the CMS-set MSR to its full precision, as a percent string: " + row);
        assertTrue(row.contains("01/01/2022"), "dates MM/DD/YYYY: " + row);
        assertTrue(row.contains("\"ACO A0002, LLC\""), "names quoted: " + row);
        String y2024 = PufResultsWriter.write(2024, List.of(synthetic(2024).get(0)));
        assertTrue(y2024.lines().toList().get(0).endsWith(",Guardrail"), y2024);
        assertTrue(y2024.lines().toList().get(1).contains(",87.34,"), "plain percent numbers in 2024: " + y2024);
        assertTrue(PufResultsWriter.layoutFor(2021).note().contains("PY2022"), "a year without a file says which it follows");
        assertEquals(2024, PufResultsWriter.layoutFor(2026).followsYear());
    }
}
