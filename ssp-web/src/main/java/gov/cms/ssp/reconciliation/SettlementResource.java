package gov.cms.ssp.reconciliation;

import gov.cms.ssp.shared.AcoId;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** An ACO's own settlement reports, once CMS has released them. */
@Path("settlements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SettlementResource {
    @EJB
    private ReconciliationRunService runs;

    @GET
    public List<Settlement> mine() {
        return runs.mySettlements();
    }

    @GET
    @Path("{runId}/{acoId}")
    public Settlement settlement(@PathParam("runId") long runId, @PathParam("acoId") String acoId) {
        return runs.settlement(runId, AcoId.of(acoId));
    }

    @GET
    @Path("{runId}/{acoId}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("runId") long runId, @PathParam("acoId") String acoId) {
        Settlement s = runs.settlement(runId, AcoId.of(acoId));
        return Response.ok(SettlementReport.pdf(s), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + SettlementReport.fileName(s, "pdf") + "\"").build();
    }

    @GET
    @Path("{runId}/{acoId}/csv")
    @Produces("text/csv")
    public Response csv(@PathParam("runId") long runId, @PathParam("acoId") String acoId) {
        Settlement s = runs.settlement(runId, AcoId.of(acoId));
        return Response.ok(SettlementReport.csv(s), "text/csv")
                .header("Content-Disposition", "attachment; filename=\"" + SettlementReport.fileName(s, "csv") + "\"").build();
    }
}
