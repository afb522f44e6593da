package gov.cms.ssp.reconciliation;

import java.math.BigDecimal;

/**
 * One step of a reconciliation, in order: the rule applied, the figures it used and its result.
 *
 * @param rule    the rule's name, the same as the engine method implementing it
 * @param figures the figures the step worked on, human readable
 * @param result  the step's result (a rate or an amount at full precision), null when the step only decides
 */
public record ExplanationStep(String rule, String figures, BigDecimal result) {

    /** The step's name in plain English. */
    public String label() {
        return ExplanationWording.label(rule);
    }

    /** The result as people read it: a percentage or dollars; empty when the step only decides. */
    public String resultText() {
        return ExplanationWording.result(rule, result);
    }

    @Override
    public String toString() {
        return rule + ": " + figures + (result == null ? "" : " = " + result.stripTrailingZeros().toPlainString());
    }
}
