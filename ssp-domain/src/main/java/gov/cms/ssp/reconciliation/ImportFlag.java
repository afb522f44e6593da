package gov.cms.ssp.reconciliation;

import java.util.List;

/**
 * A row of an uploaded file that reads correctly but looks implausible (see {@link PlausibleRange}):
 * it is imported only once the analyst confirms it.
 */
public record ImportFlag(long row, String acoId, List<String> findings) {
    public ImportFlag {
        findings = List.copyOf(findings);
    }

    public String text() {
        return String.join("; ", findings);
    }
}
