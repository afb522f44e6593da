package gov.cms.ssp.assignment;

import java.time.Instant;

/** One recorded view or download of beneficiary-level data. */
public record PhiAccessView(long id, Instant accessedAt, String userName, String acoId, int performanceYear, String action,
                            int beneficiaries) {

    public String actionLabel() {
        return switch (action) {
            case PhiAccessLog.VIEW -> "Viewed on screen";
            case PhiAccessLog.CSV -> "Downloaded (CSV)";
            case PhiAccessLog.EXCEL -> "Downloaded (Excel)";
            default -> action;
        };
    }
}
