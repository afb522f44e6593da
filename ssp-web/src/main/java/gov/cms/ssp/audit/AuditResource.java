package gov.cms.ssp.audit;

import gov.cms.ssp.shared.DisplayFormat;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;

/** The audit trail for tools (CMS administrators only, enforced by the service), as JSON or CSV. */
@Path("audit")
@RequestScoped
public class AuditResource {
    @EJB
    private AuditService audit;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<AuditEntry> recent(@QueryParam("max") @DefaultValue("100") int max, @QueryParam("aco") String aco,
                                   @QueryParam("user") String user, @QueryParam("record") String record,
                                   @QueryParam("from") String from, @QueryParam("to") String to) {
        return audit.search(filter(aco, user, record, from, to), max);
    }

    @GET
    @Path("export")
    @Produces("text/csv")
    public Response export(@QueryParam("aco") String aco, @QueryParam("user") String user, @QueryParam("record") String record,
                           @QueryParam("from") String from, @QueryParam("to") String to) {
        return Response.ok(audit.csv(filter(aco, user, record, from, to), AuditService.MOST), "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"audit-trail.csv\"").build();
    }

    private static AuditFilter filter(String aco, String user, String record, String from, String to) {
        return new AuditFilter(aco, user, record, date(from), date(to));
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : DisplayFormat.parseDate(text);
        } catch (IllegalArgumentException e) {
            throw new gov.cms.ssp.shared.BusinessException(e.getMessage());
        }
    }
}
