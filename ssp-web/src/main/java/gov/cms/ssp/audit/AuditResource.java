package gov.cms.ssp.audit;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The audit trail for tools (CMS administrators only, enforced by the service). */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
    @EJB
    private AuditService audit;

    @GET
    public List<AuditEntry> recent(@QueryParam("max") @DefaultValue("100") int max) {
        return audit.recentChanges(max);
    }
}
