package gov.cms.ssp.assignment;

import java.util.List;

/**
 * An ACO's quarterly assignment report (the latest complete run of the PY's quarter, on the rolling 12
 * months ending with the quarter) with its changes from the previous quarter's report: head counts,
 * added and dropped beneficiaries, and per participant TIN. {@code previousLabel} is null when there is
 * no previous quarter's report to compare with (then nothing is added or dropped).
 */
public record QuarterlyReport(String acoId, int performanceYear, int quarter, long runId, int assigned, String previousLabel,
                              Integer previousAssigned, int added, int dropped, List<TinChange> byTin) {

    /** One participant TIN: beneficiaries under it now and in the previous quarter, those added and dropped. */
    public record TinChange(String tin, int current, int previous, int added, int dropped) {
        public int change() {
            return current - previous;
        }
    }

    public QuarterlyReport {
        byTin = List.copyOf(byTin);
    }

    /** "Q2 2025" */
    public String label() {
        return label(performanceYear, quarter);
    }

    static String label(int year, int quarter) {
        return "Q" + quarter + " " + year;
    }

    public boolean isCompared() {
        return previousLabel != null;
    }
}
