package gov.cms.ssp.assignment;

import java.util.List;

/**
 * An ACO's assignment report of a PY (from the latest complete run): the head count, counts per
 * participant TIN and per step. The beneficiaries themselves are read page by page (and recorded).
 */
public record AssignmentReport(String acoId, int performanceYear, long runId, int assigned, List<Count> byTin,
                               List<Count> byStep, String estimatedFrom) {

    /** a count of beneficiaries under a label (a TIN, a step) */
    public record Count(String label, int beneficiaries) {
    }

    public AssignmentReport {
        byTin = List.copyOf(byTin);
        byStep = List.copyOf(byStep);
    }
}
