package gov.cms.ssp.assignment;

import java.time.Instant;

/** One recorded view or download of beneficiary-level data. */
public record PhiAccessView(long id, Instant accessedAt, String userName, String acoId, int performanceYear, Integer quarter,
                            String action, int beneficiaries) {

    /** Which report: "PY2025" or "PY2025 Q2". */
    public String reportLabel() {
        return "PY" + performanceYear + (quarter == null ? "" : " Q" + quarter);
    }

    public String actionLabel() {
        return switch (action) {
            case PhiAccessLog.VIEW -> "Viewed on screen";
            case PhiAccessLog.CSV -> "Downloaded (CSV)";
            case PhiAccessLog.EXCEL -> "Downloaded (Excel)";
            default -> action;
        };
    }
}
