package gov.cms.ssp.reconciliation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.cms.ssp.agreement.Track;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExplanationWordingTest {
    @Test
    void rulesReadAsEnglishAndResultsAsPercentagesOrDollars() {
        ExplanationStep msr = new ExplanationStep("minimumSavingsRate", "from the table", new BigDecimal("0.030860912345678901234567890123456"));
        assertEquals("Minimum savings rate (MSR)", msr.label());
        assertEquals("3.086%", msr.resultText(), "a rate as a percentage, no 34-digit decimals");
        ExplanationStep earned = new ExplanationStep("sequestration", "× 0.98", new BigDecimal("73426267.6049"));
        assertEquals("Shared savings after sequestration", earned.label());
        assertEquals("$73,426,268", earned.resultText());
        assertEquals("-$1,500", new ExplanationStep("sharedLosses", "", new BigDecimal("-1500.4")).resultText());
        assertEquals("", new ExplanationStep("savingsRate", "decides", null).resultText());
        assertEquals("Some new rule", ExplanationWording.label("someNewRule"));
    }

    @Test
    void everyStepTheEngineWritesHasItsWords() {
        ReconciliationEngine engine = ReconciliationEngine.withStandardParameters();
        ReconciliationInput savings = ReconciliationInput.builder()
                .performanceYear(2023).track(Track.BASIC_E).agreementStart(LocalDate.of(2019, 7, 1)).agreementPeriodNumber(3)
                .assignedBeneficiaries(41_654).totalBenchmark(new BigDecimal("562377394"))
                .totalExpenditures(new BigDecimal("528558686")).quality(QualityOutcome.met(new BigDecimal("0.731"))).build();
        ReconciliationInput losses = ReconciliationInput.builder()
                .performanceYear(2023).track(Track.ENHANCED).agreementStart(LocalDate.of(2022, 1, 1)).agreementPeriodNumber(2)
                .assignedBeneficiaries(36_551).totalBenchmark(new BigDecimal("411787704"))
                .totalExpenditures(new BigDecimal("427672702")).minimumSavingsRateChoice(MinimumSavingsRateChoice.fixed("0"))
                .quality(QualityOutcome.met(new BigDecimal("0.8245"))).euc(EucAdjustment.affected(new BigDecimal("0.5"), BigDecimal.ONE))
                .build();
        for (ReconciliationInput in : new ReconciliationInput[] {savings, losses}) {
            for (ExplanationStep step : engine.reconcile(in).explanation()) {
                assertTrue(ExplanationWording.hasWords(step.rule()), "no words for the step " + step.rule());
            }
        }
    }
}
