package gov.cms.ssp.reconciliation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.cms.ssp.agreement.Track;
import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.BusinessException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A run is a draft until approved, approved before released; a result keeps its explanation exactly. */
class ReconciliationRunTest {
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    @Test
    void aRunIsApprovedOnlyWhenCompleteAndReleasedOnlyWhenApproved() {
        ReconciliationRun run = new ReconciliationRun(2023, 6, "cms.analyst", NOW);
        assertEquals(RunStatus.DRAFT, run.getStatus());
        assertThrows(BusinessException.class, () -> run.release("cms.analyst", NOW), "a draft is not released");
        BusinessException incomplete = assertThrows(BusinessException.class, () -> run.approve(5, "cms.lead", NOW));
        assertTrue(incomplete.getMessage().contains("5 of 6"), incomplete.getMessage());
        run.approve(6, "cms.lead", NOW, "Checked against the PY financial inputs");
        assertEquals(RunStatus.APPROVED, run.getStatus());
        assertEquals("Checked against the PY financial inputs", run.getApprovalNote());
        assertThrows(BusinessException.class, () -> run.approve(6, "cms.lead", NOW), "approved once");
        run.release("cms.analyst", NOW, null);
        assertEquals(RunStatus.RELEASED, run.getStatus());
        assertEquals("cms.analyst", run.getReleasedBy());
        assertEquals(1, run.getRevision());
    }

    @Test
    void fourEyesTheAnalystWhoStartedARunCannotApproveIt() {
        ReconciliationRun run = new ReconciliationRun(2023, 1, "cms.analyst", NOW);
        BusinessException own = assertThrows(BusinessException.class, () -> run.approve(1, "cms.analyst", NOW));
        assertTrue(own.getMessage().contains("another analyst must approve"), own.getMessage());
        assertEquals(RunStatus.DRAFT, run.getStatus());
        run.approve(1, "cms.lead", NOW);
        assertEquals("cms.lead", run.getApprovedBy());
    }

    @Test
    void aReleasedYearIsCorrectedOnlyByANewRevisionWithItsReason() {
        BusinessException silent = assertThrows(BusinessException.class,
                () -> new ReconciliationRun(2023, 3, "cms.analyst", NOW, 1, "  "));
        assertTrue(silent.getMessage().contains("released already (revision 1)"), silent.getMessage());
        ReconciliationRun correction = new ReconciliationRun(2023, 3, "cms.analyst", NOW, 1, "Corrected EUC reductions for A1026");
        assertEquals(2, correction.getRevision());
        assertEquals("Corrected EUC reductions for A1026", correction.getRevisionReason());
        ReconciliationRun first = new ReconciliationRun(2023, 3, "cms.analyst", NOW, 0, "ignored");
        assertEquals(1, first.getRevision());
        assertEquals(null, first.getRevisionReason(), "a first run corrects nothing");
        assertThrows(BusinessException.class, () -> new ReconciliationRun(2023, 3, "cms.analyst", NOW, 1, "x".repeat(501)));
    }

    @Test
    void aRunNeedsInputs() {
        assertThrows(BusinessException.class, () -> new ReconciliationRun(2024, 0, "cms.analyst", NOW));
    }

    @Test
    void aStoredResultGivesBackTheFiguresAndEveryStepOfTheExplanation() {
        ReconciliationResult result = ReconciliationEngine.withStandardParameters().reconcile(ReconciliationInput.builder()
                .performanceYear(2023).track(Track.BASIC_E).agreementStart(LocalDate.of(2019, 7, 1)).agreementPeriodNumber(3)
                .assignedBeneficiaries(41_654).totalBenchmark(new BigDecimal("562377394"))
                .totalExpenditures(new BigDecimal("528558686")).quality(QualityOutcome.met(new BigDecimal("0.731"))).build());
        AcoReconciliation stored = new AcoReconciliation(new ReconciliationRun(2023, 1, "cms.analyst", NOW), AcoId.of("A1026"), result);
        ReconciledFigures figures = stored.figures();
        assertEquals(result.netAmount(), figures.netAmount());
        assertEquals(result.explanation(), figures.explanation());
        assertTrue(result.savingsRate().subtract(figures.savingsRate()).abs().compareTo(new BigDecimal("1E-12")) < 0,
                "rates are kept to 12 decimals");
        assertEquals(ReconciledFigures.of(result).outcomeLabel(), figures.outcomeLabel());
    }
}
