package gov.cms.ssp.assignment;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import gov.cms.ssp.shared.CallerContext;

/**
 * Records, in the caller's transaction, that beneficiary-level data was viewed or downloaded: who,
 * when, which ACO and PY, how many beneficiaries. Never the identifiers themselves (they are PHI).
 * Used by services after their own security checks.
 */
@Dependent
public class PhiAccessLog {
    public static final String VIEW = "VIEW";
    public static final String CSV = "CSV";
    public static final String EXCEL = "EXCEL";

    @Inject
    private RunStore store;
    @EJB
    private CallerContext caller;

    public void record(String acoId, int performanceYear, String action, int beneficiaries) {
        record(acoId, performanceYear, null, action, beneficiaries);
    }

    /** The same for a quarterly report ({@code quarter} 1–4; null for the PY's report). */
    public void record(String acoId, int performanceYear, Integer quarter, String action, int beneficiaries) {
        long id = store.query("select nextval('phi_access_seq')", rs -> rs.getLong(1)).get(0);
        store.update("insert into phi_access (id, accessed_at, user_name, aco_id, performance_year, quarter, action, beneficiaries)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?)", id, Instant.now(), caller.userName(), acoId, performanceYear, quarter, action,
                beneficiaries);
    }
}
