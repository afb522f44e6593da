package gov.cms.ssp.reconciliation;

import gov.cms.ssp.shared.BusinessException;
import java.util.Map;

/**
 * Hand-entered figures outside the PY's plausible range ({@link PlausibleRange}): nothing is saved
 * until the analyst confirms them, as for an implausible row of an imported file. Each finding is
 * kept under the figure it is about, for the form to show it beside that field.
 */
public class ImplausibleInputException extends BusinessException {
    private static final long serialVersionUID = 1L;
    private final Map<PlausibleRange.Figure, String> findings;

    public ImplausibleInputException(String acoId, int performanceYear, Map<PlausibleRange.Figure, String> findings) {
        super(acoId + "'s PY" + performanceYear + " figures look implausible: " + String.join("; ", findings.values())
                + ". Nothing was saved: check them, then confirm them to save.");
        this.findings = Map.copyOf(findings);
    }

    public Map<PlausibleRange.Figure, String> findings() {
        return findings;
    }
}
