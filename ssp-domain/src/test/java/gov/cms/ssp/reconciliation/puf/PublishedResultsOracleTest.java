package gov.cms.ssp.reconciliation.puf;

import gov.cms.ssp.reconciliation.ReconciliationEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * CMS's published per-ACO results are the oracle: every checkable row of each file must be
 * recomputed from its inputs to the published figures. Nothing expected is written here; the
 * comparison is against the files' own columns.
 */
class PublishedResultsOracleTest {

    private final PublishedResultCheck check = new PublishedResultCheck(ReconciliationEngine.withStandardParameters());

    static Path resource(String name) throws URISyntaxException {
        return Path.of(PublishedResultsOracleTest.class.getResource("/puf/" + name).toURI());
    }

    @ParameterizedTest(name = "PY{0}")
    @CsvSource({"2018, PY2018_ACO_results.csv", "2022, PY2022_ACO_results.csv", "2023, PY2023_ACO_results.csv"})
    void everyCheckableRowIsReproduced(int year, String file) throws IOException, URISyntaxException {
        PufFile puf = PufReader.read(resource(file), year);
        CheckReport report = check.check(puf);

        List<String> differing = report.verdicts().stream().filter(v -> v.status() == CheckStatus.DIFFERS)
                .map(v -> v.row().acoId() + ": " + v.reason()).toList();
        assertTrue(differing.isEmpty(), () -> differing.size() + " rows differ:\n" + String.join("\n", differing));
        assertEquals(report.checkable(), report.reproduced());

        // not-checkable rows are few, and each says why
        assertTrue(report.notCheckable() * 20 <= puf.rows().size(),
                () -> report.notCheckable() + " of " + puf.rows().size() + " rows not checkable");
        report.verdicts().stream().filter(v -> v.status() == CheckStatus.NOT_CHECKABLE)
                .forEach(v -> assertFalse(v.reason().isBlank(), v.row().acoId() + " has no reason"));
        assertEquals(puf.rows().size(), report.verdicts().size());
    }

    @ParameterizedTest(name = "PY{0}")
    @CsvSource({"2018, PY2018_ACO_results.csv", "2022, PY2022_ACO_results.csv", "2023, PY2023_ACO_results.csv"})
    void toleranceIsTightAndTheCheckIsNotVacuous(int year, String file) throws IOException, URISyntaxException {
        PufFile puf = PufReader.read(resource(file), year);
        CheckReport report = check.check(puf);
        // the only slack is the rounding of published figures: never more than $2 + 1 basis point of GenSaveLoss
        for (RowVerdict v : report.verdicts()) {
            if (v.earnedTolerance() != null) {
                BigDecimal bound = new BigDecimal("2").add(v.generatedSavingsLosses().abs().multiply(new BigDecimal("0.0001")));
                assertTrue(v.earnedTolerance().compareTo(bound) <= 0, v.row().acoId() + " tolerance " + v.earnedTolerance());
            }
        }
        // publish every EarnSaveLoss $1 beyond the tolerance around the computed value: no row may still pass
        List<PufRow> shifted = report.verdicts().stream().map(v -> v.earnedTolerance() == null ? v.row()
                : withEarned(v.row(), v.earnedSavingsLosses().add(v.earnedTolerance()).add(BigDecimal.ONE)))
                .collect(Collectors.toList());
        CheckReport shiftedReport = check.check(new PufFile(puf.source(), puf.layout(), shifted));
        assertEquals(0, shiftedReport.reproduced(), shiftedReport.summaryLine());
        assertEquals(report.checkable(), shiftedReport.count(CheckStatus.DIFFERS));
    }

    private static PufRow withEarned(PufRow r, BigDecimal earned) {
        PufRow.Published p = r.published();
        PufNumber e = PufNumber.of(earned, new BigDecimal("0.5"), earned.toPlainString());
        return new PufRow(r.row(), r.line(), r.acoId(), r.track(), r.agreementPeriodNumber(), r.agreementStart(),
                r.period(), r.assignedBeneficiaries(), r.totalBenchmark(), r.totalExpenditures(), r.minimumSavingsRate(),
                r.disasterAdjustment(), r.qualityScore(), r.payForReporting(), r.metQualityStandard(),
                r.metAlternativeStandard(), r.revenueBasedLossLimit(), r.lowRevenue(), r.reducedSharing(), r.guardrail(),
                r.midYearTermination(), r.advancePaymentRecoupment(),
                new PufRow.Published(p.generatedSavingsLosses(), e, p.finalShareRate(), p.finalLossRate()));
    }
}
