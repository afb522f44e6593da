package gov.cms.ssp.assignment;

import gov.cms.ssp.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** The PHI access log, for CMS administrators only: newest first, optionally for one ACO. */
@Stateless
@RolesAllowed(Role.CMS_ADMIN)
public class PhiAccessService {
    public static final int MAX_ROWS = 1_000;

    @Inject
    private RunStore store;

    public List<PhiAccessView> recent(String acoId) {
        String where = acoId == null || acoId.isBlank() ? "" : " where aco_id = ?";
        Object[] params = where.isEmpty() ? new Object[0] : new Object[] {acoId.trim().toUpperCase(java.util.Locale.ROOT)};
        return store.query("select id, accessed_at, user_name, aco_id, performance_year, quarter, action, beneficiaries from phi_access"
                + where + " order by accessed_at desc, id desc limit " + MAX_ROWS, rs -> new PhiAccessView(rs.getLong(1),
                rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getObject(6, Integer.class),
                rs.getString(7), rs.getInt(8)), params);
    }
}
